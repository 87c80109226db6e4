/**
 * The sku messages in English (see common.ts). SKU names come from the export and months from Intl: neither
 * is a message. Metric names are common's `metric.*`.
 */
export default {
  'sku.title': 'Dynamics usage by SKU',

  // The view switch: one SKU's three series, or every SKU side by side for one metric.
  'sku.view.group': 'View',
  'sku.view.single': 'One SKU',
  'sku.view.compare': 'Compare SKUs',

  // The SKU combobox: its label, its list's name, and what it says while filtering.
  'sku.picker.label': 'SKU',
  'sku.picker.list': 'SKUs',
  'sku.picker.none': 'No SKU matches',
  'sku.picker.matches': { one: '{count} SKU matches', other: '{count} SKUs match' },

  // Compare mode's controls.
  'sku.metric.label': 'Metric',
  'sku.sharedScale': 'Same scale for all',

  // {sku} is the SKU asked for, {shown} the one shown instead.
  'sku.missing': 'No rows for “{sku}” in these months; showing {shown}.',

  // The line chart's text alternative; {from}, {to} and {month} are months, the others formatted seats.
  'sku.chart.label':
    '{sku}: available, assigned and active seats by month, {from} to {to}. In {month}: {available} available, {assigned} assigned, {active} active. Use the arrow keys to read each month.',
  'sku.legend.label': 'Series of {sku}',
  // What a screen reader hears on moving to a month: "Mar 2026: Available seats 32, Assigned seats 25".
  'sku.readout': '{month}: {figures}',
  'sku.readout.figure': '{name} {value}',
  'sku.readout.separator': ', ',
  /** An unusual month in compare mode: the SKU, then the note that explains it. */
  'sku.multiples.unusual': '{sku}: {note}',

  // Compare mode's text alternative; {count} is the number of SKUs (one small chart each).
  'sku.multiples.label.own': {
    one: '{metric} by SKU, {from} to {to}: {count} small chart. Use the arrow keys to read each month.',
    other:
      '{metric} by SKU, {from} to {to}: {count} small charts, each on its own scale. Use the arrow keys to read each month.',
  },
  'sku.multiples.label.shared': {
    one: '{metric} by SKU, {from} to {to}: {count} small chart. Use the arrow keys to read each month.',
    other:
      '{metric} by SKU, {from} to {to}: {count} small charts, on one shared scale. Use the arrow keys to read each month.',
  },

  // Captions and the first column of the charts' hidden data tables.
  'sku.table.single': '{sku}: seats by month',
  'sku.table.compare': '{metric} by SKU and month',
  'sku.table.month': 'Month',

  // Column headers of the figures CSV (with the metrics' labels).
  'sku.csv.sku': 'SKU',
  'sku.csv.month': 'Month',
} as const;
