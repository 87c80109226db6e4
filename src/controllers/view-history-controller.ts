import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { decodeViewState, encodeViewState } from '../view/report-view-state.js';
import type { ReportViewState } from '../view/report-view-state.js';
import { historyStateWith, viewInHistoryState, viewKey } from '../view/view-history.js';

export interface ViewHistoryOptions {
  /** Whether the view lives in the page's URL hash and history at all (the report's `no-hash` turns it off). */
  enabled: () => boolean;
  /** Whether a change the reader makes is a new history entry, or replaces the current one (`no-history`). */
  entries: () => boolean;
  /** Called with the view that Back, Forward or a changed hash brings. */
  restore: (view: ReportViewState) => void;
}

/**
 * Keeps a report's view in the page's URL hash and history: a change the reader makes is a history entry
 * (`pushState`), so Back undoes a filter; `popstate` and `hashchange` bring the entry's view back. The
 * view goes in the hash (to share) and under one namespaced key of `history.state` beside the page's own
 * keys (view/view-history.ts); an entry without that key (the page's first) is read from its hash.
 */
export class ViewHistoryController implements ReactiveController {
  /** The view last written or restored, as `viewKey`: Back then hashchange for the same entry restore once. */
  private last = '';

  constructor(
    host: ReactiveControllerHost,
    private readonly options: ViewHistoryOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('popstate', this.onNavigate);
    window.addEventListener('hashchange', this.onNavigate);
  }

  hostDisconnected(): void {
    window.removeEventListener('popstate', this.onNavigate);
    window.removeEventListener('hashchange', this.onNavigate);
  }

  /** The view the current entry holds (`undefined` when turned off): read when the report connects. */
  initial(): ReportViewState | undefined {
    if (!this.options.enabled()) return undefined;
    const view = this.current();
    this.last = viewKey(view);
    return view;
  }

  /**
   * Writes `view` into the URL and history: a new entry when the reader made it (`push`, unless entries are
   * off), else the current entry updated (a view the page set). Nothing when the entry holds it already.
   */
  record(view: ReportViewState, push: boolean): void {
    if (!this.options.enabled()) return;
    const key = viewKey(view);
    if (key === this.last && key === viewKey(this.current())) return;
    this.last = key;
    const url = `${location.pathname}${location.search}${encodeViewState(view, location.hash)}`;
    const state = historyStateWith(history.state, view);
    if (push && this.options.entries()) history.pushState(state, '', url);
    else history.replaceState(state, '', url);
  }

  private current(): ReportViewState {
    return viewInHistoryState(history.state) ?? decodeViewState(location.hash);
  }

  private readonly onNavigate = (): void => {
    if (!this.options.enabled()) return;
    const view = this.current();
    const key = viewKey(view);
    if (key === this.last) return;
    this.last = key;
    this.options.restore(view);
  };
}
