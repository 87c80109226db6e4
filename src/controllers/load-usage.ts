import { computeReport } from '../core/compute-report.js';
import type { ReportInputCounts } from '../core/compute-report.js';
import { cubeFromTable, cubeFromTableInSlices } from '../core/cube-from-table.js';
import type { ReportOptions, UsageReport } from '../core/report.js';
import { createUsageCube } from '../core/usage-cube.js';
import type { UsageCube } from '../core/usage-cube.js';
import { filterKey, isEmptyFilter } from '../core/usage-filter.js';
import type { UsageFilter } from '../core/usage-filter.js';
import { createUsageTableBuilder } from '../core/usage-table.js';
import type { UsageTable } from '../core/usage-table.js';
import { readUsage, readUsageRecords } from '../data/read-usage.js';
import type { UsageRecord } from '../data/usage-record.js';
import { fetchUsageBytes } from './fetch-usage-bytes.js';
import { inShortTasks, yieldToEventLoop } from './in-short-tasks.js';
import { parseUsageUrl } from './parse-usage-off-thread.js';
import type { FetchProgress } from './fetch-usage-bytes.js';
import { isUsageReport } from './is-usage-report.js';
import { UsageLoadError } from './usage-load-error.js';

/**
 * One export row as it came in, kept compactly for the raw-data download: its cells joined into one
 * string (27 strings a row, each a slice pinning the read buffer, cost the table 2.4× the file in heap),
 * and the few figures the download filters and computes on.
 */
export interface KeptRow {
  month: string;
  subscriptionId: string;
  available: number;
  active: number;
  /** The row's cells in `columns` order, joined by `CELL_SEPARATOR`; see `keptCells`. */
  cells: string;
}

/** Unit separator: a control character no export cell contains. */
const CELL_SEPARATOR = '\u001f';

/** A kept row's cells, in `columns` order. */
export function keptCells(row: KeptRow): string[] {
  return row.cells.split(CELL_SEPARATOR);
}

/**
 * Data that is loaded and read, ready to compute a report for any window: a report document as is, a
 * cube (one element on its own), or a columnar table (a shared source, which cross-filters).
 */
export type LoadedUsage =
  | { kind: 'report'; report: UsageReport }
  | { kind: 'cube'; cube: UsageCube; counts: ReportInputCounts; columns: readonly string[]; rows: KeptRow[] }
  | {
      kind: 'table';
      table: UsageTable;
      counts: ReportInputCounts;
      columns: readonly string[];
      /** Where the export was parsed (`worker` or `main-thread`), and why not in a worker. */
      parsedIn?: string;
      fallbackReason?: string;
    };

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
  // In short tasks: a big export read in one go would freeze the page for seconds.
  const result = await readUsage(inShortTasks(fetchUsageBytes(url, signal, onProgress)), sink, { signal });
  if (result.kind === 'report') return checkedReport(url, result.report);
  return { kind: 'cube', cube, counts: result.stats, columns, rows };
}

/** Reads records into a columnar table (for a shared source). */
export function loadRecordsTable(records: readonly Record<string, unknown>[]): LoadedUsage {
  const builder = createUsageTableBuilder();
  const columns: string[] = [];
  const stats = readUsageRecords(records, { ...builder, columns: (names) => void columns.push(...names) });
  return { kind: 'table', table: builder.finish(), counts: stats, columns };
}

/**
 * Fetches and reads a `src` URL into a columnar table (for a shared source), off the main thread: in a
 * worker where the page allows one, else in short main-thread tasks. `parsedIn` says which.
 */
export async function loadUrlTable(
  url: string,
  options: Omit<LoadUsageOptions, 'keepRows'>,
): Promise<LoadedUsage> {
  const parsed = await parseUsageUrl(url, { signal: options.signal, onProgress: options.onProgress });
  if (parsed.kind === 'report') return checkedReport(url, parsed.report);
  const { table, stats, columns, parsedIn, fallbackReason } = parsed;
  return { kind: 'table', table, counts: stats, columns, parsedIn, fallbackReason };
}

// Reports per loaded data, per window and filter: five sections on one source compute each figure once.
const reportCache = new WeakMap<LoadedUsage, Map<string, UsageReport>>();
const cubeCache = new WeakMap<LoadedUsage, Map<string, UsageCube>>();

/**
 * The report of loaded data for the options and filter. A report document is taken as it is; a filter
 * applies to a table only (a cube has no rows left to filter).
 */
export function reportOf(loaded: LoadedUsage, options: ReportOptions, filter: UsageFilter = {}): UsageReport {
  if (loaded.kind === 'report') return loaded.report;
  if (loaded.kind === 'cube') return computeReport(loaded.cube, loaded.counts, options);
  const key = `${JSON.stringify(options)}|${filterKey(filter)}`;
  const reports = reportCache.get(loaded) ?? new Map<string, UsageReport>();
  reportCache.set(loaded, reports);
  let report = reports.get(key);
  if (!report) {
    report = computeReport(tableCube(loaded, filter), loaded.counts, options);
    reports.set(key, report);
  }
  return report;
}

/**
 * Builds the unfiltered cube of a table in short tasks and keeps it, so the first report of a shared
 * source costs the page no long task for the rows (only `computeReport` then runs in one go).
 */
export async function warmTableCube(loaded: LoadedUsage, signal: AbortSignal): Promise<void> {
  if (loaded.kind !== 'table') return;
  const cube = await cubeFromTableInSlices(loaded.table, {}, yieldToEventLoop);
  signal.throwIfAborted();
  const cubes = cubeCache.get(loaded) ?? new Map<string, UsageCube>();
  cubeCache.set(loaded, cubes);
  cubes.set('', cube);
}

function tableCube(loaded: Extract<LoadedUsage, { kind: 'table' }>, filter: UsageFilter): UsageCube {
  const key = isEmptyFilter(filter) ? '' : filterKey(filter);
  const cubes = cubeCache.get(loaded) ?? new Map<string, UsageCube>();
  cubeCache.set(loaded, cubes);
  let cube = cubes.get(key);
  if (!cube) {
    // Only the latest few filters are worth keeping: a cube of a big export is not small.
    if (cubes.size >= 8) cubes.delete(cubes.keys().next().value as string);
    cube = cubeFromTable(loaded.table, filter);
    cubes.set(key, cube);
  }
  return cube;
}

function checkedReport(url: string, report: unknown): LoadedUsage {
  if (!isUsageReport(report)) {
    throw new UsageLoadError(`${url} is JSON, but neither an export nor a version 1 report document`);
  }
  return { kind: 'report', report };
}

function monthKey(cube: UsageCube, month: string): string {
  for (const key of cube.months.keys()) if (key === month) return key;
  return month;
}

function collectingCube(keepRows: boolean) {
  const cube = createUsageCube();
  const columns: string[] = [];
  const rows: KeptRow[] = [];
  const sink = {
    columns: (names: readonly string[]) => void columns.push(...names),
    add: (record: UsageRecord, fields: readonly string[]) => {
      cube.add(record, fields);
      if (!keepRows) return;
      rows.push({
        // The cube's copies: shared by every row of a subscription, and detached from the read buffer.
        month: cube.months.has(record.month) ? monthKey(cube, record.month) : record.month,
        subscriptionId:
          cube.subscriptions.get(record.subscriptionId)?.subscriptionId ?? record.subscriptionId,
        available: record.available,
        active: record.active,
        cells: fields.join(CELL_SEPARATOR),
      });
    },
    skip: cube.skip,
  };
  return { cube, columns, rows, sink };
}
