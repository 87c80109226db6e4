import { CR, LF, QUOTE } from './byte-codes.js';

// Where a delimited file may be cut into parts that are read apart: at a line feed outside quotes. A line
// feed is outside quotes iff the `"` bytes before it, from the file's start, are even in number (RFC 4180
// writes a quote inside a quoted cell as `""`, which keeps the count's parity). A block's own count is
// enough to carry the parity on: the parity at a block's start is that of the counts of the blocks before.
// Native `indexOf` finds each byte, so a block costs a call per quote and per line, not a loop per byte.

/** The `"` bytes in `bytes[from, to)`. */
export function countQuotes(bytes: Uint8Array, from = 0, to = bytes.length): number {
  let count = 0;
  for (let at = bytes.indexOf(QUOTE, from); at !== -1 && at < to; at = bytes.indexOf(QUOTE, at + 1)) count++;
  return count;
}

/**
 * Just past the first line feed of `bytes` that ends a row, given whether the quotes before `bytes[0]`
 * (from the file's start) are even in number; -1 when no line feed in `bytes` ends a row.
 */
export function firstRowBoundary(bytes: Uint8Array, evenAtStart: boolean): number {
  let even = evenAtStart;
  let quote = bytes.indexOf(QUOTE);
  for (let lf = bytes.indexOf(LF); lf !== -1; lf = bytes.indexOf(LF, lf + 1)) {
    while (quote !== -1 && quote < lf) {
      even = !even;
      quote = bytes.indexOf(QUOTE, quote + 1);
    }
    if (even) return lf + 1;
  }
  return -1;
}

/**
 * Just past the last line feed of `bytes` that ends a row, given whether the quotes before `bytes[0]`
 * are even in number; -1 when none does. The bytes from it on start the next part's first row.
 */
export function lastRowBoundary(bytes: Uint8Array, evenAtStart: boolean): number {
  // The parity just past the end, then walked back: each quote passed flips it.
  let even = evenAtStart === (countQuotes(bytes) % 2 === 0);
  let quote = bytes.lastIndexOf(QUOTE);
  for (let lf = bytes.lastIndexOf(LF); lf !== -1; lf = lf === 0 ? -1 : bytes.lastIndexOf(LF, lf - 1)) {
    while (quote !== -1 && quote > lf) {
      even = !even;
      quote = quote === 0 ? -1 : bytes.lastIndexOf(QUOTE, quote - 1);
    }
    if (even) return lf + 1;
  }
  return -1;
}

/**
 * The line ends in `bytes[from, to)` as the reader counts lines: a line feed, a carriage return, and a
 * CRLF once. `next` is the byte after `to` (-1 at the end of the file), for a CR that ends the range;
 * by default the byte there in `bytes`.
 */
export function countLineEnds(
  bytes: Uint8Array,
  from = 0,
  to = bytes.length,
  next = to < bytes.length ? bytes[to]! : -1,
): number {
  let count = 0;
  for (let at = bytes.indexOf(LF, from); at !== -1 && at < to; at = bytes.indexOf(LF, at + 1)) count++;
  for (let at = bytes.indexOf(CR, from); at !== -1 && at < to; at = bytes.indexOf(CR, at + 1)) {
    if ((at + 1 < to ? bytes[at + 1]! : next) !== LF) count++;
  }
  return count;
}
