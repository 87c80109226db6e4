const ZERO = 48;
const NINE = 57;
const DOT = 46;
const COMMA = 44;
const NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?$/i;
/** Past 2^53 a double no longer holds every whole number: a sum of such figures is quietly wrong. */
const LIMIT = 2 ** 53;

/** What separates a number's fraction: `.` in CSV and TSV, `,` in semicolon-separated CSV (nl, de, fr Excel). */
export type DecimalMark = '.' | ',';

/**
 * Reads a seat count: a non-negative whole number below 2^53, also as Excel writes it (`12.0`, `12.00`, or
 * `12,0` with a decimal comma). Returns `'empty'` for a blank cell and `null` for anything else
 * (negative, fractional, `1,234`, text, too large).
 */
export function parseSeats(text: string, decimal: DecimalMark = '.'): number | 'empty' | null {
  const t = text.trim();
  const n = t.length;
  if (n === 0) return 'empty';
  let value = 0;
  let i = 0;
  for (; i < n; i++) {
    const c = t.charCodeAt(i);
    if (c < ZERO || c > NINE) break;
    value = value * 10 + (c - ZERO);
  }
  if (i === 0) return null;
  if (i < n) {
    if (t.charCodeAt(i) !== (decimal === ',' ? COMMA : DOT) || i === n - 1) return null;
    for (i++; i < n; i++) if (t.charCodeAt(i) !== ZERO) return null;
  }
  return Number.isSafeInteger(value) ? value : null;
}

/**
 * Reads a `BilledRevenueUSD` cell: a plain decimal number, negative for credits (no currency sign or
 * thousands separator), whose size is below 2^53. With a decimal comma, `1234,56` is 1234.56 and a `.`
 * is refused (there it is a thousands separator). Returns `null` for a blank cell and `'invalid'` else.
 */
export function parseRevenue(text: string, decimal: DecimalMark = '.'): number | null | 'invalid' {
  let t = text.trim();
  if (t === '') return null;
  if (decimal === ',') {
    if (t.includes('.')) return 'invalid';
    t = t.replace(',', '.');
  }
  if (!NUMBER.test(t)) return 'invalid';
  const value = Number(t);
  return Number.isFinite(value) && Math.abs(value) < LIMIT ? value : 'invalid';
}

/**
 * Why `parseSeats` (`whole`) or `parseRevenue` refused `text`, for the skipped row's reason after the
 * column name and cell: a thousands separator, a size of 2^53 or more, or not a number.
 */
export function numberProblem(text: string, decimal: DecimalMark, whole: boolean): string {
  const t = text.trim();
  const separators = decimal === ',' ? ".'\\s\u00a0\u202f" : ",'\\s\u00a0\u202f";
  const grouped = new RegExp(`^[+-]?\\d{1,3}(?:[${separators}]\\d{3})+(?:[.,]\\d+)?$`);
  if (grouped.test(t)) return 'has a thousands separator';
  const plain = Number(decimal === ',' ? t.replace(',', '.') : t);
  if (Number.isFinite(plain) && Math.abs(plain) >= LIMIT) return 'is too large (2^53 or more)';
  return whole ? 'is not a non-negative whole number' : 'is not a number';
}
