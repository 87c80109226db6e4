import { openInput } from '../data/open-input.js';
import type { OpenedInput } from '../data/open-input.js';
import { readOpenedInput } from '../data/read-usage.js';
import type { ReadUsageOptions } from '../data/read-usage.js';
import { rawRowsTransferables } from '../data/raw-rows.js';
import { createRecordTableSink } from './record-table-sink.js';
import type { ReadStats } from '../data/usage-sink.js';
import { Utf8DelimitedReader } from '../data/bytes/utf8-delimited-reader.js';
import { createUsageTableBuilder } from './usage-table.js';
import type { UsageTable } from './usage-table.js';

/** An export read into columns, or a report document (JSON that is not rows) as it was parsed. */
export type UsageTableResult =
  | { kind: 'table'; table: UsageTable; stats: ReadStats; columns: string[] }
  | { kind: 'report'; report: unknown };

export interface ReadUsageTableOptions extends ReadUsageOptions {
  /** Keep every row's cells (`table.rawRows`), for a raw-data download. Default false. */
  keepRows?: boolean;
  /**
   * The source's size in bytes, when known (a file's; gzip's compressed size): once some rows are read,
   * the table's arrays are made at about the size the whole needs (`UsageTableBuilder.reserve`), not
   * doubled as rows come. Default: not known.
   */
  expectedBytes?: number;
}

/** Rows read before the bytes per row are trusted for `expectedBytes`, and the room reserved beyond them. */
const ESTIMATE_AFTER_ROWS = 2048;
const ESTIMATE_MARGIN = 1.05;

/**
 * Reads an export into a columnar table: CSV, TSV and semicolon CSV in UTF-8 or Windows-1252 (what
 * Partner Center and Excel write, gzip unpacked) by the byte reader, with no string per cell; JSON,
 * UTF-16 text and string chunks by the text reader. Typed arrays
 * cross a worker boundary as transferables, and a filter can rebuild any cube from the table later.
 */
export async function readUsageTable(
  chunks: AsyncIterable<Uint8Array | string>,
  options: ReadUsageTableOptions = {},
): Promise<UsageTableResult> {
  const { signal, onProgress, keepRows = false, expectedBytes = 0 } = options;
  signal?.throwIfAborted();
  // Gzip unpacked, UTF-16 given a byte order mark, workbooks and web pages refused: once, for every reader.
  const input = await openInput(chunks, signal);
  if (input.kind === 'text') return readAsText(input, options);

  const builder = createUsageTableBuilder();
  const columns: string[] = [];
  // The builder is the reader's sink as it is; only the header goes elsewhere.
  const sink = Object.assign(builder, { columns: (names: readonly string[]) => void columns.push(...names) });
  const reader = new Utf8DelimitedReader(sink, keepRows);
  let estimated = expectedBytes <= 0;
  for await (const chunk of input.chunks) {
    signal?.throwIfAborted();
    if (typeof chunk === 'string') throw new TypeError('A byte stream cannot go on in strings');
    reader.push(chunk);
    onProgress?.(input.read());
    if (!estimated && builder.length >= ESTIMATE_AFTER_ROWS) {
      estimated = true;
      builder.reserve(Math.ceil(((builder.length * expectedBytes) / input.read()) * ESTIMATE_MARGIN));
    }
  }
  signal?.throwIfAborted();
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

/** The text path, where the table is filled from records and kept rows are written from their cells. */
async function readAsText(input: OpenedInput, options: ReadUsageTableOptions): Promise<UsageTableResult> {
  const { sink, finish } = createRecordTableSink(options.keepRows ?? false);
  const result = await readOpenedInput(input, sink, options);
  if (result.kind === 'report') return result;
  return { kind: 'table', ...finish(), stats: result.stats };
}
