import insightMarkers from './insight-markers.js';

/** The insights section in English (see common.ts). */
export default {
  'insights.title': 'Insights',
  'insights.changes.heading': 'What changed from {from} to {to}',
  'insights.changes.none': 'The window has one month: there is no change to explain yet.',
  'insights.change.up': '{metric} rose by {change} to {to}.',
  'insights.change.down': '{metric} fell by {change} to {to}.',
  'insights.change.flat': '{metric} stayed at {to}.',
  'insights.drivers.sku': 'By SKU',
  'insights.drivers.country': 'By country/region',
  'insights.drivers.customer': 'By customer',
  'insights.drivers.other': { one: '{count} other: {change}', other: '{count} others: {change}' },
  'insights.percent.up':
    'Active usage % rose by {change} points to {to}: {seats} from active seats gained or lost, {mix} from seats moving between SKUs.',
  'insights.percent.down':
    'Active usage % fell by {change} points to {to}: {seats} from active seats gained or lost, {mix} from seats moving between SKUs.',
  'insights.percent.flat': 'Active usage % stayed at {to}.',
  'insights.percent.none': 'Active usage % has no figure: a month has no available seats.',

  'insights.anomalies.heading': 'Unusual months',
  'insights.anomalies.help':
    "A month whose change from the month before is far from the series' usual change: more than 5 robust deviations and at least 5 % of the series' size (5 points for active usage %). SKUs with under 100 seats are not judged.",
  'insights.anomalies.none': 'No unusual months in this window.',
  'insights.anomaly.total': '{month}: {metric} {value}, expected {low} to {high}.',
  'insights.anomaly.sku': '{month}: {metric} of {sku} {value}, expected {low} to {high}.',
  'insights.anomalies.more': { one: '… and {count} more month', other: '… and {count} more months' },
  ...insightMarkers,

  'insights.lists.heading': 'Where to act in {month}',
  'insights.search.label': 'Search customers in these lists',
  'insights.search.placeholder': 'Search customers',
  'insights.search.none': 'No customer in these lists matches “{query}”.',
  'insights.unassigned.heading': 'Most unassigned seats',
  'insights.unassigned.help': 'Seats paid for but not assigned to a user (available − assigned).',
  'insights.inactive.heading': 'Assigned but not used',
  'insights.inactive.help':
    'Seats assigned to users who did not use them in the last 28 days (assigned − active).',
  'insights.falling.heading': 'Sharpest fall in active usage',
  'insights.falling.help': 'Active usage % in {to} against {from}, in percentage points.',
  'insights.list.empty': 'No customer in this list.',
  'insights.column.customer': 'Customer',
  'insights.column.seats': 'Seats',
  'insights.column.unassigned': 'Unassigned',
  'insights.column.inactive': 'Inactive',
  'insights.column.fall': 'Fall (points)',
  'insights.column.activePercent': 'Active %',
  'insights.column.subscriptions': 'Subscriptions',
  'insights.column.sku': 'SKU',
  'insights.column.endDate': 'Ends',
  'insights.column.days': 'Days after {month}',
  'insights.sort': 'Sort by {column}',
  'insights.percentFromTo': '{from} → {to}',
  'insights.showCustomer': 'Show {name} in the subscriptions table',

  'insights.renewals.heading': 'Renewals at risk',
  'insights.renewals.help':
    'Subscriptions that end within {days} days after {month} with active usage below {below}, most seats first.',
  'insights.renewals.none': 'No subscription ending within {days} days has active usage below {below}.',
  'insights.renewals.noEndDates':
    'This export has no subscription end dates (SubscriptionEndDate), so renewals cannot be listed.',
  'insights.renewals.unavailable': 'Renewals cannot be listed: {reason}',
  'insights.renewals.unreadable': {
    one: '{count} end date is not a date and is left out.',
    other: '{count} end dates are not dates and are left out.',
  },

  'insights.showAll': 'Show all {count}',
  'insights.showFewer': 'Show fewer',
  'insights.csv.list': 'List',
  'insights.csv.value': 'Value',
  'insights.fileName': 'dynamics-usage-insights',
} as const;
