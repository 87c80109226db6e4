import { bytesEqual } from './bytes-equal.js';

/** Numbers per entry in `meta`: key start, key length, value, extra. */
const META = 4;

/**
 * Byte strings to small numbers without making a string per lookup: an open-addressing hash table whose
 * keys live in one byte pool. A usage export repeats a few thousand names over millions of rows, so the
 * reader decodes each distinct cell once and afterwards only hashes and compares bytes.
 */
export class ByteInterner {
  /**
   * Per entry, side by side: where its key starts in the pool, its length, what the caller stored for it
   * (a dictionary id, or -1 for an unusable cell) and a second number for the caller (for names and tenant
   * ids the customer key's id): a lookup reads one cache line, not four arrays (on an export whose rows
   * come in no order, each is a cache miss).
   */
  private meta = new Int32Array(0);
  private count = 0;
  // The pool and the slots start (nearly) empty, so that growing runs on the first keys, before the hot
  // loop is optimised: a branch first taken after that would send the optimised code back to the
  // interpreter (see the table builder's FIRST_CAPACITY).
  private pool = new Uint8Array(0);
  private poolView = new DataView(this.pool.buffer);
  private poolUsed = 0;
  /** Per slot: the key's hash and its entry + 1 (0: empty), so a probe reads an entry only when the hashes agree. */
  private slots = new Int32Array(4);
  private mask = 1;

  get size(): number {
    return this.count;
  }

  /** What the caller stored for `entry`. */
  value(entry: number): number {
    return this.meta[entry * META + 2]!;
  }

  /** The caller's second number for `entry` (-1 unless set). */
  extra(entry: number): number {
    return this.meta[entry * META + 3]!;
  }

  setExtra(entry: number, extra: number): void {
    this.meta[entry * META + 3] = extra;
  }

  /** The entry of `bytes[start, end)` with hash `hash` (see `hashBytes`), or -1. */
  find(bytes: Uint8Array, view: DataView, start: number, end: number, hash: number): number {
    const length = end - start;
    const slots = this.slots;
    for (let slot = hash & this.mask; ; slot = (slot + 1) & this.mask) {
      const entry = slots[2 * slot + 1]! - 1;
      if (entry < 0) return -1;
      if (slots[2 * slot] !== hash) continue;
      const at = entry * META;
      if (this.meta[at + 1] === length && bytesEqual(this.poolView, this.meta[at]!, view, start, length))
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
    const entry = this.count++;
    if (entry * META >= this.meta.length) {
      const bigger = new Int32Array(Math.max(64, this.meta.length * 2));
      bigger.set(this.meta);
      this.meta = bigger;
    }
    const at = entry * META;
    this.meta[at] = this.poolUsed;
    this.meta[at + 1] = length;
    this.meta[at + 2] = value;
    this.meta[at + 3] = extra;
    this.poolUsed += length;
    if (this.count * 2 > this.slots.length / 2) this.rehash();
    this.place(entry, hash);
    return entry;
  }

  private place(entry: number, hash: number): void {
    let slot = hash & this.mask;
    while (this.slots[2 * slot + 1] !== 0) slot = (slot + 1) & this.mask;
    this.slots[2 * slot] = hash;
    this.slots[2 * slot + 1] = entry + 1;
  }

  /** Twice the slots, the entries placed again by the hashes their slots kept. */
  private rehash(): void {
    const old = this.slots;
    this.slots = new Int32Array(old.length * 2);
    this.mask = this.slots.length / 2 - 1;
    for (let slot = 0; slot < old.length; slot += 2)
      if (old[slot + 1] !== 0) this.place(old[slot + 1]! - 1, old[slot]!);
  }
}

/**
 * A hash of `bytes[start, end)` (`view` is a DataView of the same bytes): of a key of 8 bytes or more, its
 * first and last 8 read as four 32-bit words (overlapping in a key shorter than 16), of a shorter one each
 * byte, with its length, mixed at the end so that the low bits (the slot) depend on all of them. Hashing
 * every byte of a 36-character GUID on every row would cost more than the rest of the row: the samples
 * spread keys well enough, and `find` compares whole keys, so a shared sample costs a probe, never a
 * wrong answer.
 */
export function hashBytes(bytes: Uint8Array, view: DataView, start: number, end: number): number {
  let hash = 0x811c9dc5 ^ (end - start);
  if (end - start < 8) {
    for (let i = start; i < end; i++) hash = Math.imul(hash ^ bytes[i]!, 0x01000193);
  } else {
    hash = Math.imul(hash ^ view.getInt32(start, true), 0x01000193);
    hash = Math.imul(hash ^ view.getInt32(start + 4, true), 0x01000193);
    hash = Math.imul(hash ^ (hash >>> 15) ^ view.getInt32(end - 8, true), 0x01000193);
    hash = Math.imul(hash ^ (hash >>> 15) ^ view.getInt32(end - 4, true), 0x01000193);
  }
  hash ^= hash >>> 15;
  hash = Math.imul(hash, 0x2c1b3c6d);
  return (hash ^ (hash >>> 13)) | 0;
}
