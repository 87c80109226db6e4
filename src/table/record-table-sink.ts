import { rawRowColumns } from '../data/raw-row-columns.js';
import { createRawRowsBuilder } from '../data/raw-rows.js';
import type { RawRowsBuilder } from '../data/raw-rows.js';
import type { UsageSink } from '../data/usage-sink.js';
import { createUsageTableBuilder } from './usage-table.js';
import type { UsageTable } from './usage-table.js';

/**
 * A sink for readers that hand rows over as records and cells (JSON, row objects, the text path): it
 * fills a usage table, keeps each row's cells the table does not hold when `keepRows`, and collects the
 * header. `finish` gives the table (with `rawRows` when kept) and the columns.
 */
export function createRecordTableSink(keepRows: boolean): {
  sink: UsageSink;
  finish(): { table: UsageTable; columns: string[] };
} {
  const builder = createUsageTableBuilder();
  const columns: string[] = [];
  let raw: RawRowsBuilder | null = null;
  let kept: number[] = [];
  const sink: UsageSink = {
    columns(names) {
      columns.push(...names);
      if (!keepRows) return;
      const fromTable = rawRowColumns(names);
      kept = fromTable.flatMap((column, cell) => (column === null ? [cell] : []));
      raw = createRawRowsBuilder(',', fromTable);
    },
    add(record, fields) {
      builder.add(record, fields);
      raw?.appendCells(kept.map((cell) => fields[cell] ?? ''));
    },
    skip: (row) => builder.skip(row),
  };
  return {
    sink,
    finish() {
      const table = builder.finish();
      const rawRows = (raw as RawRowsBuilder | null)?.finish();
      if (rawRows) table.rawRows = rawRows;
      return { table, columns };
    },
  };
}
