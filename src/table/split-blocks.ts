import { CR, LF, QUOTE } from '../data/bytes/byte-codes.js';
import { blockRows } from '../data/bytes/block-rows.js';
import { firstRowBoundary } from '../data/bytes/quote-parity.js';

/** What to send to which worker: start a part (numbered in file order), or bytes of its current part. */
export type SplitStep =
  { type: 'part'; worker: number; part: number } | { type: 'bytes'; worker: number; bytes: Uint8Array };

export interface BlockSplitterOptions {
  /** Bytes a block gathers from the fetch's chunks before it is looked at. */
  blockBytes: number;
  /** Bytes a part reaches before the next block may start a part on another worker. */
  partBytes: number;
  /** How many workers can take parts now (they may start while the file arrives); 1 keeps one part. */
  workers(): number;
}

/**
 * Cuts an export, as it arrives, into parts for several workers: blocks of `blockBytes`, and a new part on
 * the next worker at a block's first row boundary once a part has `partBytes` (the bytes before that
 * boundary end the part before). A boundary is a line feed outside quotes by quote parity (see
 * quote-parity.ts), trusted only while no quote so far breaks RFC 4180 (see `strayQuotes`): after such a
 * quote the rest of the file stays one part, read as one reader would. Until the header part's delimiter is
 * known (`decide`), blocks go on to the first part and are looked at later.
 */
export class BlockSplitter {
  private readonly chunks: Uint8Array[] = [];
  private buffered = 0;
  private blocks = 0;
  private delimiter = -1;
  /** Blocks sent before the delimiter was known, kept to be looked at then. */
  private readonly unread: { bytes: Uint8Array; prev: number; next: number }[] = [];
  private even = true;
  private clean = true;
  /** The block before ended inside a quoted cell with a line break after its last quote. */
  private openBreak = false;
  private prev = -1;
  private worker = 0;
  private part = 0;
  private partSize = 0;

  constructor(private readonly options: BlockSplitterOptions) {}

  push(chunk: Uint8Array): SplitStep[] {
    this.chunks.push(chunk);
    this.buffered += chunk.byteLength;
    const steps: SplitStep[] = [];
    // A block is cut once a byte after it has arrived: the stray-quote check looks at it.
    while (this.buffered > this.options.blockBytes) {
      const block = this.take(this.options.blockBytes);
      steps.push(...this.block(block, this.chunks[0]![0]!));
    }
    return steps;
  }

  /** The rest of the file, as the last block. */
  end(): SplitStep[] {
    return this.buffered > 0 ? this.block(this.take(this.buffered), -1) : [];
  }

  /** The file's delimiter byte, from the part with the header: blocks are looked at from now on. */
  decide(delimiter: number): void {
    this.delimiter = delimiter;
    for (const { bytes, prev, next } of this.unread.splice(0)) this.look(bytes, prev, next);
  }

  private block(bytes: Uint8Array, next: number): SplitStep[] {
    const prev = this.prev;
    this.prev = bytes[bytes.length - 1]!;
    const first = this.blocks++ === 0;
    if (first || this.delimiter === -1) {
      if (this.delimiter === -1) this.unread.push({ bytes, prev, next });
      else this.look(bytes, prev, next);
      const start: SplitStep[] = first ? [{ type: 'part', worker: 0, part: 0 }] : [];
      return [...start, this.bytesFor(bytes)];
    }
    const { quotes, stray } = this.examine(bytes, prev, next);
    const steps = this.cut(bytes, stray);
    this.advance(bytes, quotes, stray);
    return steps;
  }

