import { decodeText, EncodingTally } from '../text-encoding.js';
import { COMMA, CR, LF, QUOTE, SEMICOLON, TAB } from './byte-codes.js';
import { chooseDelimiter } from '../delimiter-detector.js';
import { unquote } from './cell-text.js';
import type { SubscriptionProfiles } from './subscription-profiles.js';

const MAX_FIELDS_START = 64;
/** `scanRow`'s answer for a row a stray quote broke (see `swallowsRow`). */
export const BROKEN = -2;

/**
 * The byte reader's first job: the bytes not read yet, and where the cells of the next row are. It finds
 * them by a byte scan, with no string per cell; a remembered attribute span (see `skipKnownSpan`, which
 * `RowIds` implements) is jumped over whole. Subclasses turn the cells into ids and rows.
 */
export abstract class RowScanner {
  protected work = new Uint8Array(1 << 16);
  protected workView = new DataView(this.work.buffer);
  protected length = 0;
  protected pos = 0;
  /** Bytes the unread tail must reach before the next try: a row longer than a chunk is scanned O(n) times, not O(n²). */
  protected retryAt = 0;
  protected delimiter = -1;
  /** Bytes above it are never a delimiter or line end: the scan skips them without a comparison each. */
  private plainAbove = COMMA;
  protected line = 1;
  protected fieldStart = new Int32Array(MAX_FIELDS_START);
  protected fieldEnd = new Int32Array(MAX_FIELDS_START);
  protected fieldCount = 0;
  protected rowBreaks = 0;
  protected rowContentEnd = 0;
  /** The header's number of cells (0 before the header). */
  protected width = 0;
  /** Cells that were not UTF-8 (read as Windows-1252), for the file's encoding warning. */
  protected readonly encoding = new EncodingTally();
  /**
   * The cells from a subscription's first attribute cell (a text column other than the id, month and end
   * date) to its last: the span its profile remembers. -1 when the header puts the subscription id after
   * it, or a month, end date, seat or revenue cell inside it; every row then looks its cells up one by one.
   */
  protected spanFirst = -1;
  protected spanLast = -1;
  protected profiles: SubscriptionProfiles | null = null;
  /** The row's subscription entry when the scan looked it up (-1: not yet), and whether its span matched. */
  protected rowEntry = -1;
  protected spanMatched = false;
  /** The matched span's profile record (see `SubscriptionProfiles`). */
  protected spanRecord = -1;
  /** Where the matched span starts in `work`, and whether its cells' bounds are set (see `placeSpanCells`). */
  protected spanAt = 0;
  protected spanPlaced = false;
  /** Line breaks inside quoted cells of the matched span. */
  protected spanBreaks = 0;

  /**
   * At the start of the row's first attribute cell: when the subscription's remembered span is there byte
   * for byte, and a cell ends right after it, sets the row's ids from it and returns where it ends; else -1.
   */
  protected abstract skipKnownSpan(at: number, end: number): number;

  protected append(chunk: Uint8Array): void {
    const tail = this.length - this.pos;
    const needed = tail + chunk.length + 1;
    if (needed > this.work.length) {
      const bigger = new Uint8Array(Math.max(needed, this.work.length * 2));
      bigger.set(this.work.subarray(this.pos, this.length));
      this.work = bigger;
      this.workView = new DataView(bigger.buffer);
    } else if (this.pos > 0) {
      this.work.copyWithin(0, this.pos, this.length);
    }
    this.work.set(chunk, tail);
    this.length = tail + chunk.length;
    this.pos = 0;
  }

  /** Reads with a delimiter found before (a later part of a split file: see `Utf8DelimitedReader.readPart`). */
  protected useDelimiter(delimiter: number): void {
    this.delimiter = delimiter;
    this.plainAbove = Math.max(COMMA, delimiter);
  }

  /** The delimiter from the first non-empty line, by the text path's rule (`chooseDelimiter`). */
  protected detectDelimiter(final: boolean): boolean {
    const bytes = this.work;
    let i = this.pos;
    if (this.line === 1 && bytes[i] === 0xef && bytes[i + 1] === 0xbb && bytes[i + 2] === 0xbf) i += 3;
    let first = i;
    while (first < this.length && (bytes[first] === LF || bytes[first] === CR)) first++;
    if (first === this.length) return false;
    let stop = first;
    let tabs = 0;
    let commas = 0;
    let semicolons = 0;
    for (; stop < this.length && bytes[stop] !== LF && bytes[stop] !== CR; stop++) {
      if (bytes[stop] === TAB) tabs++;
      else if (bytes[stop] === COMMA) commas++;
      else if (bytes[stop] === SEMICOLON) semicolons++;
    }
    if (stop === this.length && !final) return false;
    this.delimiter = chooseDelimiter(commas, tabs, semicolons).charCodeAt(0);
    this.plainAbove = Math.max(COMMA, this.delimiter);
    this.pos = i;
    return true;
  }

