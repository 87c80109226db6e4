import { bytesEqual } from './bytes-equal.js';

/**
 * What the byte reader remembers of each subscription: the bytes of its attribute cells (SKU, customer,
 * market, …) in its last row, and the row ids those cells gave. An export repeats a subscription's
 * attributes every month, so one byte comparison usually replaces a lookup per cell.
 */
export class SubscriptionProfiles {
  private bytes = new Uint8Array(1 << 16);
  private view = new DataView(this.bytes.buffer);
  private used = 0;
  /** Per subscription entry: where its bytes start, or -1 before its first row. */
  private start = new Int32Array(1024).fill(-1);
  /** Per subscription entry and id column: the cell's byte length, and the row id it gave. */
  private lengths = new Int32Array(0);
  private ids = new Uint32Array(0);

  /** `firstCopied`: the first position of a row of ids that the profile keeps (the ones before are the row's own). */
  constructor(
    private readonly width: number,
    private readonly firstCopied: number,
  ) {
    this.lengths = new Int32Array(1024 * width);
    this.ids = new Uint32Array(1024 * width);
  }

  /**
   * Whether the row's cells in `columns` are byte for byte those remembered for `entry`; if so, copies
   * the remembered ids into `rowIds`.
   */
  matches(
    entry: number,
    row: DataView,
    fieldStart: Int32Array,
    fieldEnd: Int32Array,
    cellOf: Int32Array,
    columns: readonly number[],
    rowIds: Uint32Array,
  ): boolean {
    if (entry >= this.start.length) return false;
    let at = this.start[entry] as number;
    if (at < 0) return false;
    const base = entry * this.width;
    for (const c of columns) {
      const cell = cellOf[c] as number;
      const s = fieldStart[cell] as number;
      const length = (fieldEnd[cell] as number) - s;
      if (length !== this.lengths[base + c] || !bytesEqual(this.view, at, row, s, length)) return false;
      at += length;
    }
    for (let c = this.firstCopied; c < this.width; c++) rowIds[c] = this.ids[base + c] as number;
    return true;
  }

  /** Remembers the row's cells in `columns` and its ids for `entry`, replacing what was there. */
  remember(
    entry: number,
    row: Uint8Array,
    fieldStart: Int32Array,
    fieldEnd: Int32Array,
    cellOf: Int32Array,
    columns: readonly number[],
    rowIds: Uint32Array,
  ): void {
    if (entry >= this.start.length) this.grow(entry);
    let total = 0;
    for (const c of columns)
      total += (fieldEnd[cellOf[c] as number] as number) - (fieldStart[cellOf[c] as number] as number);
    if (this.used + total > this.bytes.length) {
      const bigger = new Uint8Array(Math.max(this.bytes.length * 2, this.used + total));
      bigger.set(this.bytes.subarray(0, this.used));
      this.bytes = bigger;
      this.view = new DataView(bigger.buffer);
    }
    const base = entry * this.width;
    this.start[entry] = this.used;
    for (const c of columns) {
      const cell = cellOf[c] as number;
      const s = fieldStart[cell] as number;
      const e = fieldEnd[cell] as number;
      this.bytes.set(row.subarray(s, e), this.used);
      this.used += e - s;
      this.lengths[base + c] = e - s;
    }
    for (let c = this.firstCopied; c < this.width; c++) this.ids[base + c] = rowIds[c] as number;
  }

  private grow(entry: number): void {
    let size = this.start.length;
    while (size <= entry) size *= 2;
    const start = new Int32Array(size).fill(-1);
    start.set(this.start);
    this.start = start;
    const lengths = new Int32Array(size * this.width);
    lengths.set(this.lengths);
    this.lengths = lengths;
    const ids = new Uint32Array(size * this.width);
    ids.set(this.ids);
    this.ids = ids;
  }
}
