import type { CatalogPart } from '../../catalog.js';

/** The geo messages in nl (see ../en/geo.ts). */
export default {
  'geo.title': 'Dynamics-gebruik per geografie',
  'geo.count': {
    one: 'land/regio met gebruik',
    other: "landen/regio's met gebruik",
  },
  'geo.unmatched': {
    one: '{count} markt kon niet op de kaart worden geplaatst: {markets}',
    other: '{count} markten konden niet op de kaart worden geplaatst: {markets}',
  },
  'geo.unmatched.market': {
    one: '{market} ({count} rij)',
    other: '{market} ({count} rijen)',
  },
  'geo.unmatched.separator': ', ',
  'geo.metric.group': 'Kaart toont',
  'geo.map.label.available':
    'Wereldkaart van beschikbare seats per land/regio, {month}; hoe sterker de kleur, hoe meer seats.',
  'geo.map.label.active':
    'Wereldkaart van actieve seats per land/regio, {month}; hoe sterker de kleur, hoe meer seats.',
  'geo.map.keys': 'Toetsen: + en − zoomen, pijltoetsen verschuiven, 0 toont de hele kaart.',
  'geo.zoom.group': 'Zoomen op de kaart',
  'geo.zoom.in': 'Inzoomen',
  'geo.zoom.out': 'Uitzoomen',
  'geo.zoom.home': 'Start',
  'geo.zoom.homeLabel': 'Start: terug naar de hele kaart',
  'geo.tooltip.figure': '{metric}: {value}',
  'geo.legend.title': '{metric}, {month}',
  'geo.legend.range': '{from}–{to}',
  'geo.legend.noRows': 'Geen rijen',
  'geo.legend.small': 'Klein land of gebied',
  'geo.grid.caption': 'Seats per land/regio, {month}',
  'geo.grid.country': 'Land/regio',
  'geo.search.label': "Landen/regio's zoeken",
  'geo.search.status': {
    one: '{shown} van {count} land/regio',
    other: "{shown} van {count} landen/regio's",
  },
  'geo.search.noMatch': 'Geen land/regio gevonden voor “{query}”.',
  'geo.csv.code': 'Landcode',
  'geo.csv.market': 'Markt',
} satisfies CatalogPart<'geo'>;
