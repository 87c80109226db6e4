import { addMonths } from '../core/month-math.js';
import { findMonthRuns } from '../core/outlier-months.js';
import { DEFAULT_WINDOW_MONTHS } from '../core/report.js';
import { orderedRange } from './report-view-state.js';
import type { ReportViewState } from './report-view-state.js';

/**
 * The window a view shows, resolved as the core resolves it (core/report-window.ts): `to` defaults to the
 * latest month of the data's main run of months, `from` to 11 months before `to`. `null` without months.
 */
export function viewWindow(
  all: readonly string[],
  view: ReportViewState,
): { from: string; to: string } | null {
  const { from, to } = orderedRange(view.from, view.to);
  const latest = findMonthRuns(all.map((month) => ({ month, rows: 1 }))).main?.to;
  const last = to ?? (from !== undefined && (latest === undefined || latest < from) ? from : latest);
  if (last === undefined) return null;
  return { from: from ?? addMonths(last, 1 - DEFAULT_WINDOW_MONTHS), to: last };
}

/** The months a snapshot can show: the data's months inside the view's window, oldest first. */
export function snapshotChoices(all: readonly string[], view: ReportViewState): string[] {
  const window = viewWindow(all, view);
  if (!window) return [];
  return all.filter((month) => month >= window.from && month <= window.to);
}

/**
 * The view as the report asks the core for it: the window the right way round (a From after To is
 * swapped), and a snapshot month outside the window left out (the window's last month shows instead),
 * so that neither becomes an error in every section. `all` is the data's months (none: not yet known).
 */
export function viewToShow(view: ReportViewState, all: readonly string[]): ReportViewState {
  const shown: ReportViewState = { filter: view.filter, ...orderedRange(view.from, view.to) };
  if (view.month === undefined) return shown;
  const window = all.length ? viewWindow(all, view) : null;
  if (window && (view.month < window.from || view.month > window.to)) return shown;
  return { ...shown, month: view.month };
}
