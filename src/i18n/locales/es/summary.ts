import type { CatalogPart } from '../../catalog.js';

/** The summary messages in es (see ../en/summary.ts). */
export default {
  'summary.title': 'Resumen',
  'summary.change.vs': '{change} frente a {month}',
  'summary.change.points': '{change} p. p.',
  'summary.change.upSeats': {
    one: '{count} puesto más que en {month}',
    many: '{count} de puestos más que en {month}',
    other: '{count} puestos más que en {month}',
  },
  'summary.change.downSeats': {
    one: '{count} puesto menos que en {month}',
    many: '{count} de puestos menos que en {month}',
    other: '{count} puestos menos que en {month}',
  },
  'summary.change.upPoints': {
    one: 'sube {count} punto porcentual respecto a {month}',
    many: 'sube {count} de puntos porcentuales respecto a {month}',
    other: 'sube {count} puntos porcentuales respecto a {month}',
  },
  'summary.change.downPoints': {
    one: 'baja {count} punto porcentual respecto a {month}',
    many: 'baja {count} de puntos porcentuales respecto a {month}',
    other: 'baja {count} puntos porcentuales respecto a {month}',
  },
  'summary.change.unchanged': 'sin cambios respecto a {month}',
  'summary.change.none': 'No hay mes anterior para comparar',
  'summary.spark.label':
    '{metric}, de {from} a {to}: de {first} a {last}. Use las teclas de flecha para leer cada mes.',
  'summary.spark.readout': '{month}: {value}',
  'summary.table.caption': 'Resumen por mes',
  'summary.table.month': 'Mes',
} satisfies CatalogPart<'summary'>;
