import type { CatalogPart } from '../../catalog.js';

/** The summary messages in nl (see ../en/summary.ts). */
export default {
  'summary.title': 'Samenvatting',
  'summary.change.vs': '{change} t.o.v. {month}',
  'summary.change.points': '{change} %-punt',
  'summary.change.upSeats': {
    one: '{count} seat meer dan in {month}',
    other: '{count} seats meer dan in {month}',
  },
  'summary.change.downSeats': {
    one: '{count} seat minder dan in {month}',
    other: '{count} seats minder dan in {month}',
  },
  'summary.change.upPoints': {
    one: '{count} procentpunt hoger dan in {month}',
    other: '{count} procentpunten hoger dan in {month}',
  },
  'summary.change.downPoints': {
    one: '{count} procentpunt lager dan in {month}',
    other: '{count} procentpunten lager dan in {month}',
  },
  'summary.change.unchanged': 'gelijk aan {month}',
  'summary.change.none': 'Geen vorige maand om mee te vergelijken',
  'summary.spark.label':
    '{metric}, {from} tot {to}: van {first} naar {last}. Gebruik de pijltoetsen om elke maand te lezen.',
  'summary.spark.readout': '{month}: {value}',
  'summary.table.caption': 'Samenvatting per maand',
  'summary.table.month': 'Maand',
} satisfies CatalogPart<'summary'>;
