import type { UsageReport } from './report.js';

/**
 * Below this share of the month before, the latest month's rows or available seats look partial.
 * Partner Center refreshes the dataset every 3 days, so a few days into a month its latest month holds only
 * the subscriptions read so far (often a third of the month before, or less), while a whole month rarely
 * loses a fifth of its subscriptions or seats at once (churn is a few per cent a month). A real drop that
 * large is worth a second look too, and the note says what it compares.
 */
export const PARTIAL_MONTH_SHARE = 0.8;

/** The latest month, and what it looks partial by: `value` of `measure` against `previousValue`. */
export interface PartialMonth {
  month: string;
  previous: string;
  measure: 'rows' | 'available';
  value: number;
  previousValue: number;
}

type ReportParts = Pick<UsageReport, 'months' | 'latestMonth' | 'summary' | 'input'>;

/**
 * The window's last month when it is the data's latest and looks partial: its rows (`input.monthRows`), or
 * else its available seats, below `PARTIAL_MONTH_SHARE` of the month before. `null` otherwise: a window
 * that ends before the latest month shows whole months, and one month has none before it. A document made
 * before `monthRows` existed is judged by its seats; one made before `latestMonth`, as ending at it.
 */
export function partialLatestMonth(report: ReportParts): PartialMonth | null {
  const { months } = report;
  const last = months.length - 1;
  const month = months[last];
  const previous = months[last - 1];
  if (month === undefined || previous === undefined) return null;
  if (report.latestMonth !== undefined && report.latestMonth !== month) return null;
  const measures = [
    ['rows', report.input.monthRows],
    ['available', report.summary.available],
  ] as const;
  for (const [measure, series] of measures) {
    const value = series?.[last];
    const previousValue = series?.[last - 1];
    if (value === undefined || previousValue === undefined || previousValue <= 0) continue;
    if (value < PARTIAL_MONTH_SHARE * previousValue)
      return { month, previous, measure, value, previousValue };
  }
  return null;
}
