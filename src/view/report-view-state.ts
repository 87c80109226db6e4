import { isMonthKey } from '../core/month-math.js';
import { findMonthRuns } from '../core/outlier-months.js';
import { FILTER_DIMENSIONS } from '../core/usage-filter.js';
import type { UsageFilter } from '../core/usage-filter.js';

/** What a report view shows: a window and a cross-filter. Kept in the URL hash so it can be shared. */
export interface ReportViewState {
  from?: string;
  to?: string;
  filter: UsageFilter;
}

/**
 * The view as hash parameters (`from=2026-01&to=2026-10&country=NL&country=US`), keeping any parameter of
 * the page's own. One parameter per value, so SKU names with commas or ampersands survive.
 */
export function encodeViewState(state: ReportViewState, currentHash = ''): string {
  const params = new URLSearchParams(currentHash.replace(/^#/, ''));
  for (const key of ['from', 'to', ...FILTER_DIMENSIONS]) params.delete(key);
  if (state.from) params.set('from', state.from);
  if (state.to) params.set('to', state.to);
  for (const dimension of FILTER_DIMENSIONS) {
    const values = state.filter[dimension];
    for (const value of values ?? []) params.append(dimension, value);
  }
  const text = params.toString();
  return text ? `#${text}` : '';
}

/** The view a hash describes; unknown parameters and malformed months are ignored. */
export function decodeViewState(hash: string): ReportViewState {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const state: ReportViewState = { filter: {} };
  const from = params.get('from');
  const to = params.get('to');
  if (from && isMonthKey(from)) state.from = from;
  if (to && isMonthKey(to)) state.to = to;
  for (const dimension of FILTER_DIMENSIONS) {
    const values = params.getAll(dimension).filter((value) => value !== '');
    if (values.length) state.filter[dimension] = values;
  }
  return state;
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
