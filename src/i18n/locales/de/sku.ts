import type { CatalogPart } from '../../catalog.js';

/** The sku messages in de (see ../en/sku.ts). Short labels: German runs long in the toolbar. */
export default {
  'sku.title': 'Dynamics-Nutzung nach SKU',
  'sku.view.group': 'Ansicht',
  'sku.view.single': 'Eine SKU',
  'sku.view.compare': 'SKUs vergleichen',
  'sku.picker.label': 'SKU',
  'sku.picker.list': 'SKUs',
  'sku.picker.none': 'Keine passende SKU',
  'sku.picker.matches': { one: '{count} passende SKU', other: '{count} passende SKUs' },
  'sku.metric.label': 'Metrik',
  'sku.sharedScale': 'Gleiche Skala für alle',
  'sku.missing': 'Keine Zeilen für „{sku}“ in diesen Monaten; angezeigt wird {shown}.',
  'sku.chart.label':
    '{sku}: verfügbare, zugewiesene und aktive Arbeitsplätze pro Monat, {from} bis {to}. Im {month}: {available} verfügbar, {assigned} zugewiesen, {active} aktiv. Mit den Pfeiltasten lässt sich jeder Monat lesen.',
  'sku.legend.label': 'Datenreihen von {sku}',
  'sku.readout': '{month}: {figures}',
  'sku.readout.figure': '{name} {value}',
  'sku.readout.separator': ', ',
  'sku.multiples.unusual': '{sku}: {note}',
  'sku.multiples.label.own': {
    one: '{metric} nach SKU, {from} bis {to}: {count} kleines Diagramm. Mit den Pfeiltasten lässt sich jeder Monat lesen.',
    other:
      '{metric} nach SKU, {from} bis {to}: {count} kleine Diagramme, jedes mit eigener Skala. Mit den Pfeiltasten lässt sich jeder Monat lesen.',
  },
  'sku.multiples.label.shared': {
    one: '{metric} nach SKU, {from} bis {to}: {count} kleines Diagramm. Mit den Pfeiltasten lässt sich jeder Monat lesen.',
    other:
      '{metric} nach SKU, {from} bis {to}: {count} kleine Diagramme mit einer gemeinsamen Skala. Mit den Pfeiltasten lässt sich jeder Monat lesen.',
  },
  'sku.table.single': '{sku}: Arbeitsplätze pro Monat',
  'sku.table.compare': '{metric} nach SKU und Monat',
  'sku.table.month': 'Monat',
  'sku.csv.sku': 'SKU',
  'sku.csv.month': 'Monat',
} satisfies CatalogPart<'sku'>;
