/** The summary messages in English (see common.ts). Metric names and definitions are common's `metric.*`. */
export default {
  'summary.title': 'Summary',

  // A tile's change from the month before: the visible line ("▲ +22 vs Feb") and its spoken words.
  'summary.change.vs': '{change} vs {month}',
  // A change of active usage %, in percentage points: "+3.2 pp".
  'summary.change.points': '{change} pp',
  'summary.change.upSeats': { one: 'up {count} seat from {month}', other: 'up {count} seats from {month}' },
  'summary.change.downSeats': {
    one: 'down {count} seat from {month}',
    other: 'down {count} seats from {month}',
  },
  'summary.change.upPoints': {
    one: 'up {count} percentage point from {month}',
    other: 'up {count} percentage points from {month}',
  },
  'summary.change.downPoints': {
    one: 'down {count} percentage point from {month}',
    other: 'down {count} percentage points from {month}',
  },
  'summary.change.unchanged': 'unchanged from {month}',
  'summary.change.none': 'No previous month to compare',

  // The sparkline's text alternative, and the readout of the month under the pointer or keyboard.
  'summary.spark.label':
    '{metric}, {from} to {to}: from {first} to {last}. Use the arrow keys to read each month.',
  'summary.spark.readout': '{month}: {value}',

  // The data table (text alternative of the four micro charts) and the figures CSV.
  'summary.table.caption': 'Summary by month',
  'summary.table.month': 'Month',
} as const;
