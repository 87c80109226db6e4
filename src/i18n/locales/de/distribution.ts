import type { CatalogPart } from '../../catalog.js';

/** The distribution messages in de (see ../en/distribution.ts). */
export default {
  'distribution.title': 'Dynamics-Nutzungsverteilung',
  'distribution.skus': { one: '{count} SKU', other: '{count} SKUs' },
  'distribution.availableSeats': {
    one: '{count} verfügbarer Arbeitsplatz',
    other: '{count} verfügbare Arbeitsplätze',
  },
  'distribution.subtitle': '{skus} · {available}',
  'distribution.prefixNote': 'Alle SKUs sind {prefix}-Produkte; Namen ohne „{prefix}“.',
  'distribution.other': 'Andere ({skus})',
  'distribution.empty.noMonth': 'Kein Monat zum Anzeigen.',
  'distribution.empty.noRows': 'Keine Zeilen im {month}.',
  'distribution.legend': 'Arbeitsplatzreihen',
  'distribution.showAll': { one: '{count} SKU anzeigen', other: 'Alle {count} SKUs anzeigen' },
  'distribution.showTop': 'Top {count} anzeigen',
  'distribution.chart.label':
    'Verfügbare, zugewiesene und aktive Arbeitsplätze nach SKU, {month}: {shown}. Mit den Pfeiltasten jede SKU ablesen.',
  'distribution.chart.labelLargest':
    'Verfügbare, zugewiesene und aktive Arbeitsplätze nach SKU, {month}: {shown}. Größte: {sku}, {seats} von {total} verfügbaren Arbeitsplätzen ({share}). Mit den Pfeiltasten jede SKU ablesen.',
  'distribution.shown.top': 'Top {top} von {skus} und Andere',
  'distribution.readout':
    '{sku}: {available} verfügbar, {availableShare} aller verfügbaren; {assigned} zugewiesen; {active} aktiv, {activeShare} aller aktiven',
  'distribution.tooltip.share': '{seats} · {share} vom Gesamtwert',
  'distribution.table.caption': 'Arbeitsplätze nach SKU, {month}',
  'distribution.table.sku': 'SKU',
  'distribution.table.shareAvailable': 'Anteil an verfügbaren',
  'distribution.table.shareActive': 'Anteil an aktiven',
  'distribution.csv.shareAvailable': 'Anteil an verfügbaren %',
} satisfies CatalogPart<'distribution'>;
