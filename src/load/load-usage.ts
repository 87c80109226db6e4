import type { ReportInputCounts } from '../core/compute-report.js';
import type { ReportOptions, UsageReport } from '../core/report.js';
import type { UsageCube } from '../core/usage-cube.js';
import { reportWithoutRevenue } from '../core/report-without-revenue.js';
import { filterKey, isEmptyFilter } from '../core/usage-filter.js';
import type { UsageFilter } from '../core/usage-filter.js';
import type { UsageTable } from '../table/usage-table.js';
import type { FetchProgress } from './fetch-usage-bytes.js';
import { yieldToEventLoop } from '../schedule/yield.js';
import { UsageLoadError } from './usage-load-error.js';
import { noteIntlWarmUp } from './intl-warm-up.js';
import type { ParsedUsage, ParseUsageUrlOptions } from './parse-usage-off-thread.js';
import type * as TableReportsModule from './table-reports.js';

type TableReports = typeof TableReportsModule;

let tableReports: TableReports | null = null;

/**
 * Loads table-reports.js once. Every table is made after it has loaded (loadRecords, loadUrl: a table made
 * elsewhere, as a test does, awaits this first), so `reportOf` finds it without waiting.
 */
export async function loadTableReports(): Promise<TableReports> {
  return (tableReports ??= await import('./table-reports.js'));
}

/** The reports' code, for a table (see loadTableReports). */
function reportsOfTables(): TableReports {
  if (!tableReports) throw new UsageLoadError('a table was loaded before the code that computes its report');
  return tableReports;
}

/**
 * Data that is loaded and read, ready to compute a report for any window and filter: a report document
 * as is, or an export's rows in columns (`table.rawRows` holds each row's cells when they were kept).
 */
export type LoadedUsage = (
  | { kind: 'report'; report: UsageReport }
  | {
      kind: 'table';
      table: UsageTable;
      counts: ReportInputCounts;
      columns: readonly string[];
      /** Where the export was parsed (`worker` or `main-thread`), and why not in a worker. */
      parsedIn?: string;
      fallbackReason?: string;
    }
) & {
  /** The `Last-Modified` header of the response a `src` came in, when it had one. */
  lastModified?: string;
};

export interface LoadUsageOptions {
  signal: AbortSignal;
  onProgress: (progress: FetchProgress) => void;
  /** Keep every row's cells, for a raw-data download. Default false. */
  keepRows?: boolean;
}

/**
 * Reads the `records` property's row objects into a table. The row reader loads on first use, like the
 * main-thread parser: a page that gives a report, or parses in a worker, never downloads it.
 */
export async function loadRecords(
  records: readonly Record<string, unknown>[],
  keepRows = false,
): Promise<LoadedUsage> {
  const [{ readUsageRecords }, { createRecordTableSink }] = await Promise.all([
    import('../data/read-usage.js'),
    import('../table/record-table-sink.js'),
    loadTableReports(),
  ]);
  const { sink, finish } = createRecordTableSink(keepRows);
  const stats = readUsageRecords(records, sink);
  return { kind: 'table', ...finish(), counts: stats };
}

/**
 * Fetches and reads a `src` URL (an export, or a report document) without blocking the page: in a
 * worker where the page allows one, else in short main-thread tasks; `parsedIn` says which.
 */
export async function loadUrl(url: string, options: LoadUsageOptions): Promise<LoadedUsage> {
  const { signal, keepRows = false } = options;
  let lastModified: string | undefined;
  const onProgress = (progress: FetchProgress) => {
    lastModified ??= progress.lastModified;
    options.onProgress(progress);
  };
  // The reports' code loads while the export does.
  const reports = loadTableReports();
  reports.catch(() => undefined); // awaited below for a table; a document or a failed fetch needs none
  const parsed = await parseUrl(url, { signal, onProgress, keepRows });
  const modified = lastModified === undefined ? {} : { lastModified };
  if (parsed.kind === 'report') return { ...(await checkedReport(url, parsed.report)), ...modified };
  await reports;
  const { table, stats, columns, parsedIn, fallbackReason } = parsed;
  return { kind: 'table', table, counts: stats, columns, parsedIn, fallbackReason, ...modified };
}

/**
 * `parseUsageUrl`, whose module loads on first use. Formatters made ahead of time wait meanwhile, as they
 * wait for a worker's first formatter (intl-warm-up.ts): until the parser has started its worker, which then
 * makes the one formatter that loads ICU's data for the page.
 */
async function parseUrl(url: string, options: ParseUsageUrlOptions): Promise<ParsedUsage> {
  let started: () => void = () => undefined;
  noteIntlWarmUp(new Promise<void>((resolve) => (started = resolve)));
  try {
    const { parseUsageUrl } = await import('./parse-usage-off-thread.js');
    const parsing = parseUsageUrl(url, options);
    started();
    return await parsing;
  } finally {
    started();
  }
}

