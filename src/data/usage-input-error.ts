/** Why an input could not be read at all (as opposed to single rows, which are skipped). */
export type UsageInputErrorCode =
  | 'missing-columns'
  | 'unreadable'
  | 'empty'
  /** A known column is given twice (`AvailableSeats` beside `Available Seats`): which one counts is unsure. */
  | 'duplicate-columns'
  /** Some dates are day first and others month first: no reading of the file is sure. */
  | 'date-order-mixed';

export interface UsageInputErrorOptions extends ErrorOptions {
  /** The canonical names of the missing required columns. */
  missingColumns?: string[];
}

/** The whole input is unusable: a required column is missing, the JSON is broken, or the file is empty. */
export class UsageInputError extends Error {
  override name = 'UsageInputError';
  readonly code: UsageInputErrorCode;
  /** The canonical names of the missing required columns (empty unless `code` is `'missing-columns'`). */
  readonly missingColumns: string[];

  constructor(message: string, code: UsageInputErrorCode, options: UsageInputErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    this.missingColumns = options.missingColumns ?? [];
  }
}
