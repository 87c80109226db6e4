import type { SummarySection } from './report.js';

export type SummaryMetric = keyof SummarySection;

export interface SummaryHeadline {
  metric: SummaryMetric;
  /** The value of the window's last month (`null`: active % with nothing available, or no months). */
  value: number | null;
  /** The value of the month before, or `null` when there is none. */
  previous: number | null;
  /** `value − previous`, or `null` when either is missing. For active %, in percentage points. */
  change: number | null;
}

/** The KPI headline of one summary metric: the last month's value and its change from the month before. */
export function summaryHeadline(summary: SummarySection, metric: SummaryMetric): SummaryHeadline {
  const series: readonly (number | null)[] = summary[metric];
  const value = series.length > 0 ? (series[series.length - 1] ?? null) : null;
  const previous = series.length > 1 ? (series[series.length - 2] ?? null) : null;
  const change = value !== null && previous !== null ? roundChange(value - previous) : null;
  return { metric, value, previous, change };
}

// Active % differences like 41.1 − 40.9 carry float noise; two decimals is the figures' own precision.
function roundChange(value: number): number {
  return Math.round(value * 100) / 100;
}
