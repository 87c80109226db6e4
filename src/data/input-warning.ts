/**
 * Why a figure may not be what the file seems to say, though the input was read: a guess the reader made
 * (day-first dates, an encoding), rows it recovered, or data far from the rest. Each code is documented in
 * the README's "Input" section; `lines` are 1-based input lines (the header is line 1), at most a few.
 */
export type InputWarningCode =
  /** Dates were written day first (`01/06/2026` for June), as Excel saves them in en-GB, nl, de, fr. */
  | 'date-day-first'
  /** No date in the file tells day from month; read month first (US, as Partner Center writes). */
  | 'date-order-ambiguous'
  /** The bytes were not UTF-8 and read as Windows-1252 (Excel's plain "CSV" on Windows). */
  | 'encoding-windows-1252'
  /** A file mostly UTF-8 has bytes that are not (or fit no encoding): each read as its Windows-1252 character. */
  | 'encoding-invalid-utf8'
  /** Semicolon-separated with decimal commas (Excel in nl, de, fr…). */
  | 'decimal-comma'
  /** A quoted cell ran on over several lines (a stray quote): the rows after it were read again. */
  | 'rows-recovered'
  /** A month far from the rest of the data; the default window ignores it. */
  | 'outlier-month'
  /** A window longer than the longest a report shows was cut to the data's months. */
  | 'window-clamped';

export interface InputWarning {
  code: InputWarningCode;
  /** A sentence for the user, in English, naming the column, line, month or encoding. */
  message: string;
  /** The input lines it concerns, when it concerns lines (at most `WARNING_LINE_LIMIT`). */
  lines?: number[];
  /** Which wording of the code's sentence (`'more'`, `'default-window'`), when it has several. */
  variant?: string;
  /** The values the sentence names, so a page can say it in its reader's language (see `MessageValues`). */
  values?: MessageValues;
}

/**
 * The values of a message for the user, by placeholder name. Numbers are quantities (a page formats them
 * for its reader; `count` picks the plural form); strings are shown as they are: line numbers, months,
 * column names and quoted cell values, which a translation must not change.
 */
export type MessageValues = Record<string, string | number>;

/** Lines listed per warning: enough to find the rows, never a copy of the file. */
export const WARNING_LINE_LIMIT = 20;
