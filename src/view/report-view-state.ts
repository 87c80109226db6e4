import { isMonthKey } from '../core/month-math.js';
import { findMonthRuns } from '../core/outlier-months.js';
import { FILTER_DIMENSIONS } from '../core/usage-filter.js';
import type { UsageFilter } from '../core/usage-filter.js';

/** What a report view shows: a window, a snapshot month and a cross-filter. Kept in the URL hash so it can be shared. */
export interface ReportViewState {
  from?: string;
  to?: string;
  /** The snapshot month of geography and distribution (default: the window's last month). */
  month?: string;
  filter: UsageFilter;
}

const MONTH_KEYS = ['from', 'to', 'month'] as const;

/**
 * The view as hash parameters (`from=2026-01&to=2026-10&month=2026-09&country=NL&country=US`), keeping any
 * parameter of the page's own. One parameter per value (a link with one `country=NL` is the one-value
 * case), never a comma list, so SKU names with commas or ampersands survive.
 */
export function encodeViewState(state: ReportViewState, currentHash = ''): string {
  const params = new URLSearchParams(currentHash.replace(/^#/, ''));
  for (const key of [...MONTH_KEYS, ...FILTER_DIMENSIONS]) params.delete(key);
  for (const key of MONTH_KEYS) {
    const month = state[key];
    if (month) params.set(key, month);
  }
  for (const dimension of FILTER_DIMENSIONS) {
    const values = state.filter[dimension];
    for (const value of values ?? []) params.append(dimension, value);
  }
  const text = params.toString();
  return text ? `#${text}` : '';
}

/**
 * The view a hash describes; unknown parameters and malformed months are ignored, and an inverted window
 * (a hand-edited link with `from` after `to`) is read the right way round.
 */
export function decodeViewState(hash: string): ReportViewState {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const state: ReportViewState = { filter: {} };
  for (const key of MONTH_KEYS) {
    const month = params.get(key);
    if (month && isMonthKey(month)) state[key] = month;
  }
  Object.assign(state, orderedRange(state.from, state.to));
  for (const dimension of FILTER_DIMENSIONS) {
    const values = params.getAll(dimension).filter((value) => value !== '');
    if (values.length) state.filter[dimension] = values;
  }
  return state;
}

/** `from` and `to` the right way round: a From after To is swapped, so an inverted window is never asked for. */
export function orderedRange(
  from: string | undefined,
  to: string | undefined,
): { from?: string; to?: string } {
  if (from !== undefined && to !== undefined && from > to) return { from: to, to: from };
  return { ...(from === undefined ? {} : { from }), ...(to === undefined ? {} : { to }) };
}

/**
 * The window of the latest `count` months of `months` (sorted), or all of them with `count` null; months
 * more than a year from the rest (a mistyped 2062) are left out, as from the default window.
 */
export function presetRange(all: readonly string[], count: number | null): { from?: string; to?: string } {
  const { main } = findMonthRuns(all.map((month) => ({ month, rows: 1 })));
  const months = main ? all.filter((month) => month >= main.from && month <= main.to) : [];
  if (months.length === 0) return {};
  const to = months[months.length - 1];
  const from = count === null ? months[0] : months[Math.max(0, months.length - count)];
  return { from, to };
}
