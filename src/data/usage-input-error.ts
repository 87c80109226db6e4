import type { MessageValues } from './input-warning.js';

/** Why an input could not be read at all (as opposed to single rows, which are skipped). */
export type UsageInputErrorCode =
  | 'missing-columns'
  | 'unreadable'
  | 'empty'
  /** An Excel workbook (`.xlsx`, a zip; or `.xls`) in place of a CSV export. */
  | 'workbook'
  /** A web page (HTML), such as a sign-in page a server sent in place of the file. */
  | 'html-page'
  /** A JSON value that is not rows (`42`, `"x"`, `null`, `true`). */
  | 'json-scalar'
  /** Bytes that are not text: 00 bytes in no UTF-16 pattern. */
  | 'not-text'
  /** A known column is given twice (`AvailableSeats` beside `Available Seats`): which one counts is unsure. */
  | 'duplicate-columns'
  /** Some dates are day first and others month first: no reading of the file is sure. */
  | 'date-order-mixed';

export interface UsageInputErrorOptions extends ErrorOptions {
  /** The canonical names of the missing required columns. */
  missingColumns?: string[];
  /** Which wording of the code's sentence (`'xls'` for a `'workbook'`), when it has several. */
  variant?: string;
  /** The values the message names, by placeholder name (see `MessageValues`). */
  values?: MessageValues;
}

/** The whole input is unusable: a required column is missing, the JSON is broken, or the file is empty. */
export class UsageInputError extends Error {
  override name = 'UsageInputError';
  readonly code: UsageInputErrorCode;
  /** The canonical names of the missing required columns (empty unless `code` is `'missing-columns'`). */
  readonly missingColumns: string[];
  /** Which wording of the code's sentence, when it has several: `code` and `variant` pick a translation. */
  readonly variant: string | undefined;
  /** The values the message names (columns, lines, cells), for a page that says it in its reader's language. */
  readonly values: MessageValues;

  constructor(message: string, code: UsageInputErrorCode, options: UsageInputErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    this.missingColumns = options.missingColumns ?? [];
    this.variant = options.variant;
    this.values = options.values ?? {};
  }
}
