import { computeReport } from '../core/compute-report.js';
import type { ReportInputCounts } from '../core/compute-report.js';
import type { ReportOptions, UsageReport } from '../core/report.js';
import { createUsageCube } from '../core/usage-cube.js';
import type { UsageCube } from '../core/usage-cube.js';
import { readUsage, readUsageRecords } from '../data/read-usage.js';
import type { UsageRecord } from '../data/usage-record.js';
import { fetchUsageBytes } from './fetch-usage-bytes.js';
import type { FetchProgress } from './fetch-usage-bytes.js';
import { isUsageReport } from './is-usage-report.js';
import { UsageLoadError } from './usage-load-error.js';

/** One export row as it came in: the normalised record and its cells in `columns` order. */
export interface KeptRow {
  record: UsageRecord;
  fields: readonly string[];
}

/** Data that is loaded and read, ready to compute a report for any window. */
export type LoadedUsage =
  | { kind: 'report'; report: UsageReport }
  | { kind: 'cube'; cube: UsageCube; counts: ReportInputCounts; columns: readonly string[]; rows: KeptRow[] };

export interface LoadUsageOptions {
  signal: AbortSignal;
  onProgress: (progress: FetchProgress) => void;
  /** Keep every row's cells, for a raw-data download. Default false. */
  keepRows: boolean;
}

/** Loads the `records` property's row objects. */
export function loadRecords(records: readonly Record<string, unknown>[], keepRows: boolean): LoadedUsage {
  const { cube, columns, rows, sink } = collectingCube(keepRows);
  const stats = readUsageRecords(records, sink);
  return { kind: 'cube', cube, counts: stats, columns, rows };
}

/** Fetches and reads a `src` URL: an export (CSV, TSV, JSON) or a report document. */
export async function loadUrl(url: string, options: LoadUsageOptions): Promise<LoadedUsage> {
  const { signal, onProgress, keepRows } = options;
  const { cube, columns, rows, sink } = collectingCube(keepRows);
  const result = await readUsage(fetchUsageBytes(url, signal, onProgress), sink, { signal });
  if (result.kind === 'report') {
    if (!isUsageReport(result.report)) {
      throw new UsageLoadError(`${url} is JSON, but neither an export nor a version 1 report document`);
    }
    return { kind: 'report', report: result.report };
  }
  return { kind: 'cube', cube, counts: result.stats, columns, rows };
}

/** The report of loaded data for the options; a report document is taken as it is. */
export function reportOf(loaded: LoadedUsage, options: ReportOptions): UsageReport {
  return loaded.kind === 'report' ? loaded.report : computeReport(loaded.cube, loaded.counts, options);
}

function collectingCube(keepRows: boolean) {
  const cube = createUsageCube();
  const columns: string[] = [];
  const rows: KeptRow[] = [];
  const sink = {
    columns: (names: readonly string[]) => void columns.push(...names),
    add: (record: UsageRecord, fields: readonly string[]) => {
      cube.add(record, fields);
      if (keepRows) rows.push({ record, fields });
    },
    skip: cube.skip,
  };
  return { cube, columns, rows, sink };
}
