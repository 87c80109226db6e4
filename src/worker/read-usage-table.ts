import { createUsageTableBuilder } from '../core/usage-table.js';
import type { UsageTable } from '../core/usage-table.js';
import { readUsage } from '../data/read-usage.js';
import type { ReadUsageOptions } from '../data/read-usage.js';
import type { ReadStats, UsageSink } from '../data/usage-sink.js';

/** An export read into columns, or a report document (JSON that is not rows) as it was parsed. */
export type UsageTableResult =
  | { kind: 'table'; table: UsageTable; stats: ReadStats; columns: string[] }
  | { kind: 'report'; report: unknown };

/**
 * Reads an export into a columnar table rather than a cube: typed arrays cross a worker boundary as
 * transferables (no copy), and a filter can rebuild any cube from the table later.
 */
export async function readUsageTable(
  chunks: AsyncIterable<Uint8Array | string>,
  options: ReadUsageOptions = {},
): Promise<UsageTableResult> {
  const builder = createUsageTableBuilder();
  const columns: string[] = [];
  const sink: UsageSink = {
    columns: (names) => void columns.push(...names),
    add: (record, fields) => builder.add(record, fields),
    skip: (row) => builder.skip(row),
  };
  const result = await readUsage(chunks, sink, options);
  if (result.kind === 'report') return result;
  return { kind: 'table', table: builder.finish(), stats: result.stats, columns };
}

/** The buffers of a table's typed arrays, to transfer rather than copy (each array owns its buffer). */
export function tableTransferables(table: UsageTable): ArrayBuffer[] {
  const arrays = [...Object.values(table.ids), table.available, table.assigned, table.active, table.revenue];
  return arrays.map((array) => array.buffer as ArrayBuffer);
}
