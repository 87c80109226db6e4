import { addMonths, isMonthKey, monthRange } from './month-math.js';
import { DEFAULT_WINDOW_MONTHS } from './report.js';
import type { ReportOptions } from './report.js';

export interface ReportWindow {
  /** The window's months, oldest first. */
  months: string[];
  /** The snapshot month, or `null` when the window is empty. */
  month: string | null;
}

/** Thrown for an option that cannot make a window, with a message fit for the user. */
export class ReportOptionError extends Error {
  override name = 'ReportOptionError';
}

/**
 * The months a report covers: by default the 12 months ending at the latest month in the data;
 * `from`/`to` choose any other range. Months without rows are part of the window all the same.
 */
export function resolveReportWindow(
  monthsPresent: Iterable<string>,
  options: ReportOptions = {},
): ReportWindow {
  for (const name of ['from', 'to', 'month'] as const) {
    const value = options[name];
    if (value !== undefined && !isMonthKey(value)) {
      throw new ReportOptionError(`invalid ${name}: "${value}" (expected YYYY-MM)`);
    }
  }
  let latest: string | null = null;
  let earliest: string | null = null;
  for (const month of monthsPresent) {
    if (latest === null || month > latest) latest = month;
    if (earliest === null || month < earliest) earliest = month;
  }
  const to = options.to ?? (options.from && latest !== null && latest < options.from ? options.from : latest);
  if (to === null) return { months: [], month: null };
  const from = options.from ?? addMonths(to, 1 - DEFAULT_WINDOW_MONTHS);
  if (from > to) throw new ReportOptionError(`invalid range: from ${from} is after to ${to}`);
  const months = monthRange(from, to);
  const month = options.month ?? to;
  if (month < from || month > to) {
    throw new ReportOptionError(`invalid month: ${month} is outside the window ${from} to ${to}`);
  }
  return { months, month };
}
