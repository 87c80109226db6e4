/** The distribution messages in English (see common.ts). SKU names are data, never messages. */
export default {
  'distribution.title': 'Dynamics usage distribution',

  'distribution.skus': { one: '{count} SKU', other: '{count} SKUs' },
  'distribution.availableSeats': { one: '{count} available seat', other: '{count} available seats' },
  // Under the title, whose period names the snapshot month: "20 SKUs · 1,234 available seats" ({skus} and
  // {available} are the two above).
  'distribution.subtitle': '{skus} · {available}',
  // Under the subtitle when every SKU name starts with the product family ({prefix}, e.g. "Dynamics 365"),
  // which the chart's labels then leave out.
  'distribution.prefixNote': 'All SKUs are {prefix} products; names are shown without “{prefix}”.',
  // The long tail summed into one group: "Other (10 SKUs)".
  'distribution.other': 'Other ({skus})',

  'distribution.empty.noMonth': 'No month to show.',
  'distribution.empty.noRows': 'No rows in {month}.',

  'distribution.legend': 'Seat series',
  'distribution.showAll': { one: 'Show {count} SKU', other: 'Show all {count} SKUs' },
  'distribution.showTop': 'Show top {count}',

  // The chart's accessible name; {shown} is "2 SKUs" or distribution.shown.top.
  'distribution.chart.label':
    'Available, assigned and active seats by SKU, {month}: {shown}. Arrow keys read each SKU.',
  'distribution.chart.labelLargest':
    'Available, assigned and active seats by SKU, {month}: {shown}. Largest: {sku}, {seats} of {total} available seats ({share}). Arrow keys read each SKU.',
  'distribution.shown.top': 'top {top} of {skus} and Other',
  // What a screen reader hears when the keyboard reaches a SKU.
  'distribution.readout':
    '{sku}: {available} available, {availableShare} of all available; {assigned} assigned; {active} active, {activeShare} of all active',
  // The tooltip's figure for a series with a share: "32 · 86.5% of total".
  'distribution.tooltip.share': '{seats} · {share} of total',

  // The data table (the chart's text alternative) and the figures CSV.
  'distribution.table.caption': 'Seats by SKU, {month}',
  'distribution.table.sku': 'SKU',
  'distribution.table.shareAvailable': 'Share of available',
  'distribution.table.shareActive': 'Share of active',
  'distribution.csv.shareAvailable': 'Share of available %',
} as const;
