import type { CatalogPart } from '../../catalog.js';

/** The distribution messages in it (see ../en/distribution.ts). */
export default {
  'distribution.title': 'Distribuzione dell’utilizzo di Dynamics',
  'distribution.skus': { one: '{count} SKU', many: '{count} di SKU', other: '{count} SKU' },
  'distribution.availableSeats': {
    one: '{count} postazione disponibile',
    many: '{count} di postazioni disponibili',
    other: '{count} postazioni disponibili',
  },
  'distribution.subtitle': '{skus} · {available}',
  'distribution.prefixNote': 'Tutti gli SKU sono prodotti {prefix}; i nomi sono mostrati senza «{prefix}».',
  'distribution.other': 'Altri ({skus})',
  'distribution.empty.noMonth': 'Nessun mese da mostrare.',
  'distribution.empty.noRows': 'Nessuna riga in {month}.',
  'distribution.legend': 'Serie di postazioni',
  'distribution.showAll': {
    one: 'Mostra {count} SKU',
    many: 'Mostra tutti i {count} di SKU',
    other: 'Mostra tutti i {count} SKU',
  },
  'distribution.showTop': 'Mostra i primi {count}',
  'distribution.chart.label':
    'Postazioni disponibili, assegnate e attive per SKU, {month}: {shown}. I tasti freccia leggono ogni SKU.',
  'distribution.chart.labelLargest':
    'Postazioni disponibili, assegnate e attive per SKU, {month}: {shown}. Più grande: {sku}, {seats} di {total} postazioni disponibili ({share}). I tasti freccia leggono ogni SKU.',
  'distribution.shown.top': 'primi {top} di {skus} e Altri',
  'distribution.readout':
    '{sku}: {available} disponibili, {availableShare} di tutte le disponibili; {assigned} assegnate; {active} attive, {activeShare} di tutte le attive',
  'distribution.tooltip.share': '{seats} · {share} del totale',
  'distribution.table.caption': 'Postazioni per SKU, {month}',
  'distribution.table.sku': 'SKU',
  'distribution.table.shareAvailable': 'Quota delle disponibili',
  'distribution.table.shareActive': 'Quota delle attive',
  'distribution.csv.shareAvailable': 'Quota delle disponibili %',
} satisfies CatalogPart<'distribution'>;
