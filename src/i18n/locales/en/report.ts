import reportDimensions from './report-dimensions.js';

/**
 * The report messages in English (see common.ts): the report's filter bar, its active filters, its own
 * states (one load error, one "no rows" for all sections) and what is wrong with a `view` a page set.
 * Month, country and filter values are data: never messages.
 */
export default {
  // Said once for the whole report while its source loads (the sections announce nothing).
  'report.loading': 'Loading usage data…',
  'report.loadError': 'Could not load the report.',

  'report.filters': 'Report filters',
  'report.months': 'Months',
  'report.from': 'From',
  'report.to': 'To',
  'report.presets': 'Presets',
  // Partner Center's date range presets: the latest {count} months.
  'report.preset.months': { one: '{count} month', other: '{count} months' },
  'report.preset.all': 'All',
  // The first option of a filter's list: no value chosen, every row counts.
  'report.filter.all': 'All',
  // The first option of a filter's list once values are chosen: how many (the chips name them).
  'report.filter.chosen': { one: '{count} selected', other: '{count} selected' },
  // A chosen value in a filter's list (choosing it again takes it out); {value} is data.
  'report.filter.option.chosen': '✓ {value}',
  // The button that shows or hides the filter bar at narrow widths, with the number of values chosen.
  'report.filters.toggle': 'Filters',
  'report.filters.toggleCount': 'Filters ({count})',
  // The one month the map and the SKU distribution show (Partner Center's snapshot).
  'report.snapshot': 'Snapshot month',

  ...reportDimensions,

  'report.chips': 'Active filters',
  // A chip shows the filter's name, then its value (data, bidi-isolated) after this text.
  'report.chip.dimension': '{dimension}:',
  'report.chip.remove': 'Remove filter {dimension}: {value}',
  'report.chips.clear': 'Clear all',

  'report.empty.heading': 'No rows match this view.',
  'report.empty.filtered': 'The selected months have no rows with these filters.',
  'report.empty.windowed': 'The selected months have no rows.',
  'report.empty.noRows': 'The data has no rows to show.',
  'report.clearFilters': 'Clear filters',
  'report.allMonths': 'Show all months',

  // What is wrong with the `view` property or hash a page set. Property names (view, from, filter) and
  // YYYY-MM are code: they stay as they are. {value} is the value given, as JSON; {shape} and {example}
  // are code too ("{ from?, to?, filter }", "{ country: ['NL'] }"), given as values because a brace in a
  // message opens a placeholder.
  'report.viewError': 'Cannot show this view.',
  'report.view.notView': 'view: expected {shape}, got {value}',
  'report.view.badMonth': 'view.{field}: {value} is not a YYYY-MM month',
  'report.view.filterNotObject':
    'view.filter: expected an object of value lists (e.g. {example}), got {value}',
  'report.view.filterNotList': 'view.filter.{dimension}: expected a list of strings, got {value}',
  'report.view.unknownDimension': 'view.filter: unknown dimension {name} (expected {expected})',
  'report.view.reportDocument':
    'view.filter: a report document cannot be filtered ({dimension} {value}); filters need an export',
  'report.view.unknownValue': 'view.filter: {dimension} {value} is not in the data',
} as const;