// Reports per loaded data, per window and filter: five sections on one source compute each figure once.
const reportCache = new WeakMap<LoadedUsage, Map<string, UsageReport>>();
const pendingReports = new WeakMap<LoadedUsage, Map<string, Promise<UsageReport>>>();
const cubeCache = new WeakMap<LoadedUsage, Map<string, UsageCube>>();
/**
 * Cubes kept per loaded data: a cube of a big export is tens of megabytes, and only recent filters recur;
 * but `<dyn-usage-report>` asks for up to five at once (each section leaves out its own selection).
 */
const CUBES_KEPT = 6;

/**
 * The report of loaded data for the options and filter. A report document is taken as it is, but for its
 * revenue with `revenue: false`.
 */
export function reportOf(loaded: LoadedUsage, options: ReportOptions, filter: UsageFilter = {}): UsageReport {
  if (loaded.kind === 'report')
    return options.revenue === false ? reportWithoutRevenue(loaded.report) : loaded.report;
  const key = reportKey(options, filter);
  const reports = reportsOf(loaded);
  let report = reports.get(key);
  if (!report) {
    report = reportsOfTables().computeReport(tableCube(loaded, filter), loaded.counts, options);
    keepReport(reports, key, report);
  }
  return report;
}

/** Reports kept per loaded data: one holds every subscription's months, so a few dozen filters would add up. */
const REPORTS_KEPT = 12;

function keepReport(reports: Map<string, UsageReport>, key: string, report: UsageReport): void {
  if (reports.size >= REPORTS_KEPT) reports.delete(reports.keys().next().value as string);
  reports.set(key, report);
}

/**
 * Computes the report for the options and filter in short tasks and keeps it, so that `reportOf` then
 * finds it: a load ends with its first report ready and no long task. Elements on one source share one
 * computation.
 */
export async function warmReport(
  loaded: LoadedUsage,
  options: ReportOptions,
  filter: UsageFilter,
  signal: AbortSignal,
): Promise<void> {
  if (loaded.kind === 'report') return;
  // Before the caches are read: from there to `pending.set` runs in one go, so sections share a computation.
  const { computeReportInSlices } = tableReports ?? (await loadTableReports());
  const key = reportKey(options, filter);
  if (reportsOf(loaded).has(key)) return;
  const pending = pendingReports.get(loaded) ?? new Map<string, Promise<UsageReport>>();
  pendingReports.set(loaded, pending);
  let computing = pending.get(key);
  if (!computing) {
    computing = computeReportInSlices(tableCube(loaded, filter), loaded.counts, options, yieldToEventLoop);
    pending.set(key, computing);
  }
  try {
    keepReport(reportsOf(loaded), key, await computing);
  } catch {
    // A window the options cannot make: `reportOf` throws it again, where the element shows it.
  } finally {
    pending.delete(key);
  }
  signal.throwIfAborted();
}

function reportKey(options: ReportOptions, filter: UsageFilter): string {
  return `${JSON.stringify(options)}|${filterKey(filter)}`;
}

function reportsOf(loaded: LoadedUsage): Map<string, UsageReport> {
  const reports = reportCache.get(loaded) ?? new Map<string, UsageReport>();
  reportCache.set(loaded, reports);
  return reports;
}

/**
 * Builds the unfiltered cube of a table in short tasks and keeps it, so the first report costs the page
 * no long task for the rows (only `computeReport` then runs in one go).
 */
export async function warmTableCube(loaded: LoadedUsage, signal: AbortSignal): Promise<void> {
  if (loaded.kind !== 'table') return;
  const { cubeFromTableInSlices } = await loadTableReports();
  const cube = await cubeFromTableInSlices(loaded.table, {}, yieldToEventLoop);
  signal.throwIfAborted();
  cubesOf(loaded).set('', cube);
}

function tableCube(loaded: Extract<LoadedUsage, { kind: 'table' }>, filter: UsageFilter): UsageCube {
  const key = isEmptyFilter(filter) ? '' : filterKey(filter);
  const cubes = cubesOf(loaded);
  let cube = cubes.get(key);
  if (!cube) {
    // The unfiltered cube stays; of the filtered ones only the latest few do.
    const oldest = [...cubes.keys()].find((k) => k !== '');
    if (cubes.size >= CUBES_KEPT && oldest !== undefined) cubes.delete(oldest);
    cube = reportsOfTables().cubeFromTable(loaded.table, filter);
    cubes.set(key, cube);
  }
  return cube;
}

function cubesOf(loaded: LoadedUsage): Map<string, UsageCube> {
  const cubes = cubeCache.get(loaded) ?? new Map<string, UsageCube>();
  cubeCache.set(loaded, cubes);
  return cubes;
}

async function checkedReport(url: string, report: unknown): Promise<LoadedUsage> {
  const { reportProblem } = await import('./is-usage-report.js');
  const problem = reportProblem(report);
  if (problem !== null) {
    throw new UsageLoadError(`${url} is JSON, but neither an export nor a report document: ${problem}`);
  }
  return { kind: 'report', report: report as UsageReport };
}
