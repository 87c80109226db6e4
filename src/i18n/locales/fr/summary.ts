import type { CatalogPart } from '../../catalog.js';

/** The summary messages in fr (see ../en/summary.ts). */
export default {
  'summary.title': 'Résumé',
  'summary.change.vs': '{change} depuis {month}',
  'summary.change.points': '{change} pt',
  'summary.change.upSeats': {
    one: '{count} siège de plus qu’en {month}',
    many: '{count} de sièges de plus qu’en {month}',
    other: '{count} sièges de plus qu’en {month}',
  },
  'summary.change.downSeats': {
    one: '{count} siège de moins qu’en {month}',
    many: '{count} de sièges de moins qu’en {month}',
    other: '{count} sièges de moins qu’en {month}',
  },
  'summary.change.upPoints': {
    one: 'en hausse de {count} point de pourcentage par rapport à {month}',
    many: 'en hausse de {count} de points de pourcentage par rapport à {month}',
    other: 'en hausse de {count} points de pourcentage par rapport à {month}',
  },
  'summary.change.downPoints': {
    one: 'en baisse de {count} point de pourcentage par rapport à {month}',
    many: 'en baisse de {count} de points de pourcentage par rapport à {month}',
    other: 'en baisse de {count} points de pourcentage par rapport à {month}',
  },
  'summary.change.unchanged': 'inchangé par rapport à {month}',
  'summary.change.none': 'Aucun mois précédent pour comparer',
  'summary.spark.label':
    '{metric}, de {from} à {to} : de {first} à {last}. Utilisez les touches fléchées pour lire chaque mois.',
  'summary.spark.readout': '{month} : {value}',
  'summary.table.caption': 'Résumé par mois',
  'summary.table.month': 'Mois',
} satisfies CatalogPart<'summary'>;