  /**
   * Finds the cells of the row at `start`: sets `fieldStart`/`fieldEnd` (a quoted cell keeps its quotes),
   * `rowContentEnd` (before the line end) and `rowBreaks` (line breaks inside quotes). Returns where the
   * next row starts, -1 when the row may go on in the next chunk, or `BROKEN`.
   */
  protected scanRow(start: number, final: boolean): number {
    const bytes = this.work;
    const end = this.length;
    const delimiter = this.delimiter;
    const plainAbove = this.plainAbove;
    const view = this.workView;
    // Each byte of `word - below` borrows into its top bit when that byte of `word` is below
    // plainAbove + 1 (`& ~word` drops bytes of 0x80 and up, which are never a delimiter): one test for four.
    const below = Math.imul(0x01010101, plainAbove + 1);
    if (start >= end) return -1;
    let i = start;
    let f = 0;
    let breaks = 0;
    this.rowEntry = -1;
    this.spanMatched = false;
    this.spanPlaced = false;
    for (;;) {
      if (f === this.fieldStart.length) this.growFields();
      let cellStart = i;
      if (f === this.spanFirst) {
        const spanEnd = this.skipKnownSpan(i, end);
        if (spanEnd >= 0) {
          // The row's ids are the span's; the scan goes on in its last cell, whose bounds it sets as usual.
          breaks += this.spanBreaks;
          f = this.spanLast;
          cellStart = this.spanAt + this.profiles!.lastCellStart(this.spanRecord);
          i = spanEnd;
        }
      }
      let b = bytes[i]!;
      if (b === QUOTE && i < end) {
        i++;
        for (;;) {
          while (i < end && (b = bytes[i]!) !== QUOTE) {
            if (b === CR || (b === LF && bytes[i - 1] !== CR)) {
              breaks++;
              if (this.width > 1 && this.swallowsRow(i)) return BROKEN;
            }
            i++;
          }
          if (i >= end) break;
          if (bytes[i + 1] !== QUOTE || i + 1 >= end) {
            i++;
            break;
          }
          i += 2;
        }
        if (i >= end && !final) return -1;
      }
      // Unquoted text, or what follows a closing quote: up to the delimiter or the line end. Four bytes at
      // a time while none of them is at or below `plainAbove` (no delimiter, quote or line end among them).
      while (i + 4 <= end) {
        const word = view.getUint32(i, true);
        if (((word - below) & ~word & 0x80808080) !== 0) break;
        i += 4;
      }
      for (;;) {
        b = bytes[i]!;
        if (b > plainAbove) {
          i++;
          continue;
        }
        if (b === delimiter || b === LF || b === CR) break;
        i++;
      }
      this.fieldStart[f] = cellStart;
      this.fieldEnd[f] = i;
      f++;
      if (i < end && b === delimiter) {
        i++;
        continue;
      }
      if (i >= end && !final) return -1;
      this.fieldCount = f;
      this.rowBreaks = breaks;
      this.rowContentEnd = i;
      if (i >= end) return end;
      if (b === CR) {
        // A CR as the chunk's last byte may be the first half of a CRLF.
        if (i + 1 >= end && !final) return -1;
        return bytes[i + 1] === LF ? i + 2 : i + 1;
      }
      return i + 1;
    }
  }

  /**
   * Whether the line after the line break inside quotes at `at` holds no quote and at least width − 1
   * delimiters before its own line break: a row a stray quote swallowed (the text tokenizer's rule).
   */
  private swallowsRow(at: number): boolean {
    const bytes = this.work;
    let i = bytes[at] === CR && bytes[at + 1] === LF ? at + 2 : at + 1;
    let delimiters = 0;
    for (; i < this.length; i++) {
      const b = bytes[i]!;
      if (b === this.delimiter) delimiters++;
      else if (b === LF || b === CR) return delimiters >= this.width - 1;
      else if (b === QUOTE) return false;
    }
    return false;
  }

  /**
   * Skips the first line of the row at `rowStart` (on `line`), which a stray quote broke, so that reading
   * goes on at the line after it, as the text tokenizer does.
   */
  protected skipBrokenLine(rowStart: number, line: number): void {
    const bytes = this.work;
    let i = rowStart;
    let quoted = false;
    let cellStart = true;
    // The row's first line ends inside quotes: find that line break as the scan did.
    for (; ; i++) {
      const b = bytes[i]!;
      if (quoted) {
        if (b === CR || b === LF) break;
        if (b === QUOTE) {
          if (bytes[i + 1] === QUOTE) i++;
          else quoted = false;
        }
      } else if (b === QUOTE && cellStart) {
        quoted = true;
      }
      cellStart = !quoted && b === this.delimiter;
    }
    this.pos = bytes[i] === CR && bytes[i + 1] === LF ? i + 2 : i + 1;
    this.line = line + 1;
  }

  /** A cell's text, its bytes decoded once (see `decodeText`); the row's line is where it was first seen. */
  protected decodeCell(start: number, end: number): string {
    // Read while the row is taken: `line` has moved past it already.
    const line = this.line - 1 - this.rowBreaks;
    return unquote(this.work, start, decodeText(this.work.subarray(start, end), this.encoding, line));
  }

  protected growFields(): void {
    const grow = (array: Int32Array) => {
      const bigger = new Int32Array(array.length * 2);
      bigger.set(array);
      return bigger;
    };
    this.fieldStart = grow(this.fieldStart);
    this.fieldEnd = grow(this.fieldEnd);
  }
}
