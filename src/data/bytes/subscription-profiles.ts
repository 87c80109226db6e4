import { CR, LF } from './byte-codes.js';
import { bytesEqual } from './bytes-equal.js';

/** Cell bounds are kept relative to the span, in 16 bits: a longer span is not remembered. */
const MAX_SPAN = 0xffff;

/**
 * What the byte reader remembers of each subscription: its last row's *attribute span* (the bytes from
 * its first attribute cell, such as the SKU, to its last, such as the partner attach type, with every
 * cell between), where each cell of the span starts and ends, and the row ids its attribute cells gave.
 * An export repeats a subscription's attributes every month, so when a row holds the same bytes where its
 * span starts, the reader skips scanning the span and every lookup in it: one comparison, four bytes at
 * a time. The scan is deterministic, so the same bytes from the start of a cell, followed by a cell's
 * end, are the same cells.
 */
export class SubscriptionProfiles {
  // Everything starts empty and grows on the first row, before the hot loop is optimised (see the table
  // builder's FIRST_CAPACITY).
  private bytes = new Uint8Array(0);
  private view = new DataView(this.bytes.buffer);
  private used = 0;
  /** Per subscription entry: where its span's bytes start in `bytes`, or -1 before its first row. */
  private start = new Int32Array(0);
  private length = new Int32Array(0);
  /** Per entry: line breaks inside quoted cells of the span, which the reader counts for line numbers. */
  private breaks = new Int32Array(0);
  /** Per entry and span cell: start and end, relative to the span's start. */
  private bounds = new Uint16Array(0);
  /** Per entry and id column from `firstCopied`: the row id the remembered cells gave. */
  private ids = new Uint32Array(0);

  /**
   * `cells`: how many cells the span has; `width`: the length of a row of ids; `firstCopied`: the first
   * position in it that the profile keeps (the ones before, the subscription and month, are the row's own).
   */
  constructor(
    private readonly cells: number,
    private readonly width: number,
    private readonly firstCopied: number,
  ) {}

  /**
   * The length of `entry`'s span when the bytes of `row` at `at` are those remembered, ending before
   * `limit`; otherwise -1. The caller checks that a cell ends right after.
   */
  match(entry: number, row: DataView, at: number, limit: number): number {
    if (entry >= this.start.length) return -1;
    const start = this.start[entry]!;
    if (start < 0) return -1;
    const length = this.length[entry]!;
    if (at + length >= limit || !bytesEqual(this.view, start, row, at, length)) return -1;
    return length;
  }

  /** After a `match`: copies the remembered ids into `rowIds` and returns the line breaks inside the span. */
  apply(entry: number, rowIds: Uint32Array): number {
    const base = entry * this.width;
    for (let c = this.firstCopied; c < this.width; c++) rowIds[c] = this.ids[base + c]!;
    return this.breaks[entry]!;
  }

  /** Where the span's last cell starts, relative to the span. */
  lastCellStart(entry: number): number {
    return this.bounds[(entry + 1) * 2 * this.cells - 2]!;
  }

  /**
   * Sets where the span's cells start and end (from cell `firstCell`) for a span matched at `at`. Only a
   * row that is decoded or kept needs them: the figures come from the remembered ids.
   */
  placeCells(
    entry: number,
    at: number,
    fieldStart: Int32Array,
    fieldEnd: Int32Array,
    firstCell: number,
  ): void {
    const bounds = this.bounds;
    let b = entry * 2 * this.cells;
    for (let cell = firstCell; cell < firstCell + this.cells; cell++) {
      fieldStart[cell] = at + bounds[b++]!;
      fieldEnd[cell] = at + bounds[b++]!;
    }
  }

  /** Remembers for `entry` the span of the row's cells from `firstCell` on, and the row's ids, replacing what was there. */
  remember(
    entry: number,
    row: Uint8Array,
    fieldStart: Int32Array,
    fieldEnd: Int32Array,
    firstCell: number,
    rowIds: Uint32Array,
  ): void {
    if (entry >= this.start.length) this.grow(entry);
    const from = fieldStart[firstCell]!;
    const to = fieldEnd[firstCell + this.cells - 1]!;
    const length = to - from;
    if (length > MAX_SPAN) {
      this.start[entry] = -1;
      return;
    }
    if (this.used + length > this.bytes.length) {
      const bigger = new Uint8Array(Math.max(1 << 16, this.bytes.length * 2, this.used + length));
      bigger.set(this.bytes.subarray(0, this.used));
      this.bytes = bigger;
      this.view = new DataView(bigger.buffer);
    }
    this.bytes.set(row.subarray(from, to), this.used);
    this.start[entry] = this.used;
    this.length[entry] = length;
    this.used += length;
    // Outside quotes a line break ends the row, so every break in the span is inside a quoted cell.
    let breaks = 0;
    for (let i = from; i < to; i++) {
      const b = row[i]!;
      if (b === CR || (b === LF && row[i - 1] !== CR)) breaks++;
    }
    this.breaks[entry] = breaks;
    let b = entry * 2 * this.cells;
    for (let cell = firstCell; cell < firstCell + this.cells; cell++) {
      this.bounds[b++] = fieldStart[cell]! - from;
      this.bounds[b++] = fieldEnd[cell]! - from;
    }
    const base = entry * this.width;
    for (let c = this.firstCopied; c < this.width; c++) this.ids[base + c] = rowIds[c]!;
  }

  private grow(entry: number): void {
    let size = Math.max(1024, this.start.length);
    while (size <= entry) size *= 2;
    const widen = <T extends Int32Array | Uint16Array | Uint32Array>(array: T, per: number): T => {
      const bigger = new (array.constructor as new (length: number) => T)(size * per);
      bigger.set(array);
      return bigger;
    };
    const start = new Int32Array(size).fill(-1);
    start.set(this.start);
    this.start = start;
    this.length = widen(this.length, 1);
    this.breaks = widen(this.breaks, 1);
    this.bounds = widen(this.bounds, 2 * this.cells);
    this.ids = widen(this.ids, this.width);
  }
}
