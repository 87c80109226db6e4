import { bytesEqual } from './bytes-equal.js';

/**
 * Byte strings to small numbers without making a string per lookup: an open-addressing hash table whose
 * keys live in one byte pool. A usage export repeats a few thousand names over millions of rows, so the
 * reader decodes each distinct cell once and afterwards only hashes and compares bytes.
 */
export class ByteInterner {
  /** Per entry: what the caller stored for the key (a dictionary id, or -1 for an unusable cell). */
  readonly values: number[] = [];
  /** Per entry: a second number for the caller (the customer key's id, for names and tenant ids). */
  readonly extras: number[] = [];
  // The pool and the slots start (nearly) empty, so that growing runs on the first keys, before the hot
  // loop is optimised: a branch first taken after that would send the optimised code back to the
  // interpreter (see the table builder's FIRST_CAPACITY).
  private pool = new Uint8Array(0);
  private poolView = new DataView(this.pool.buffer);
  private poolUsed = 0;
  private starts: number[] = [];
  private lengths: number[] = [];
  private hashes: number[] = [];
  /** Entry + 1 per slot, 0 for an empty slot; kept at most half full. */
  private slots = new Int32Array(2);
  private mask = 1;

  get size(): number {
    return this.values.length;
  }

  /** The entry of `bytes[start, end)` with hash `hash` (see `hashBytes`), or -1. */
  find(bytes: Uint8Array, view: DataView, start: number, end: number, hash: number): number {
    const length = end - start;
    for (let slot = hash & this.mask; ; slot = (slot + 1) & this.mask) {
      const entry = this.slots[slot]! - 1;
      if (entry < 0) return -1;
      if (
        this.hashes[entry] === hash &&
        this.lengths[entry] === length &&
        bytesEqual(this.poolView, this.starts[entry]!, view, start, length)
      )
        return entry;
    }
  }

  /** Adds a key not yet in the table; returns its entry. */
  add(bytes: Uint8Array, start: number, end: number, hash: number, value: number, extra = -1): number {
    const length = end - start;
    if (this.poolUsed + length > this.pool.length) {
      const bigger = new Uint8Array(Math.max(1 << 16, this.pool.length * 2, this.poolUsed + length));
      bigger.set(this.pool.subarray(0, this.poolUsed));
      this.pool = bigger;
      this.poolView = new DataView(bigger.buffer);
    }
    this.pool.set(bytes.subarray(start, end), this.poolUsed);
    const entry = this.values.length;
    this.starts.push(this.poolUsed);
    this.lengths.push(length);
    this.hashes.push(hash);
    this.values.push(value);
    this.extras.push(extra);
    this.poolUsed += length;
    if ((entry + 1) * 2 > this.slots.length) this.rehash();
    else this.place(entry);
    return entry;
  }

  private place(entry: number): void {
    let slot = this.hashes[entry]! & this.mask;
    while (this.slots[slot] !== 0) slot = (slot + 1) & this.mask;
    this.slots[slot] = entry + 1;
  }

  private rehash(): void {
    this.slots = new Int32Array(this.slots.length * 2);
    this.mask = this.slots.length - 1;
    for (let entry = 0; entry < this.values.length; entry++) this.place(entry);
  }
}

/**
 * FNV-1a over at most 16 bytes of `bytes[start, end)` (all of a short key; the first and last 8 of a
 * longer one) and its length, mixed at the end so that the low bits (the slot) depend on all of them.
 * Hashing every byte of a 36-character GUID on every row would cost more than the rest of the row: the
 * samples spread keys well enough, and `find` compares whole keys, so a shared sample costs a probe, never
 * a wrong answer.
 */
export function hashBytes(bytes: Uint8Array, start: number, end: number): number {
  let hash = 0x811c9dc5 ^ (end - start);
  if (end - start <= 16) {
    for (let i = start; i < end; i++) hash = Math.imul(hash ^ bytes[i]!, 0x01000193);
  } else {
    for (let i = start; i < start + 8; i++) hash = Math.imul(hash ^ bytes[i]!, 0x01000193);
    for (let i = end - 8; i < end; i++) hash = Math.imul(hash ^ bytes[i]!, 0x01000193);
  }
  hash ^= hash >>> 15;
  return Math.imul(hash, 0x2c1b3c6d) | 0;
}
