import type { CatalogPart } from '../../catalog.js';

/** The geo messages in fr (see ../en/geo.ts). */
export default {
  'geo.title': 'Utilisation de Dynamics par zone géographique',
  'geo.count': {
    one: 'pays/région avec utilisation',
    many: 'de pays/régions avec utilisation',
    other: 'pays/régions avec utilisation',
  },
  'geo.unmatched': {
    one: '{count} marché n’a pas pu être placé sur la carte : {markets}',
    many: '{count} de marchés n’ont pas pu être placés sur la carte : {markets}',
    other: '{count} marchés n’ont pas pu être placés sur la carte : {markets}',
  },
  'geo.unmatched.market': {
    one: '{market} ({count} ligne)',
    many: '{market} ({count} de lignes)',
    other: '{market} ({count} lignes)',
  },
  'geo.unmatched.separator': ', ',
  'geo.metric.group': 'La carte affiche',
  'geo.map.label.available':
    'Carte du monde des sièges disponibles par pays/région, {month} ; plus la couleur est soutenue, plus il y a de sièges.',
  'geo.map.label.active':
    'Carte du monde des sièges actifs par pays/région, {month} ; plus la couleur est soutenue, plus il y a de sièges.',
  'geo.map.keys': 'Touches : + et − pour zoomer, flèches pour se déplacer, 0 pour afficher toute la carte.',
  'geo.zoom.group': 'Zoom de la carte',
  'geo.zoom.in': 'Zoom avant',
  'geo.zoom.out': 'Zoom arrière',
  'geo.zoom.home': 'Accueil',
  'geo.zoom.homeLabel': 'Accueil : revenir à la carte entière',
  'geo.tooltip.figure': '{metric} : {value}',
  'geo.legend.title': '{metric}, {month}',
  'geo.legend.range': '{from}–{to}',
  'geo.legend.noRows': 'Aucune ligne',
  'geo.legend.small': 'Petit pays ou territoire',
  'geo.grid.caption': 'Sièges par pays/région, {month}',
  'geo.grid.country': 'Pays/région',
  'geo.search.label': 'Rechercher des pays/régions',
  'geo.search.status': {
    one: '{shown} sur {count} pays/région',
    many: '{shown} sur {count} de pays/régions',
    other: '{shown} sur {count} pays/régions',
  },
  'geo.search.noMatch': 'Aucun pays/région ne correspond à « {query} ».',
  'geo.csv.code': 'Code pays',
  'geo.csv.market': 'Marché',
} satisfies CatalogPart<'geo'>;
