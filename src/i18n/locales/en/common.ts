/**
 * What every section shares: the metrics and their definitions, the states (loading, empty, error), the
 * section menu, the skipped-rows notice and the words of downloads. English is the source every other
 * language is checked against (test/i18n): a key here is a key everywhere.
 */
export default {
  'metric.available.label': 'Available seats',
  'metric.available.short': 'Available',
  'metric.available.definition': 'Available seats: licenses sold (paid and available) in the month.',
  'metric.assigned.label': 'Assigned seats',
  'metric.assigned.short': 'Assigned',
  'metric.assigned.definition': 'Assigned seats: licenses assigned to users in the month.',
  'metric.active.label': 'Active seats',
  'metric.active.short': 'Active',
  'metric.active.definition': 'Active seats: licenses used in the last 28 days.',
  'metric.activePercent.label': 'Active usage %',
  'metric.activePercent.short': 'Active %',
  'metric.activePercent.definition':
    'Active usage %: active seats as a percentage of available seats. It can exceed 100 %, since a seat counts as active when it was used in the last 28 days.',

  'state.loading': 'Loading…',
  'state.loadingData': 'Loading usage data',
  'state.loadingPercent': 'Loading… {percent} ({loaded} of {total})',
  'state.loadingRead': 'Loading… {loaded} read',
  'state.kilobytes': '{value} kB',
  'state.megabytes': '{value} MB',
  'state.idle': 'No data yet: set src, records or report.',
  'state.emptyMonths': 'No rows in the selected months.',
  'state.emptyMonthsRange': 'No rows in the selected months ({range}).',
  'state.errorHeading': 'Could not show this section.',
  'state.errorUnknown': 'Unknown error',
  'state.retry': 'Try again',

  'range.months': '{from} – {to}',

  'notice.warnings': { one: '{count} warning', other: '{count} warnings' },
  'notice.skipped': { one: '{count} row skipped', other: '{count} rows skipped' },
  'notice.emptyAvailable': {
    one: '{count} without available seats (read as 0)',
    other: '{count} without available seats (read as 0)',
  },
  'notice.line': 'Line {line}: {reason}',
  'notice.more': '… and {count} more',

  'menu.label': '{title}: download',
  'menu.options': 'Section options',
  'menu.csv': 'Download figures (CSV)',
  'menu.svg': 'Download chart (SVG)',
  'menu.png': 'Download chart (PNG)',
  'menu.print': 'Print / save as PDF',
} as const;
