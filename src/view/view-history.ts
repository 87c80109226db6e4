import { decodeViewState, encodeViewState } from './report-view-state.js';
import type { ReportViewState } from './report-view-state.js';

/** The key the report keeps its view under in `history.state`, beside the page's own keys. */
export const HISTORY_KEY = 'dynUsageReportView';

/**
 * A history entry's state with the view added under `HISTORY_KEY`: the page's own keys stay as they
 * were. A state that is not a plain object (a string, an array) cannot take a key without changing its
 * kind, so it is returned as it is (the view is still in the URL hash).
 */
export function historyStateWith(state: unknown, view: ReportViewState): unknown {
  const text = encodeViewState(view).replace(/^#/, '');
  if (state === null || state === undefined) return { [HISTORY_KEY]: text };
  if (!isPlainObject(state)) return state;
  return { ...state, [HISTORY_KEY]: text };
}

/** The view an entry's state holds (as `historyStateWith` wrote it), or `undefined`. */
export function viewInHistoryState(state: unknown): ReportViewState | undefined {
  if (!isPlainObject(state)) return undefined;
  const text = state[HISTORY_KEY];
  return typeof text === 'string' ? decodeViewState(text) : undefined;
}

/** One view as text: two views that show the same thing have the same key. */
export function viewKey(view: ReportViewState): string {
  return encodeViewState(view);
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}
