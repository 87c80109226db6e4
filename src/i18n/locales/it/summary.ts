import type { CatalogPart } from '../../catalog.js';

/** The summary messages in it (see ../en/summary.ts). */
export default {
  'summary.title': 'Riepilogo',
  'summary.change.vs': '{change} rispetto a {month}',
  'summary.change.points': '{change} p.p.',
  'summary.change.upSeats': {
    one: '{count} postazione in più rispetto a {month}',
    many: '{count} di postazioni in più rispetto a {month}',
    other: '{count} postazioni in più rispetto a {month}',
  },
  'summary.change.downSeats': {
    one: '{count} postazione in meno rispetto a {month}',
    many: '{count} di postazioni in meno rispetto a {month}',
    other: '{count} postazioni in meno rispetto a {month}',
  },
  'summary.change.upPoints': {
    one: 'in aumento di {count} punto percentuale rispetto a {month}',
    many: 'in aumento di {count} di punti percentuali rispetto a {month}',
    other: 'in aumento di {count} punti percentuali rispetto a {month}',
  },
  'summary.change.downPoints': {
    one: 'in calo di {count} punto percentuale rispetto a {month}',
    many: 'in calo di {count} di punti percentuali rispetto a {month}',
    other: 'in calo di {count} punti percentuali rispetto a {month}',
  },
  'summary.change.unchanged': 'invariato rispetto a {month}',
  'summary.change.none': 'Nessun mese precedente da confrontare',
  'summary.spark.label':
    '{metric}, da {from} a {to}: da {first} a {last}. Usa i tasti freccia per leggere ogni mese.',
  'summary.spark.readout': '{month}: {value}',
  'summary.table.caption': 'Riepilogo per mese',
  'summary.table.month': 'Mese',
} satisfies CatalogPart<'summary'>;
