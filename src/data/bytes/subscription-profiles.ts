import { CR, LF } from './byte-codes.js';
import { bytesEqual } from './bytes-equal.js';

/** Cell bounds are kept relative to the span, in 16 bits: a longer span is not remembered. */
const MAX_SPAN = 0xffff;
/** A record's first words: its span's length, the line breaks inside it, where its last cell starts. */
const LENGTH = 0;
const BREAKS = 1;
const LAST_CELL = 2;
const HEADER_WORDS = 3;

/**
 * What the byte reader remembers of each subscription: its last row's *attribute span* (the bytes from
 * its first attribute cell, such as the SKU, to its last, such as the partner attach type, with every
 * cell between), where each cell of the span starts and ends, and the row ids its attribute cells gave.
 * An export repeats a subscription's attributes every month, so when a row holds the same bytes where its
 * span starts, the reader skips scanning the span and every lookup in it: one comparison, eight bytes at
 * a time. The scan is deterministic, so the same bytes from the start of a cell, followed by a cell's
 * end, are the same cells.
 *
 * Each subscription's profile is one *record*, its parts side by side in one buffer (header, ids, span
 * bytes, then the cell bounds that only decoded or kept rows need): a row whose subscription's months lie
 * far apart in the file reads a few adjacent cache lines, not one line in each of six arrays.
 */
export class SubscriptionProfiles {
  // Everything starts empty and grows on the first row, before the hot loop is optimised (see the table
  // builder's FIRST_CAPACITY).
  private buffer = new ArrayBuffer(0);
  private bytes = new Uint8Array(this.buffer);
  private view = new DataView(this.buffer);
  private words = new Int32Array(this.buffer);
  private ids = new Uint32Array(this.buffer);
  private halves = new Uint16Array(this.buffer);
  private used = 0;
  /** Where a record's span starts, in bytes from the record: after the header and the ids. */
  private readonly spanAt: number;

  /**
   * `cells`: how many cells the span has; `width`: the length of a row of ids; `firstCopied`: the first
   * position in it that the profile keeps (the ones before, the subscription and month, are the row's own).
   */
  constructor(
    private readonly cells: number,
    private readonly width: number,
    private readonly firstCopied: number,
  ) {
    this.spanAt = 4 * (HEADER_WORDS + width - firstCopied);
  }

  /**
   * The length of `record`'s span (-1: none) when the bytes of `row` at `at` are those remembered, ending
   * before `limit`; otherwise -1. The caller checks that a cell ends right after.
   */
  match(record: number, row: DataView, at: number, limit: number): number {
    if (record < 0) return -1;
    const length = this.words[(record >> 2) + LENGTH]!;
    if (at + length >= limit || !bytesEqual(this.view, record + this.spanAt, row, at, length)) return -1;
    return length;
  }

  /** After a `match`: copies the remembered ids into `rowIds` and returns the line breaks inside the span. */
  apply(record: number, rowIds: Uint32Array): number {
    const ids = this.ids;
    let from = (record >> 2) + HEADER_WORDS;
    for (let c = this.firstCopied; c < this.width; c++) rowIds[c] = ids[from++]!;
    return this.words[(record >> 2) + BREAKS]!;
  }

  /** Where the span's last cell starts, relative to the span. */
  lastCellStart(record: number): number {
    return this.words[(record >> 2) + LAST_CELL]!;
  }

  /**
   * Sets where the span's cells start and end (from cell `firstCell`) for a span matched at `at`. Only a
   * row that is decoded or kept needs them: the figures come from the remembered ids.
   */
  placeCells(
    record: number,
    at: number,
    fieldStart: Int32Array,
    fieldEnd: Int32Array,
    firstCell: number,
  ): void {
    const bounds = this.halves;
    let b = this.boundsAt(record, this.words[(record >> 2) + LENGTH]!) >> 1;
    for (let cell = firstCell; cell < firstCell + this.cells; cell++) {
      fieldStart[cell] = at + bounds[b++]!;
      fieldEnd[cell] = at + bounds[b++]!;
    }
  }

  /**
   * A new record of the row's span (its cells from `firstCell` on) and the row's ids; returns where it is,
   * or -1 for a span too long to remember. A subscription whose span changed gets a new record.
   */
  remember(
    row: Uint8Array,
    fieldStart: Int32Array,
    fieldEnd: Int32Array,
    firstCell: number,
    rowIds: Uint32Array,
  ): number {
    const from = fieldStart[firstCell]!;
    const to = fieldEnd[firstCell + this.cells - 1]!;
    const length = to - from;
    if (length > MAX_SPAN) return -1;
    const record = this.used;
    const end = this.boundsAt(record, length) + 4 * this.cells;
    // Records start at multiples of 8, so the header and ids are aligned words.
    this.used = (end + 7) & ~7;
    if (this.used > this.buffer.byteLength) this.grow();
    const words = record >> 2;
    this.words[words + LENGTH] = length;
    this.bytes.set(row.subarray(from, to), record + this.spanAt);
    // Outside quotes a line break ends the row, so every break in the span is inside a quoted cell.
    let breaks = 0;
    for (let i = from; i < to; i++) {
      const b = row[i]!;
      if (b === CR || (b === LF && row[i - 1] !== CR)) breaks++;
    }
    this.words[words + BREAKS] = breaks;
    this.words[words + LAST_CELL] = fieldStart[firstCell + this.cells - 1]! - from;
    let id = words + HEADER_WORDS;
    for (let c = this.firstCopied; c < this.width; c++) this.ids[id++] = rowIds[c]!;
    let b = this.boundsAt(record, length) >> 1;
    for (let cell = firstCell; cell < firstCell + this.cells; cell++) {
      this.halves[b++] = fieldStart[cell]! - from;
      this.halves[b++] = fieldEnd[cell]! - from;
    }
    return record;
  }

  /** Where a record's cell bounds start, in bytes: after its span, at an even offset. */
  private boundsAt(record: number, length: number): number {
    return record + this.spanAt + ((length + 1) & ~1);
  }

  private grow(): void {
    const buffer = new ArrayBuffer(Math.max(1 << 16, this.buffer.byteLength * 2, this.used));
    new Uint8Array(buffer).set(this.bytes);
    this.buffer = buffer;
    this.bytes = new Uint8Array(buffer);
    this.view = new DataView(buffer);
    this.words = new Int32Array(buffer);
    this.ids = new Uint32Array(buffer);
    this.halves = new Uint16Array(buffer);
  }
}
