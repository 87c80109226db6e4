import { readUsage } from '../data/read-usage.js';
import type { ReadUsageOptions } from '../data/read-usage.js';
import { rawRowsTransferables } from '../data/raw-rows.js';
import { createRecordTableSink } from './record-table-sink.js';
import type { ReadStats } from '../data/usage-sink.js';
import { Utf8DelimitedReader } from '../data/utf8-delimited-reader.js';
import { createUsageTableBuilder } from './usage-table.js';
import type { UsageTable } from './usage-table.js';

/** An export read into columns, or a report document (JSON that is not rows) as it was parsed. */
export type UsageTableResult =
  | { kind: 'table'; table: UsageTable; stats: ReadStats; columns: string[] }
  | { kind: 'report'; report: unknown };

export interface ReadUsageTableOptions extends ReadUsageOptions {
  /** Keep every row's cells (`table.rawRows`), for a raw-data download. Default false. */
  keepRows?: boolean;
}

/**
 * Reads an export into a columnar table: UTF-8 CSV and TSV (what Partner Center writes) by the byte
 * reader, with no string per cell; JSON, UTF-16 text and string chunks by the text reader. Typed arrays
 * cross a worker boundary as transferables, and a filter can rebuild any cube from the table later.
 */
export async function readUsageTable(
  chunks: AsyncIterable<Uint8Array | string>,
  options: ReadUsageTableOptions = {},
): Promise<UsageTableResult> {
  const { signal, onProgress, keepRows = false } = options;
  const iterator = chunks[Symbol.asyncIterator]();
  const head: (Uint8Array | string)[] = [];
  let bytesRead = 0;
  let kind: 'bytes' | 'text' | null = null;
  signal?.throwIfAborted();
  // Look at the first bytes to tell a UTF-8 delimited export from anything else.
  while (kind === null) {
    const next = await iterator.next();
    signal?.throwIfAborted();
    if (next.done) break;
    head.push(next.value);
    bytesRead += next.value.length;
    onProgress?.(bytesRead);
    kind = sniff(head);
  }
  if (kind !== 'bytes') return readAsText(replay(head, iterator), bytesRead, options);

  const builder = createUsageTableBuilder();
  const columns: string[] = [];
  // The builder is the reader's sink as it is; only the header goes elsewhere.
  const sink = Object.assign(builder, { columns: (names: readonly string[]) => void columns.push(...names) });
  const reader = new Utf8DelimitedReader(sink, keepRows);
  for (const chunk of head) reader.push(chunk as Uint8Array);
  for (;;) {
    const next = await iterator.next();
    signal?.throwIfAborted();
    if (next.done) break;
    const chunk = next.value;
    if (typeof chunk === 'string') throw new TypeError('A byte stream cannot go on in strings');
    reader.push(chunk);
    bytesRead += chunk.length;
    onProgress?.(bytesRead);
  }
  const { stats, rawRows } = reader.end();
  const table = builder.finish();
  if (rawRows) table.rawRows = rawRows;
  return { kind: 'table', table, stats, columns };
}

/** The buffers of a table's typed arrays, to transfer rather than copy (each array owns its buffer). */
export function tableTransferables(table: UsageTable): ArrayBuffer[] {
  const arrays = [...Object.values(table.ids), table.available, table.assigned, table.active, table.revenue];
  const raw = table.rawRows ? rawRowsTransferables(table.rawRows) : [];
  return [...arrays.map((array) => array.buffer as ArrayBuffer), ...raw];
}

/**
 * `'bytes'` for UTF-8 text whose first character (after a BOM and whitespace) is not `[` or `{`;
 * `'text'` for JSON, UTF-16 and strings; `null` while only a BOM or whitespace has arrived.
 */
function sniff(head: readonly (Uint8Array | string)[]): 'bytes' | 'text' | null {
  if (head.some((chunk) => typeof chunk === 'string')) return 'text';
  const bytes = concat(head as Uint8Array[]);
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return 'text';
  let i = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  if (bytes.length < 3 && (bytes[0] === 0xef || bytes[0] === 0xff || bytes[0] === 0xfe)) return null;
  while (i < bytes.length && isWhitespace(bytes[i] as number)) i++;
  if (i === bytes.length) return null;
  return bytes[i] === 0x5b || bytes[i] === 0x7b ? 'text' : 'bytes';
}

/** The text path, where the table is filled from records and kept rows are written from their cells. */
async function readAsText(
  chunks: AsyncIterable<Uint8Array | string>,
  alreadyRead: number,
  options: ReadUsageTableOptions,
): Promise<UsageTableResult> {
  const { sink, finish } = createRecordTableSink(options.keepRows ?? false);
  const onProgress = options.onProgress;
  const result = await readUsage(chunks, sink, {
    signal: options.signal,
    onProgress: onProgress && ((read) => onProgress(Math.max(read, alreadyRead))),
  });
  if (result.kind === 'report') return result;
  return { kind: 'table', ...finish(), stats: result.stats };
}

async function* replay<T>(head: readonly T[], rest: AsyncIterator<T>): AsyncGenerator<T> {
  yield* head;
  for (;;) {
    const next = await rest.next();
    if (next.done) return;
    yield next.value;
  }
}

function isWhitespace(byte: number): boolean {
  return byte === 0x20 || byte === 0x09 || byte === 0x0a || byte === 0x0d;
}

function concat(parts: readonly Uint8Array[]): Uint8Array {
  if (parts.length === 1) return parts[0] as Uint8Array;
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}
