import type { CatalogPart } from '../../catalog.js';

/** The sku messages in it (see ../en/sku.ts). */
export default {
  'sku.title': 'Utilizzo di Dynamics per SKU',
  'sku.view.group': 'Visualizzazione',
  'sku.view.single': 'Uno SKU',
  'sku.view.compare': 'Confronta SKU',
  'sku.picker.label': 'SKU',
  'sku.picker.list': 'SKU',
  'sku.picker.none': 'Nessuno SKU corrispondente',
  'sku.picker.matches': {
    one: '{count} SKU corrispondente',
    many: '{count} SKU corrispondenti',
    other: '{count} SKU corrispondenti',
  },
  'sku.metric.label': 'Metrica',
  'sku.sharedScale': 'Stessa scala per tutti',
  'sku.missing': 'Nessuna riga per «{sku}» in questi mesi; viene mostrato {shown}.',
  'sku.chart.label':
    '{sku}: postazioni disponibili, assegnate e attive per mese, da {from} a {to}. A {month}: {available} disponibili, {assigned} assegnate, {active} attive. Usa i tasti freccia per leggere ogni mese.',
  'sku.legend.label': 'Serie di {sku}',
  'sku.readout': '{month}: {figures}',
  'sku.readout.figure': '{name} {value}',
  'sku.readout.separator': ', ',
  'sku.multiples.unusual': '{sku}: {note}',
  'sku.multiples.label.own': {
    one: '{metric} per SKU, da {from} a {to}: {count} grafico piccolo. Usa i tasti freccia per leggere ogni mese.',
    many: '{metric} per SKU, da {from} a {to}: {count} grafici piccoli, ognuno con la propria scala. Usa i tasti freccia per leggere ogni mese.',
    other:
      '{metric} per SKU, da {from} a {to}: {count} grafici piccoli, ognuno con la propria scala. Usa i tasti freccia per leggere ogni mese.',
  },
  'sku.multiples.label.shared': {
    one: '{metric} per SKU, da {from} a {to}: {count} grafico piccolo. Usa i tasti freccia per leggere ogni mese.',
    many: '{metric} per SKU, da {from} a {to}: {count} grafici piccoli, su una scala comune. Usa i tasti freccia per leggere ogni mese.',
    other:
      '{metric} per SKU, da {from} a {to}: {count} grafici piccoli, su una scala comune. Usa i tasti freccia per leggere ogni mese.',
  },
  'sku.table.single': '{sku}: postazioni per mese',
  'sku.table.compare': '{metric} per SKU e mese',
  'sku.table.month': 'Mese',
  'sku.csv.sku': 'SKU',
  'sku.csv.month': 'Mese',
} satisfies CatalogPart<'sku'>;
