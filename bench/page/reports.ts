// Report documents for the render and search measurements, built once per page through the core from
// generated exports: the first N rows of a file, or every row of its first N subscriptions.
import { computeReport } from '../../src/core/compute-report.js';
import type { UsageReport } from '../../src/core/report.js';
import { cubeFromTable } from '../../src/core/cube-from-table.js';
import { createUsageTableBuilder } from '../../src/table/usage-table.js';
import type { UsageTableBuilder } from '../../src/table/usage-table.js';
import { readUsage } from '../../src/data/read-usage.js';
import type { SkippedRow, UsageRecord } from '../../src/data/usage-record.js';
import type { UsageSink } from '../../src/data/usage-sink.js';
import { chunksOf } from './parsers.js';

/** Which rows of a file a report is built from. */
export type Take = { rows: number } | { subscriptions: number };

export interface BuiltReport {
  report: UsageReport;
  rows: number;
  subscriptions: number;
  customers: number;
}

/** A table that only takes the rows `take` asks for. */
function limitedSink(
  take: Take,
  availableColumn: () => number,
): UsageSink & { table: UsageTableBuilder; emptyAvailable: number; full(): boolean } {
  const table = createUsageTableBuilder();
  const kept = new Set<string>();
  let emptyAvailable = 0;
  const wants = (record: UsageRecord): boolean => {
    if ('rows' in take) return table.length < take.rows;
    if (kept.has(record.subscriptionId)) return true;
    if (kept.size >= take.subscriptions) return false;
    kept.add(record.subscriptionId);
    return true;
  };
  return {
    table,
    get emptyAvailable() {
      return emptyAvailable;
    },
    // A subscription's rows are spread over the whole file, so only a row limit can stop early.
    full: () => 'rows' in take && table.length >= take.rows,
    add: (record: UsageRecord, fields: readonly string[]) => {
      if (!wants(record)) return;
      table.add(record, fields);
      // The reader counts empty AvailableSeats cells for the whole file; this cube needs its own count.
      if ((fields[availableColumn()] ?? '').trim() === '') emptyAvailable++;
    },
    // A file cut short ends in a partial row: not a skipped row of the export.
    skip: (row: SkippedRow) => {
      if (!('rows' in take) || table.length < take.rows) table.skip(row);
    },
  };
}

/** Reads `url` once into one cube per `take`, stopping as soon as every cube has what it needs. */
export async function buildReports(url: string, takes: readonly Take[]): Promise<BuiltReport[]> {
  const bytes = new Uint8Array(await (await fetch(url)).arrayBuffer());
  let availableColumn = -1;
  const sinks = takes.map((take) => limitedSink(take, () => availableColumn));
  const tee: UsageSink = {
    columns: (names) => void (availableColumn = names.indexOf('AvailableSeats')),
    add: (record, fields) => sinks.forEach((sink) => sink.add(record, fields)),
    skip: (row) => sinks.forEach((sink) => sink.skip(row)),
  };
  async function* untilFull(): AsyncGenerator<Uint8Array> {
    for await (const chunk of chunksOf(bytes)) {
      if (sinks.every((sink) => sink.full())) return;
      yield chunk;
    }
  }
  await readUsage(untilFull(), tee);
  return sinks.map(({ table, emptyAvailable }) => {
    const cube = cubeFromTable(table.finish());
    return {
      report: computeReport(cube, { emptyAvailable }),
      rows: cube.rows,
      subscriptions: cube.subscriptions.length,
      customers: cube.customers.length,
    };
  });
}
