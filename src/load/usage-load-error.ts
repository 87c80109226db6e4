import type { MessageValues } from '../data/input-warning.js';
import { UsageInputError } from '../data/usage-input-error.js';
import type { UsageInputErrorCode } from '../data/usage-input-error.js';

/** Why a load failed, as a code that stays the same for scripts and translations (values in README "Input"). */
export type UsageLoadErrorCode =
  /** The server answered with a status that is not 2xx: `{ url, status }` (`'404 Not Found'`). */
  | 'http-status'
  /** The fetch itself failed (offline, CORS, a name that does not resolve): `{ url, detail }`. */
  | 'network'
  /** A data provider's page of customers is not one (`rows-src` or `provider`): `{ url, detail }`. */
  | 'rows-invalid'
  /** `src` is not a URL: `{ src }`. */
  | 'not-a-url'
  /** `source="id"` names no `<dyn-usage-source>`: `{ id }` (variant `shadow-root`). */
  | 'source-missing'
  /** `source="id"` names a `<dyn-usage-source>` whose class is not loaded: `{ id }`. */
  | 'source-undefined'
  /** `source="id"` names another element: `{ id, tag }`. */
  | 'source-not-source'
  /** The parser worker stopped with an error: `{ detail }`. */
  | 'worker-failed'
  /** The parser worker's result could not be read. */
  | 'worker-unreadable'
  /** `parse="worker"` and no worker could start: `{ detail }`. */
  | 'worker-unavailable'
  /** The element's `filter` is not a filter: `{ detail }`. */
  | 'filter-invalid'
  /** A filter on a report document, whose figures are already made. */
  | 'filter-report-document'
  /** The kit's code for drawing the section (its charts) did not load (offline, a chunk not deployed): `{ detail }`. */
  | 'code-unavailable';

/** What a `UsageLoadError` says besides its English message. */
export interface UsageLoadErrorInfo {
  /** A load error's own code, or the code of the `UsageInputError` it stands for. */
  code?: UsageLoadErrorCode | UsageInputErrorCode;
  /** Which wording of the code's sentence, when it has several. */
  variant?: string;
  /** The values the message names, by placeholder name. */
  values?: MessageValues;
}

/** Why data could not be shown: the message is written for the person looking at the page. */
export class UsageLoadError extends Error {
  override name = 'UsageLoadError';
  /** The HTTP status of a failed fetch. */
  readonly status: number | undefined;
  /** Why, as a code (absent for an error the kit did not foresee): with `variant` it picks a translation. */
  readonly code: UsageLoadErrorCode | UsageInputErrorCode | undefined;
  /** Which wording of the code's sentence, when it has several. */
  readonly variant: string | undefined;
  /** The values `message` names (URL, status, element id), for a page in its reader's language. */
  readonly values: MessageValues;

  constructor(message: string, status?: number, info: UsageLoadErrorInfo = {}) {
    super(message);
    this.status = status;
    this.code = info.code;
    this.variant = info.variant;
    this.values = info.values ?? {};
  }
}

/** Any thrown value as a `UsageLoadError` (its message kept; an input error's code, variant and values too). */
export function toLoadError(error: unknown): UsageLoadError {
  if (error instanceof UsageLoadError) return error;
  if (error instanceof UsageInputError) {
    const { code, variant, values } = error;
    return new UsageLoadError(error.message, undefined, { code, ...(variant ? { variant } : {}), values });
  }
  return new UsageLoadError(error instanceof Error ? error.message : String(error));
}

/**
 * The `dyn-usage-error` event's detail: `{ message, status?, code?, variant?, values? }` (status only for a
 * failed fetch; code and values when the kit knows why).
 */
export function errorDetail(error: unknown): {
  message: string;
  status?: number;
  code?: string;
  variant?: string;
  values?: MessageValues;
} {
  const { message, status, code, variant, values } = toLoadError(error);
  return {
    message,
    ...(status === undefined ? {} : { status }),
    ...(code === undefined ? {} : { code, values }),
    ...(variant === undefined ? {} : { variant }),
  };
}
