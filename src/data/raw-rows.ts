import type { TextColumn } from './text-columns.js';
import { decodeText, EncodingTally } from './text-encoding.js';

/**
 * Every kept row of an export as UTF-8 bytes, for the raw-data download: the cells the table does not
 * hold, as the file had them (the file's own bytes are the most compact form there is: a decoded string
 * per row costs as much again, twice for a row with a CJK name, plus an object). The text cells the
 * table interns (ids, names, SKU, market, …) are left out and written back from the table, which roughly
 * halves what a row keeps. Plain data, so it crosses a worker boundary with its blocks transferred.
 */
export interface RawRows {
  /** `','`, `'\t'` or `';'`: what separates a row's cells. */
  delimiter: string;
  /** Per column of the export: the table column that holds its (trimmed) text, or `null`: kept here. */
  fromTable: (TextColumn | null)[];
  length: number;
  blocks: Uint8Array[];
  /** Per row: its block, and its start and end byte in that block. */
  block: Uint32Array;
  start: Uint32Array;
  end: Uint32Array;
}

const BLOCK_BYTES = 4 << 20;
const encoder = new TextEncoder();
/** Kept bytes that are not UTF-8 read as the reader read them (Windows-1252); the reader warned already. */
const keptEncoding = new EncodingTally();

export interface RawRowsBuilder {
  /** Keeps `bytes[start, end)`: one row without its line end. */
  appendBytes(bytes: Uint8Array, start: number, end: number): void;
  /**
   * Keeps one row as runs of its cells, joined by `delimiter`: run k is the bytes from the start of cell
   * `runs[2k]` to the end of cell `runs[2k + 1]` (cells between them with their delimiters, as read).
   * One copy into the block, and no view made per cell: a raw-data download keeps every row.
   */
  appendRuns(
    bytes: Uint8Array,
    cellStart: Int32Array,
    cellEnd: Int32Array,
    runs: Int32Array,
    delimiter: number,
  ): void;
  /** Keeps a row given as cells (from JSON or row objects), written as a delimited line. */
  appendCells(cells: readonly string[]): void;
  /** The rows so far; the builder must not be used after. */
  finish(): RawRows;
}

export function createRawRowsBuilder(delimiter: string, fromTable: (TextColumn | null)[]): RawRowsBuilder {
  const blocks: Uint8Array[] = [];
  let current = new Uint8Array(0);
  let used = 0;
  let length = 0;
  let block: Uint32Array = new Uint32Array(1024);
  let start: Uint32Array = new Uint32Array(1024);
  let end: Uint32Array = new Uint32Array(1024);

  function room(bytes: number): void {
    if (used + bytes <= current.length) return;
    if (used > 0) blocks.push(current.subarray(0, used));
    current = new Uint8Array(Math.max(BLOCK_BYTES, bytes));
    used = 0;
  }

  function record(bytes: number): void {
    if (length === block.length) {
      block = grown(block);
      start = grown(start);
      end = grown(end);
    }
    block[length] = blocks.length;
    start[length] = used;
    end[length] = used + bytes;
    used += bytes;
    length++;
  }

  return {
    appendBytes(bytes, from, to) {
      room(to - from);
      current.set(bytes.subarray(from, to), used);
      record(to - from);
    },
    appendRuns(bytes, cellStart, cellEnd, runs, delimiter) {
      let size = Math.max(0, runs.length / 2 - 1);
      for (let r = 0; r < runs.length; r += 2) size += cellEnd[runs[r + 1]!]! - cellStart[runs[r]!]!;
      room(size);
      let at = used;
      for (let r = 0; r < runs.length; r += 2) {
        if (r > 0) current[at++] = delimiter;
        const from = cellStart[runs[r]!]!;
        const to = cellEnd[runs[r + 1]!]!;
        // A short run is copied byte by byte: cheaper than making a view for set().
        if (to - from < 64) for (let i = from; i < to; i++) current[at++] = bytes[i]!;
        else {
          current.set(bytes.subarray(from, to), at);
          at += to - from;
        }
      }
      record(size);
    },
    appendCells(cells) {
      const line = encoder.encode(cells.map((cell) => quoted(cell, delimiter)).join(delimiter));
      room(line.length);
      current.set(line, used);
      record(line.length);
    },
    finish() {
      // The last block is trimmed to a copy, so no unused megabytes stay allocated.
      if (used > 0) blocks.push(current.slice(0, used));
      current = new Uint8Array(0);
      return {
        delimiter,
        fromTable,
        length,
        blocks,
        block: block.slice(0, length),
        start: start.slice(0, length),
        end: end.slice(0, length),
      };
    },
  };
}

/** The kept cells of row `row` (the export's columns whose `fromTable` is null), quotes undone. */
export function rawRowCells(rows: RawRows, row: number): string[] {
  const bytes = rows.blocks[rows.block[row] ?? 0] ?? new Uint8Array(0);
  const text = decodeText(bytes.subarray(rows.start[row], rows.end[row]), keptEncoding, 0);
  return splitDelimitedLine(text, rows.delimiter);
}

/** The buffers to transfer (not copy) to another thread. */
export function rawRowsTransferables(rows: RawRows): ArrayBuffer[] {
  return [...rows.blocks, rows.block, rows.start, rows.end].map((array) => array.buffer as ArrayBuffer);
}

/**
 * One RFC 4180 record's cells: quoted cells may hold the delimiter, line breaks and doubled quotes; as in
 * the reader, a quote inside an unquoted cell and text after a closing quote are kept literally.
 */
export function splitDelimitedLine(text: string, delimiter: string): string[] {
  const cells: string[] = [];
  let i = 0;
  for (;;) {
    let cell = '';
    if (text[i] === '"') {
      i++;
      for (;;) {
        const q = text.indexOf('"', i);
        if (q === -1) {
          cell += text.slice(i);
          i = text.length;
          break;
        }
        cell += text.slice(i, q);
        i = q + 1;
        if (text[i] !== '"') break;
        cell += '"';
        i++;
      }
    }
    const next = text.indexOf(delimiter, i);
    const stop = next === -1 ? text.length : next;
    cells.push(cell + text.slice(i, stop));
    if (next === -1) return cells;
    i = next + 1;
  }
}

function quoted(cell: string, delimiter: string): string {
  return cell.includes('"') || cell.includes(delimiter) || /[\r\n]/.test(cell)
    ? `"${cell.replace(/"/g, '""')}"`
    : cell;
}

function grown(array: Uint32Array): Uint32Array {
  const bigger = new Uint32Array(array.length * 2);
  bigger.set(array);
  return bigger;
}
