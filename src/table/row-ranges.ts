import { countQuotes, firstRowBoundary } from '../data/bytes/quote-parity.js';

/** Reads up to `length` bytes of a file at `at` (fewer at its end, none past it). */
export type ReadAt = (at: number, length: number) => Uint8Array;

/** Bytes `[start, end)` of a file. */
export interface ByteRange {
  start: number;
  end: number;
}

/** Bytes read at a time while counting quotes and looking for a row's end. */
const WINDOW = 1 << 20;

/**
 * A file of `size` bytes cut into at most `parts` ranges of about equal size, each cut just past a line
 * feed outside quotes (see quote-parity.ts), so that every range holds whole rows and a quoted cell's line
 * break never ends one; the first range starts at 0 and holds at least `from` bytes (the header). Fewer
 * ranges when rows are too long or the file too short for `parts`. Reads the file up to the last cut,
 * counting quotes, as `readAt` gives it, `window` bytes at a time.
 */
export function rowRanges(
  size: number,
  parts: number,
  readAt: ReadAt,
  from = 0,
  window = WINDOW,
): ByteRange[] {
  const cuts = [0];
  let counted = 0;
  let quotes = 0;
  for (let part = 1; part < parts; part++) {
    const target = Math.max(Math.floor((size * part) / parts), from, cuts.at(-1)!);
    while (counted < target) {
      const bytes = readAt(counted, Math.min(window, target - counted));
      if (bytes.length === 0) break;
      quotes += countQuotes(bytes);
      counted += bytes.length;
    }
    const cut = rowEndFrom(counted, quotes % 2 === 0, readAt, window);
    if (cut < 0 || cut >= size) break;
    cuts.push(cut);
  }
  cuts.push(size);
  return cuts.slice(1).map((end, i) => ({ start: cuts[i]!, end }));
}

/** Just past the first line feed at or after `at` that ends a row (`even`: the quotes before `at`), or -1. */
function rowEndFrom(at: number, even: boolean, readAt: ReadAt, window: number): number {
  for (;;) {
    const bytes = readAt(at, window);
    if (bytes.length === 0) return -1;
    const end = firstRowBoundary(bytes, even);
    if (end >= 0) return at + end;
    even = even === (countQuotes(bytes) % 2 === 0);
    at += bytes.length;
  }
}
