import { CR, LF } from './byte-codes.js';
import { bytesEqual } from './bytes-equal.js';

/** Cell bounds are kept relative to the span, in 16 bits: a longer span is not remembered. */
const MAX_SPAN = 0xffff;
/**
 * A record's first words: its span's length (-1: none remembered), the line breaks inside the span, where
 * its last cell starts, the subscription's interner entry and its key's length; then the ids it copies.
 */
const SPAN_LENGTH = 0;
const BREAKS = 1;
const LAST_CELL = 2;
const ENTRY = 3;
const KEY_LENGTH = 4;
const HEADER_WORDS = 5;

/**
 * What the byte reader remembers of each subscription: its last row's *attribute span* (the bytes from
 * its first attribute cell, such as the SKU, to its last, such as the partner attach type, with every
 * cell between), where each cell of the span starts and ends, and the row ids its attribute cells gave.
 * An export repeats a subscription's attributes every month, so when a row holds the same bytes where its
 * span starts, the reader skips scanning the span and every lookup in it: one comparison, eight bytes at
 * a time. The scan is deterministic, so the same bytes from the start of a cell, followed by a cell's
 * end, are the same cells.
 *
 * Each subscription is one *record*, its parts side by side in one buffer: header, ids, the subscription
 * id's bytes (its key: the profiles are their own hash table), the span, then the cell bounds that only
 * decoded or kept rows need. A row whose subscription's months lie far apart in the file reads its slot
 * and a few adjacent cache lines, not a line in each of eight arrays.
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
  /** Per slot: the key's hash and its record + 1 (0: empty); kept at most half full. */
  private slots = new Int32Array(4);
  private mask = 1;
  private count = 0;
  /** Where a record's key starts, in bytes from the record: after the header and the ids. */
  private readonly keyAt: number;

  /**
   * `cells`: how many cells the span has; `width`: the length of a row of ids; `firstCopied`: the first
   * position in it that the profile keeps (the ones before, the subscription and month, are the row's own).
   */
  constructor(
    private readonly cells: number,
    private readonly width: number,
    private readonly firstCopied: number,
  ) {
    this.keyAt = 4 * (HEADER_WORDS + width - firstCopied);
  }

  /** The record of the subscription id `row[start, end)` with hash `hash` (see `hashBytes`), or -1. */
  find(view: DataView, start: number, end: number, hash: number): number {
    const length = end - start;
    const slots = this.slots;
    for (let slot = hash & this.mask; ; slot = (slot + 1) & this.mask) {
      const record = slots[2 * slot + 1]! - 1;
      if (record < 0) return -1;
      if (
        slots[2 * slot] === hash &&
        this.words[(record >> 2) + KEY_LENGTH] === length &&
        bytesEqual(this.view, record + this.keyAt, view, start, length)
      )
        return record;
    }
  }

  /**
   * The length of `record`'s span when the bytes of `row` at `at` are those remembered, ending before
   * `limit`; otherwise -1. The caller checks that a cell ends right after.
   */
  match(record: number, row: DataView, at: number, limit: number): number {
    const words = record >> 2;
    const length = this.words[words + SPAN_LENGTH]!;
    if (length < 0 || at + length >= limit) return -1;
    const span = record + this.keyAt + this.words[words + KEY_LENGTH]!;
    return bytesEqual(this.view, span, row, at, length) ? length : -1;
  }

  /** The subscription's entry in the reader's interner of subscription ids. */
  entry(record: number): number {
    return this.words[(record >> 2) + ENTRY]!;
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
    let b = this.boundsAt(record) >> 1;
    for (let cell = firstCell; cell < firstCell + this.cells; cell++) {
      fieldStart[cell] = at + bounds[b++]!;
      fieldEnd[cell] = at + bounds[b++]!;
    }
  }

  /**
   * Remembers the row's span (its cells from `firstCell` on) and ids for the subscription whose id is
   * `row[keyStart, keyEnd)` (hash `hash`, interner entry `entry`), in a new record that replaces its last
   * one. A span too long to remember is kept as none.
   */
  remember(
    row: Uint8Array,
    rowView: DataView,
    keyStart: number,
    keyEnd: number,
    hash: number,
    entry: number,
    fieldStart: Int32Array,
    fieldEnd: Int32Array,
    firstCell: number,
    rowIds: Uint32Array,
  ): void {
    const from = fieldStart[firstCell]!;
    const to = fieldEnd[firstCell + this.cells - 1]!;
    const keyLength = keyEnd - keyStart;
    const spanLength = to - from > MAX_SPAN ? -1 : to - from;
    const record = this.used;
    const spanAt = record + this.keyAt + keyLength;
    const end = spanAt + Math.max(spanLength, 0) + 1 + 4 * this.cells;
    // Records start at multiples of 8, so the header and ids are aligned words.
    this.used = (end + 7) & ~7;
    if (this.used > this.buffer.byteLength) this.grow();
    const words = record >> 2;
    this.words[words + SPAN_LENGTH] = spanLength;
    this.words[words + ENTRY] = entry;
    this.words[words + KEY_LENGTH] = keyLength;
    this.bytes.set(row.subarray(keyStart, keyEnd), record + this.keyAt);
    this.place(record, hash, rowView, keyStart, keyLength);
    if (spanLength < 0) return;
    this.bytes.set(row.subarray(from, to), spanAt);
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
    let b = this.boundsAt(record) >> 1;
    for (let cell = firstCell; cell < firstCell + this.cells; cell++) {
      this.halves[b++] = fieldStart[cell]! - from;
      this.halves[b++] = fieldEnd[cell]! - from;
    }
  }

  /** Points the key's slot at `record`: the one the key had, or a new one. */
  private place(record: number, hash: number, rowView: DataView, keyStart: number, keyLength: number): void {
    if ((this.count + 1) * 2 > this.slots.length / 2) this.rehash();
    let slot = hash & this.mask;
    for (; ; slot = (slot + 1) & this.mask) {
      const old = this.slots[2 * slot + 1]! - 1;
      if (old < 0) break;
      if (
        this.slots[2 * slot] === hash &&
        this.words[(old >> 2) + KEY_LENGTH] === keyLength &&
        bytesEqual(this.view, old + this.keyAt, rowView, keyStart, keyLength)
      ) {
        this.slots[2 * slot + 1] = record + 1;
        return;
      }
    }
    this.slots[2 * slot] = hash;
    this.slots[2 * slot + 1] = record + 1;
    this.count++;
  }

  /** Where a record's cell bounds start, in bytes: after its key and span, at an even offset. */
  private boundsAt(record: number): number {
    const words = record >> 2;
    const span = Math.max(this.words[words + SPAN_LENGTH]!, 0);
    return (record + this.keyAt + this.words[words + KEY_LENGTH]! + span + 1) & ~1;
  }

  /** Twice the slots, the records placed again by the hashes their slots kept. */
  private rehash(): void {
    const old = this.slots;
    this.slots = new Int32Array(old.length * 2);
    this.mask = this.slots.length / 2 - 1;
    for (let at = 0; at < old.length; at += 2) {
      if (old[at + 1] === 0) continue;
      let slot = old[at]! & this.mask;
      while (this.slots[2 * slot + 1] !== 0) slot = (slot + 1) & this.mask;
      this.slots[2 * slot] = old[at]!;
      this.slots[2 * slot + 1] = old[at + 1]!;
    }
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
