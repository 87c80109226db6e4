import type { CatalogPart } from '../../catalog.js';

/** The summary messages in de (see ../en/summary.ts). */
export default {
  'summary.title': 'Zusammenfassung',
  'summary.change.vs': '{change} ggü. {month}',
  'summary.change.points': '{change} Pp.',
  'summary.change.upSeats': {
    one: '{count} Arbeitsplatz mehr als im {month}',
    other: '{count} Arbeitsplätze mehr als im {month}',
  },
  'summary.change.downSeats': {
    one: '{count} Arbeitsplatz weniger als im {month}',
    other: '{count} Arbeitsplätze weniger als im {month}',
  },
  'summary.change.upPoints': {
    one: '{count} Prozentpunkt höher als im {month}',
    other: '{count} Prozentpunkte höher als im {month}',
  },
  'summary.change.downPoints': {
    one: '{count} Prozentpunkt niedriger als im {month}',
    other: '{count} Prozentpunkte niedriger als im {month}',
  },
  'summary.change.unchanged': 'unverändert gegenüber {month}',
  'summary.change.none': 'Kein Vormonat zum Vergleich',
  'summary.spark.label':
    '{metric}, {from} bis {to}: von {first} auf {last}. Mit den Pfeiltasten jeden Monat ablesen.',
  'summary.spark.readout': '{month}: {value}',
  'summary.table.caption': 'Zusammenfassung nach Monat',
  'summary.table.month': 'Monat',
} satisfies CatalogPart<'summary'>;
