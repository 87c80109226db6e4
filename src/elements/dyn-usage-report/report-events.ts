// The report's events: the filter change it fires, and which of its sections' events leave it. The event
// map entry stays in dyn-usage-report.ts: a declaration file reaches a global augmentation only through
// the modules its types name, and nothing public names this one.
import type { InputStats } from '../../core/report.js';
import type { ReportViewState } from '../../view/report-view-state.js';
import { usageEvent } from '../shared/usage-events.js';

/** `dyn-usage-filter-change`: the window or a filter changed; the detail is the view. */
export function filterChangeEvent(view: ReportViewState): CustomEvent<ReportViewState> {
  return usageEvent('dyn-usage-filter-change', view);
}

/** What the summary's load or error says about the view: whether it has rows, and the window's warnings. */
export interface SummaryNews {
  empty: boolean;
  /** The summary's warnings on a load (the reader's and its window's); null on an error. */
  warnings: InputStats['warnings'] | null;
}

/**
 * A section's load and error events stay in the report: the source's, which leave it, say the same once
 * (five sections, each loading again on every filter change, would be noise to the page). A section's
 * error while the source is fine is its own, and goes out. Returns what the summary's event says, or null
 * for another section's.
 */
export function keepSectionEvent(event: Event, sourceFailed: boolean): SummaryNews | null {
  if (event.type === 'dyn-usage-load' || sourceFailed) event.stopPropagation();
  const section = event.target as Element & { status?: string };
  if (section.localName !== 'dyn-usage-summary') return null;
  const detail = (event as CustomEvent<{ input?: InputStats }>).detail;
  const warnings =
    event.type === 'dyn-usage-load' && Array.isArray(detail?.input?.warnings) ? detail.input.warnings : null;
  return { empty: section.status === 'empty', warnings };
}
