import { MINUS, ZERO } from './byte-codes.js';

/** Past 15 digits a decimal is no longer exact in a double: such cells take the careful path. */
export const MAX_FAST_DIGITS = 15;
/** `seatCount` of an empty cell (the row reader reads it as 0, and counts an empty AvailableSeats). */
export const EMPTY = -1;
/** `seatCount` of a cell the careful path must decide. */
export const INVALID = -2;
const POWERS_OF_TEN = Array.from({ length: MAX_FAST_DIGITS + 1 }, (_, k) => 10 ** k);

/** A seat cell `bytes[start, end)` of plain digits; `EMPTY`; or `INVALID` (`12.0`, a sign, spaces, quotes). */
export function seatCount(bytes: Uint8Array, start: number, end: number): number {
  if (end === start) return EMPTY;
  if (end - start > MAX_FAST_DIGITS) return INVALID;
  let value = 0;
  for (let i = start; i < end; i++) {
    const digit = bytes[i]! - ZERO;
    if (digit < 0 || digit > 9) return INVALID;
    value = value * 10 + digit;
  }
  return value;
}

/**
 * `-?digits(.digits)?` of at most 15 digits (`,` for `.` in a decimal-comma file), exactly as `Number()`
 * reads it (an exact integer over an exact power of ten divides to the correctly rounded double); `NaN`
 * for anything else.
 */
export function parseDecimal(bytes: Uint8Array, start: number, end: number, point: number): number {
  let i = start;
  const negative = bytes[i] === MINUS;
  if (negative) i++;
  let digits = 0;
  let scale = -1;
  let value = 0;
  for (; i < end; i++) {
    const b = bytes[i]!;
    if (b === point && scale === -1) {
      scale = 0;
      continue;
    }
    const digit = b - ZERO;
    if (digit < 0 || digit > 9) return Number.NaN;
    value = value * 10 + digit;
    digits++;
    if (scale !== -1) scale++;
  }
  if (digits === 0 || digits > MAX_FAST_DIGITS || scale === 0) return Number.NaN;
  const result = scale > 0 ? value / POWERS_OF_TEN[scale]! : value;
  return negative ? -result : result;
}
