import type { InputWarning } from '../data/input-warning.js';
import { addMonths, isMonthKey, monthRange } from './month-math.js';
import { findMonthRuns } from './outlier-months.js';
import type { MonthRows } from './outlier-months.js';
import { DEFAULT_WINDOW_MONTHS, MAX_WINDOW_MONTHS } from './report.js';
import type { ReportOptions } from './report.js';

export interface ReportWindow {
  /** The window's months, oldest first. */
  months: string[];
  /** The snapshot month, or `null` when the window is empty. */
  month: string | null;
  /** The latest month of the data's main run of months, whatever the window; `null` without rows. */
  latest: string | null;
  /** Outlier months, and a window cut to the data (codes `outlier-month`, `window-clamped`). */
  warnings: InputWarning[];
}

/** Thrown for an option that cannot make a window, with a message fit for the user. */
export class ReportOptionError extends Error {
  override name = 'ReportOptionError';
}

/**
 * The months a report covers: by default the 12 months ending at the latest month of the data's main run
 * of months (a month more than a year away from the rest is an outlier, with a warning, and does not move
 * the window); `from`/`to` choose any other range, months without rows part of it all the same. A window
 * longer than `MAX_WINDOW_MONTHS` (a link with `from=0001-01`) is cut to the data's months, with a warning.
 * `monthsPresent` is the months with rows, or a map of them to their totals (whose `rows` weigh the runs).
 */
export function resolveReportWindow(
  monthsPresent: Iterable<string> | ReadonlyMap<string, { rows: number }>,
  options: ReportOptions = {},
): ReportWindow {
  for (const name of ['from', 'to', 'month'] as const) {
    const value = options[name];
    if (value !== undefined && !isMonthKey(value)) {
      throw new ReportOptionError(`invalid ${name}: "${value}" (expected YYYY-MM)`);
    }
  }
  const present = monthRows(monthsPresent);
  const { main, outliers } = findMonthRuns(present);
  const warnings = outliers.map((entry) => outlierWarning(entry, main, options.to === undefined));
  const latest = main?.to ?? null;
  const to = options.to ?? (options.from && latest !== null && latest < options.from ? options.from : latest);
  if (to === null) return { months: [], month: null, latest, warnings };
  const from = options.from ?? addMonths(to, 1 - DEFAULT_WINDOW_MONTHS);
  if (from > to) throw new ReportOptionError(`invalid range: from ${from} is after to ${to}`);
  const month = options.month ?? to;
  if (month < from || month > to) {
    throw new ReportOptionError(`invalid month: ${month} is outside the window ${from} to ${to}`);
  }
  if (addMonths(from, MAX_WINDOW_MONTHS - 1) >= to)
    return { months: monthRange(from, to), month, latest, warnings };
  const cut = cutWindow(from, to, present);
  warnings.push({
    code: 'window-clamped',
    message: `The window ${from} to ${to} is longer than ${MAX_WINDOW_MONTHS} months: cut to ${cut.from} to ${cut.to}, the data's months`,
    values: { from, to, count: MAX_WINDOW_MONTHS, cutFrom: cut.from, cutTo: cut.to },
  });
  const snapshot = month < cut.from || month > cut.to ? cut.to : month;
  return { months: monthRange(cut.from, cut.to), month: snapshot, latest, warnings };
}

function monthRows(months: Iterable<string> | ReadonlyMap<string, { rows: number }>): MonthRows[] {
  if (months instanceof Map) {
    return [...(months as ReadonlyMap<string, { rows: number }>)].map(([month, t]) => ({
      month,
      rows: t.rows,
    }));
  }
  return [...(months as Iterable<string>)].map((month) => ({ month, rows: 1 }));
}

/** The requested window narrowed to the months with rows, then to its last `MAX_WINDOW_MONTHS`. */
function cutWindow(from: string, to: string, present: readonly MonthRows[]): { from: string; to: string } {
  const inside = present.map((entry) => entry.month).filter((month) => month >= from && month <= to);
  const last = inside.length > 0 ? inside.reduce((a, b) => (a > b ? a : b)) : to;
  const first = inside.length > 0 ? inside.reduce((a, b) => (a < b ? a : b)) : from;
  const earliest = addMonths(last, 1 - MAX_WINDOW_MONTHS);
  return { from: first > earliest ? first : earliest, to: last };
}

function outlierWarning(
  entry: MonthRows,
  main: { from: string; to: string } | null,
  byDefault: boolean,
): InputWarning {
  const rows = `${entry.rows} ${entry.rows === 1 ? 'row' : 'rows'}`;
  const rest = main ? ` (${main.from} to ${main.to})` : '';
  const effect = byDefault && main ? `; the default window ends at ${main.to}` : '';
  return {
    code: 'outlier-month',
    message: `Month ${entry.month} (${rows}) is more than a year away from the rest of the data${rest}: check its rows' Month${effect}`,
    ...(effect ? { variant: 'default-window' } : {}),
    values: { month: entry.month, count: entry.rows, ...(main ? { from: main.from, to: main.to } : {}) },
  };
}
