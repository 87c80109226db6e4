import { addMonths } from './month-math.js';

/**
 * Months this far from every other month with rows are not part of the data's run of months: more than
 * a year of nothing on either side, where exports hold a contiguous 13 months or so.
 */
export const OUTLIER_GAP_MONTHS = 12;

export interface MonthRows {
  month: string;
  rows: number;
}

export interface MonthRuns {
  /** The first and last month of the run of months with the most rows (the later run on a tie). */
  main: { from: string; to: string } | null;
  /** Months outside that run, oldest first, with their row counts. */
  outliers: MonthRows[];
}

/**
 * Splits the months with rows into runs wherever two consecutive months are more than
 * `OUTLIER_GAP_MONTHS` apart, and names the run with the most rows as the data's: a row dated 2062 in a
 * 2025–26 export (a mistyped year) is an outlier of one row, and must not choose the default window.
 */
export function findMonthRuns(months: Iterable<MonthRows>): MonthRuns {
  const sorted = [...months].sort((a, b) => (a.month < b.month ? -1 : a.month > b.month ? 1 : 0));
  const runs: MonthRows[][] = [];
  for (const entry of sorted) {
    const run = runs[runs.length - 1];
    const last = run?.[run.length - 1];
    if (run && last && addMonths(last.month, OUTLIER_GAP_MONTHS) >= entry.month) run.push(entry);
    else runs.push([entry]);
  }
  let main: MonthRows[] | null = null;
  let mainRows = -1;
  for (const run of runs) {
    const rows = run.reduce((sum, entry) => sum + entry.rows, 0);
    if (rows >= mainRows) [main, mainRows] = [run, rows];
  }
  if (!main) return { main: null, outliers: [] };
  const first = main[0] as MonthRows;
  const last = main[main.length - 1] as MonthRows;
  const outliers = runs.filter((run) => run !== main).flat();
  return { main: { from: first.month, to: last.month }, outliers };
}
