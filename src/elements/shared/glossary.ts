/**
 * The report's metrics. Their names and definitions are messages (`metric.<key>.label`, `.short`,
 * `.definition` in each language's common.ts under src/i18n/locales), shown in the reader's language.
 */
export const METRIC_KEYS = ['available', 'assigned', 'active', 'activePercent'] as const;
export type MetricKey = (typeof METRIC_KEYS)[number];
export const SEAT_METRICS = ['available', 'assigned', 'active'] as const;
export type SeatMetric = (typeof SEAT_METRICS)[number];
