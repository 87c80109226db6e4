import type { InputStats, UsageReport } from '../../core/report.js';
import { UsageStatus } from '../../controllers/usage-data-controller.js';
import { errorDetail } from '../../load/usage-load-error.js';
import type { UsageLoadError } from '../../load/usage-load-error.js';

export interface UsageLoadDetail<Section = unknown> {
  /** The section the element shows, in the report document's shape. */
  section: Section;
  /** What the reader counted: rows used, rows skipped (with lines and reasons), empty available cells. */
  input: InputStats;
  /** For a `src` export: whether a worker parsed it, and why not when the page's CSP allowed none. */
  parsedIn?: string;
  fallbackReason?: string;
}

export interface UsageErrorDetail {
  message: string;
  /** The HTTP status, for a failed fetch. */
  status?: number;
  /** Why, as a stable code (`UsageLoadErrorCode` or `UsageInputErrorCode`), when the kit knows. */
  code?: string;
  /** Which wording of the code's sentence, when it has several. */
  variant?: string;
  /** The values the message names, by placeholder name. */
  values?: Record<string, string | number>;
}

declare global {
  interface HTMLElementEventMap {
    'dyn-usage-load': CustomEvent<UsageLoadDetail>;
    'dyn-usage-error': CustomEvent<UsageErrorDetail>;
  }
}

/** An event that leaves the shadow root and bubbles, so a host page can listen on any ancestor. */
export function usageEvent<T>(type: string, detail: T): CustomEvent<T> {
  return new CustomEvent(type, { detail, bubbles: true, composed: true });
}

/**
 * What a section fires when its data settles: `dyn-usage-load` with the section, or `dyn-usage-error` when
 * the load failed or gave no report.
 */
export function usageSettledEvent<Section>(
  status: UsageStatus,
  report: UsageReport | null,
  error: UsageLoadError | null,
  sectionOf: (report: UsageReport) => Section,
  parsed: Pick<UsageLoadDetail, 'parsedIn' | 'fallbackReason'>,
): CustomEvent<UsageLoadDetail<Section>> | CustomEvent<UsageErrorDetail> {
  if (status === UsageStatus.error || !report)
    return usageEvent('dyn-usage-error', errorDetail(error ?? 'Unknown error'));
  const detail: UsageLoadDetail<Section> = { section: sectionOf(report), input: report.input, ...parsed };
  return usageEvent('dyn-usage-load', detail);
}
