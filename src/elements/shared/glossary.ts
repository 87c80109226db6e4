/** The report's metrics, their names and their definitions (shown on hover and focus). */
export const METRICS = {
  available: {
    label: 'Available seats',
    short: 'Available',
    definition: 'Available seats: licenses sold (paid and available) in the month.',
  },
  assigned: {
    label: 'Assigned seats',
    short: 'Assigned',
    definition: 'Assigned seats: licenses assigned to users in the month.',
  },
  active: {
    label: 'Active seats',
    short: 'Active',
    definition: 'Active seats: licenses used in the last 28 days.',
  },
  activePercent: {
    label: 'Active usage %',
    short: 'Active %',
    definition:
      'Active usage %: active seats as a percentage of available seats. It can exceed 100 %, since a seat counts as active when it was used in the last 28 days.',
  },
} as const;

export type MetricKey = keyof typeof METRICS;
export const SEAT_METRICS = ['available', 'assigned', 'active'] as const;
export type SeatMetric = (typeof SEAT_METRICS)[number];