  /** The block on in the current part, or cut at its first row boundary (before `stray`) for the next worker. */
  private cut(bytes: Uint8Array, stray: number): SplitStep[] {
    const workers = this.options.workers();
    if (!this.clean || workers < 2 || this.partSize < this.options.partBytes) return [this.bytesFor(bytes)];
    const boundary = firstRowBoundary(bytes, this.even);
    // No part starts empty: a block whose only boundary is its end goes on whole too.
    if (boundary === -1 || boundary === bytes.length || (stray !== -1 && stray < boundary))
      return [this.bytesFor(bytes)];
    const head = boundary > 0 ? [this.bytesFor(bytes.slice(0, boundary))] : [];
    this.worker = (this.worker + 1) % workers;
    this.partSize = 0;
    const start: SplitStep = { type: 'part', worker: this.worker, part: ++this.part };
    return [...head, start, this.bytesFor(bytes.slice(boundary))];
  }

  /** A block looked at without being cut (sent before the delimiter was known). */
  private look(bytes: Uint8Array, prev: number, next: number): void {
    const { quotes, stray } = this.examine(bytes, prev, next);
    this.advance(bytes, quotes, stray);
  }

  /**
   * The block's quotes and first stray quote by the parity at its start, or 0 when a quoted cell's text
   * holds a line break at the end of the block before and another here with no quote between (the
   * check `strayQuotes` makes within a block, across the two).
   */
  private examine(bytes: Uint8Array, prev: number, next: number) {
    const { even, delimiter } = this;
    const rows = blockRows(bytes, { prev, next, delimiter, evenAtStart: even });
    let stray = rows.stray[even ? 0 : 1]!;
    if (!even && this.openBreak && stray !== 0) {
      const quote = bytes.indexOf(QUOTE);
      // A CRLF cut in two is one line break.
      const from = prev === CR && bytes[0] === LF ? 1 : 0;
      if (lineBreakIn(bytes, from, quote === -1 ? bytes.length : quote)) stray = 0;
    }
    return { quotes: rows.quotes, stray };
  }

  /** After a block: the parity at the next one's start, whether to trust it, and an open cell's line break. */
  private advance(bytes: Uint8Array, quotes: number, stray: number): void {
    if (stray !== -1) this.clean = false;
    if (quotes % 2 === 1) this.even = !this.even;
    if (this.even) this.openBreak = false;
    else {
      const last = bytes.lastIndexOf(QUOTE);
      this.openBreak =
        last === -1
          ? this.openBreak || lineBreakIn(bytes, 0, bytes.length)
          : lineBreakIn(bytes, last + 1, bytes.length);
    }
  }

  /** Bytes for the current part; a block kept to be looked at later is sent as a copy. */
  private bytesFor(bytes: Uint8Array): SplitStep {
    this.partSize += bytes.byteLength;
    const kept = this.delimiter === -1 && this.unread.at(-1)?.bytes === bytes;
    return { type: 'bytes', worker: this.worker, bytes: kept ? bytes.slice() : bytes };
  }

  /** The first `size` buffered bytes as one array (a chunk that holds them all is cut, not copied). */
  private take(size: number): Uint8Array {
    const first = this.chunks[0]!;
    let block: Uint8Array;
    if (first.byteLength >= size) {
      block = first.subarray(0, size);
      if (first.byteLength === size) this.chunks.shift();
      else this.chunks[0] = first.subarray(size);
    } else {
      block = new Uint8Array(size);
      let at = 0;
      while (at < size) {
        const chunk = this.chunks[0]!;
        const used = Math.min(chunk.byteLength, size - at);
        block.set(chunk.subarray(0, used), at);
        at += used;
        if (used === chunk.byteLength) this.chunks.shift();
        else this.chunks[0] = chunk.subarray(used);
      }
    }
    this.buffered -= size;
    return block;
  }
}

/** Whether `bytes[from, to)` holds a line feed or a carriage return. */
function lineBreakIn(bytes: Uint8Array, from: number, to: number): boolean {
  const lf = bytes.indexOf(LF, from);
  if (lf !== -1 && lf < to) return true;
  const cr = bytes.indexOf(CR, from);
  return cr !== -1 && cr < to;
}
