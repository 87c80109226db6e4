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
  'menu.svg': 'Download image (SVG)',
  'menu.png': 'Download image (PNG)',
  'menu.print': 'Print / save as PDF',
  'menu.copy': 'Copy image',
  // What a copy or an image download did, said politely (role="status") beside the menu.
  'export.copied': 'Image copied. You can paste it now.',
  'export.copyUnavailable': 'This browser cannot copy images here. Download the PNG instead.',
  'export.copyDenied': 'The browser did not allow copying the image. Download the PNG instead.',
  'export.imageFailed': 'The image could not be made. Download the figures (CSV) instead.',
  // Under an exported image's period: the filters in force; {values} are data (bidi-isolated), joined
  // by the language's list format ("Netherlands or Germany"); {dimension} is report.dimension.*.
  'export.filters': 'Filters: {filters}',
  'export.filter': '{dimension}: {values}',
  // An exported image's title with what it shows: the SKU, or the metric compared ({detail}).
  'export.titleWith': '{title}: {detail}',
} as const;
