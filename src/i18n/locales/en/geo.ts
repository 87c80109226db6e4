/**
 * The geo messages in English (see common.ts). Country names come from `Intl.DisplayNames` in the reader's
 * locale, market names from the export: neither is a message.
 */
export default {
  'geo.title': 'Dynamics usage by geography',

  // The caption under the count, which is drawn large before it as a figure (56 | countries/regions with usage).
  'geo.count': {
    one: 'country/region with usage',
    other: 'countries/regions with usage',
  },
  // {markets}: the markets' list, each a geo.unmatched.market, joined with geo.unmatched.separator.
  'geo.unmatched': {
    one: '{count} market could not be placed on the map: {markets}',
    other: '{count} markets could not be placed on the map: {markets}',
  },
  'geo.unmatched.market': { one: '{market} ({count} row)', other: '{market} ({count} rows)' },
  'geo.unmatched.separator': ', ',
  'geo.metric.group': 'Map shows',

  'geo.map.label.available':
    'World map of available seats by country/region, {month}; the stronger the colour, the more seats.',
  'geo.map.label.active':
    'World map of active seats by country/region, {month}; the stronger the colour, the more seats.',
  'geo.map.keys': 'Keys: + and − zoom, arrows pan, 0 shows the whole map.',
  'geo.zoom.group': 'Map zoom',
  'geo.zoom.in': 'Zoom in',
  'geo.zoom.out': 'Zoom out',
  // The button's visible text; its label must begin with it (the name a speech user says).
  'geo.zoom.home': 'Home',
  'geo.zoom.homeLabel': 'Home: back to the whole map',
  'geo.tooltip.figure': '{metric}: {value}',

  'geo.legend.title': '{metric}, {month}',
  'geo.legend.range': '{from}–{to}',
  'geo.legend.noRows': 'No rows',
  'geo.legend.small': 'Small country or territory',

  'geo.grid.caption': 'Seats by country/region, {month}',
  // A narrow column header may break its line after a slash.
  'geo.grid.country': 'Country/region',
  'geo.search.label': 'Search countries/regions',
  'geo.search.status': {
    one: '{shown} of {count} country/region',
    other: '{shown} of {count} countries/regions',
  },
  'geo.search.noMatch': 'No country/region matches “{query}”.',

  // Column headers of the figures CSV (with Country/region and the metrics' labels).
  'geo.csv.code': 'Code',
  'geo.csv.market': 'Market',
} as const;
