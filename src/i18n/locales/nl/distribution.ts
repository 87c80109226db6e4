import type { CatalogPart } from '../../catalog.js';

/** The distribution messages in nl (see ../en/distribution.ts). */
export default {
  'distribution.title': 'Dynamics-gebruiksdistributie',
  'distribution.skus': { one: '{count} SKU', other: '{count} SKU’s' },
  'distribution.availableSeats': { one: '{count} beschikbare seat', other: '{count} beschikbare seats' },
  'distribution.subtitle': '{skus} · {available}',
  'distribution.prefixNote': 'Alle SKU’s zijn {prefix}-producten; de namen staan er zonder “{prefix}”.',
  'distribution.other': 'Overige ({skus})',
  'distribution.empty.noMonth': 'Geen maand om te tonen.',
  'distribution.empty.noRows': 'Geen rijen in {month}.',
  'distribution.legend': 'Seatreeksen',
  'distribution.showAll': { one: '{count} SKU tonen', other: 'Alle {count} SKU’s tonen' },
  'distribution.showTop': 'Top {count} tonen',
  'distribution.chart.label':
    'Beschikbare, toegewezen en actieve seats per SKU, {month}: {shown}. Met de pijltoetsen leest u elke SKU.',
  'distribution.chart.labelLargest':
    'Beschikbare, toegewezen en actieve seats per SKU, {month}: {shown}. Grootste: {sku}, {seats} van {total} beschikbare seats ({share}). Met de pijltoetsen leest u elke SKU.',
  'distribution.shown.top': 'top {top} van {skus} en Overige',
  'distribution.readout':
    '{sku}: {available} beschikbaar, {availableShare} van alle beschikbare; {assigned} toegewezen; {active} actief, {activeShare} van alle actieve',
  'distribution.tooltip.share': '{seats} · {share} van totaal',
  'distribution.table.caption': 'Seats per SKU, {month}',
  'distribution.table.sku': 'SKU',
  'distribution.table.shareAvailable': 'Aandeel van beschikbaar',
  'distribution.table.shareActive': 'Aandeel van actief',
  'distribution.csv.shareAvailable': 'Aandeel van beschikbaar %',
} satisfies CatalogPart<'distribution'>;
