import type { MessageValues } from './input-warning.js';

/**
 * Why a row was skipped, as a code that stays the same for scripts and translations; the README's "Input"
 * section lists each code's values. `column` is a column's canonical name and `value` the cell's text
 * JSON-quoted (cut to 40 characters): both are shown as they are in any language.
 */
export interface SkipValues {
  /** The row has another number of fields than the header. */
  'field-count': { fields: number; width: number };
  /** A required cell (SubscriptionId, Month, SKU, CustomerName) is empty. */
  'cell-empty': { column: string };
  /** The Month cell is not a date. */
  'not-a-month': { column: string; value: string };
  /** A number cell uses a thousands separator (`1,234` or `1.234` beside a decimal comma). */
  'thousands-separator': { column: string; value: string };
  /** A number cell of 2^53 or more. */
  'number-too-large': { column: string; value: string };
  /** A seat cell that is not a non-negative whole number. */
  'not-a-whole-number': { column: string; value: string };
  /** A BilledRevenueUSD cell that is not a number. */
  'not-a-number': { column: string; value: string };
  /** A quote made a cell run over the following lines; the line is skipped, the lines after it read again. */
  'stray-quote': { line: string };
  /** A JSON array item that is not an object. */
  'not-an-object': Record<string, never>;
}

export type SkipReasonCode = keyof SkipValues;

/** A skipped row's reason in English with its code and values. */
export interface SkipReason {
  reason: string;
  code: SkipReasonCode;
  values: MessageValues;
}

const ENGLISH: { [Code in SkipReasonCode]: (values: SkipValues[Code]) => string } = {
  'field-count': ({ fields, width }) => `row has ${fields} fields, header has ${width}`,
  'cell-empty': ({ column }) => `${column} is empty`,
  'not-a-month': ({ column, value }) => `${column} ${value} is not a month`,
  'thousands-separator': ({ column, value }) => `${column} ${value} has a thousands separator`,
  'number-too-large': ({ column, value }) => `${column} ${value} is too large (2^53 or more)`,
  'not-a-whole-number': ({ column, value }) => `${column} ${value} is not a non-negative whole number`,
  'not-a-number': ({ column, value }) => `${column} ${value} is not a number`,
  'stray-quote': ({ line }) =>
    `a quote in line ${line} makes a cell run over the lines after it (a stray quote?): line ${line} is skipped and the lines after it read again`,
  'not-an-object': () => 'row is not an object',
};

/** The reason `code` with `values`, its English sentence written from them. */
export function skipReason<Code extends SkipReasonCode>(code: Code, values: SkipValues[Code]): SkipReason {
  return { reason: ENGLISH[code](values), code, values: { ...values } };
}

type NumberProblemCode = 'thousands-separator' | 'number-too-large' | 'not-a-whole-number' | 'not-a-number';

/** `numberProblem`'s wording (parse-seats.ts) by code: the skipped row's reason after column and cell. */
const NUMBER_PROBLEMS: Readonly<Record<string, NumberProblemCode>> = {
  'has a thousands separator': 'thousands-separator',
  'is too large (2^53 or more)': 'number-too-large',
  'is not a non-negative whole number': 'not-a-whole-number',
  'is not a number': 'not-a-number',
};

/** A number cell's reason from `numberProblem`'s `problem`; without a code if its wording is new. */
export function numberReason(
  column: string,
  value: string,
  problem: string,
): SkipReason | { reason: string } {
  const code = NUMBER_PROBLEMS[problem];
  return code
    ? skipReason<NumberProblemCode>(code, { column, value })
    : { reason: `${column} ${value} ${problem}` };
}
