import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { Task, TaskStatus } from '@lit/task';
import { DEFAULT_TOP } from '../core/report.js';
import type { ReportOptions, UsageReport } from '../core/report.js';
import { filterKey, isEmptyFilter } from '../core/usage-filter.js';
import type { UsageFilter } from '../core/usage-filter.js';
import { reportIsEmpty } from '../core/report-is-empty.js';
import type { FetchProgress } from './fetch-usage-bytes.js';
import { loadRecords, loadUrl, reportOf, warmReport, warmTableCube } from './load-usage.js';
import type { LoadedUsage } from './load-usage.js';
import type { UsageTable } from '../core/usage-table.js';
import { nextRenderTurn } from './render-turns.js';
import { UsageLoadError } from './usage-load-error.js';
import { checkedRecords, checkedReport, filterProblem } from './usage-input-check.js';

export const UsageStatus = {
  idle: 'idle',
  loading: 'loading',
  ready: 'ready',
  empty: 'empty',
  error: 'error',
} as const;
export type UsageStatus = (typeof UsageStatus)[keyof typeof UsageStatus];

/** A shared source (`<dyn-usage-source>`) as a consumer sees it. */
export interface UsageSourceLike {
  /** Goes up by one for every new load, so consumers know to fetch the new data. */
  readonly generation: number;
  /** Progress of the source's running fetch, or `null`. */
  readonly progress: FetchProgress | null;
  /** The loaded data, once loaded (rejects with the source's error). */
  whenLoaded(): Promise<LoadedUsage | null>;
}

/** What the controller reads from its host element on every update. */
export interface UsageDataInputs extends ReportOptions {
  /** Checked before use: a page may set anything on a property. */
  report?: UsageReport | null;
  /** Checked before use: a page may set anything on a property. */
  records?: readonly Record<string, unknown>[] | null;
  /** A shared source; beats `src`. */
  source?: UsageSourceLike | null;
  src?: string | null;
  /** A cross-filter (applies to data from a shared source). */
  filter?: UsageFilter;
}

export interface UsageDataHost extends ReactiveControllerHost {
  /** The inputs of the next update: a report document beats records, records beat `src`. */
  usageInputs(): UsageDataInputs;
  /** Called once per computed report, with the status it led to. */
  usageSettled?(status: UsageStatus, report: UsageReport | null, error: UsageLoadError | null): void;
}

export interface UsageDataOptions {
  /** Keep every export row's cells for a raw-data download. Default false. */
  keepRows?: boolean;
}

/**
 * Loads usage data for an element and computes its report. Loading (fetch, parse) runs again only
 * when the data input changes, and a new `src` aborts the old fetch; a change of window options only
 * recomputes the report from what is already read.
 */
export class UsageDataController implements ReactiveController {
  private ownProgress: FetchProgress | null = null;
  private source: UsageSourceLike | null = null;
  private readonly host: UsageDataHost;
  private readonly keepRows: boolean;
  private readonly task: Task<TaskArgs, LoadedUsage | null>;
  private computed: { loaded: LoadedUsage | null; optionsKey: string; report: UsageReport | null } | null =
    null;
  private computeError: UsageLoadError | null = null;

  constructor(host: UsageDataHost, options: UsageDataOptions = {}) {
    this.host = host;
    this.keepRows = options.keepRows ?? false;
    this.task = new Task(host, {
      args: (): TaskArgs => {
        const { report = null, records = null, source = null, src = null } = host.usageInputs();
        // Precedence: report, records, source, src; the lower inputs don't matter while a higher one is set.
        // Anything but null/undefined counts as set (`report = 0` is an error to show, not "no report").
        if (report != null) return [report, null, null, 0, null];
        if (records != null) return [null, records, null, 0, null];
        if (source) return [null, null, source, source.generation, null];
        return [null, null, null, 0, src || null];
      },
      task: ([report, records, source, , src], { signal }) => this.load(report, records, source, src, signal),
    });
    host.addController(this);
  }

  get status(): UsageStatus {
    if (this.task.status === TaskStatus.INITIAL) return UsageStatus.idle;
    if (this.task.status === TaskStatus.PENDING) return UsageStatus.loading;
    if (this.task.status === TaskStatus.ERROR || this.computeError) return UsageStatus.error;
    const report = this.report;
    if (!report) return UsageStatus.idle;
    return reportIsEmpty(report) ? UsageStatus.empty : UsageStatus.ready;
  }

  /** The computed report, or `null` before data is there or after an error. */
  get report(): UsageReport | null {
    return this.task.status === TaskStatus.COMPLETE ? (this.computed?.report ?? null) : null;
  }

  /** The error to show, or `null`. */
  get error(): UsageLoadError | null {
    if (this.task.status === TaskStatus.ERROR) return toLoadError(this.task.error);
    return this.computeError;
  }

  /** Column names of the export, when it was one (not a report document). */
  get columns(): readonly string[] {
    const loaded = this.task.value;
    return loaded?.kind === 'table' ? loaded.columns : [];
  }

  /** Where a `src` export was parsed (`worker` or `main-thread`) and why not in a worker; `{}` otherwise. */
  get parsed(): { parsedIn?: string; fallbackReason?: string } {
    const loaded = this.task.value;
    if (loaded?.kind !== 'table' || !loaded.parsedIn) return {};
    return loaded.fallbackReason === undefined
      ? { parsedIn: loaded.parsedIn }
      : { parsedIn: loaded.parsedIn, fallbackReason: loaded.fallbackReason };
  }

  /** The export's rows in columns, with each row's cells when kept (`rawRows`); `null` for a report document. */
  get table(): UsageTable | null {
    const loaded = this.task.value;
    return loaded?.kind === 'table' ? loaded.table : null;
  }

  hostUpdate(): void {
    if (this.task.status !== TaskStatus.COMPLETE) return;
    const loaded = this.task.value ?? null;
    const { options, filter, problem } = this.reportInputs();
    const optionsKey = `${JSON.stringify(options)}|${problem ?? filterKey(filter)}`;
    if (this.computed && this.computed.loaded === loaded && this.computed.optionsKey === optionsKey) return;
    this.computeError = null;
    let report: UsageReport | null = null;
    try {
      if (problem !== null) throw new UsageLoadError(problem);
      // A report document's figures are made: shown "filtered" they would be silently unfiltered.
      if (loaded?.kind === 'report' && !isEmptyFilter(filter))
        throw new UsageLoadError('filter: a report document cannot be filtered; filters need an export');
      report = loaded ? reportOf(loaded, options, filter) : null;
    } catch (error) {
      this.computeError = toLoadError(error);
    }
    this.computed = { loaded, optionsKey, report };
    if (loaded) this.host.usageSettled?.(this.status, report, this.computeError);
  }

  /** The report options and filter the host asks for now; with a filter that is not one, `problem` says why. */
  private reportInputs(): { options: ReportOptions; filter: UsageFilter; problem: string | null } {
    const { from, to, month, top, revenue, subscriptions, filter: given = {} } = this.host.usageInputs();
    const problem = filterProblem(given);
    const filter = problem === null ? given : {};
    // The default top is left out, so that tables asking for it (by default or by name) share one report.
    const options = withoutUndefined({
      from,
      to,
      month,
      top: top === DEFAULT_TOP ? undefined : top,
      revenue,
      subscriptions,
    });
    return { options, filter, problem };
  }

  /** Progress of a running fetch (this element's, or its shared source's), or `null`. */
  get progress(): FetchProgress | null {
    return this.source ? this.source.progress : this.ownProgress;
  }

  private async load(
    report: unknown,
    records: unknown,
    source: UsageSourceLike | null,
    src: string | null,
    signal: AbortSignal,
  ): Promise<LoadedUsage | null> {
    this.ownProgress = null;
    this.source = source;
    try {
      if (report != null) return { kind: 'report', report: checkedReport(report) };
      const loaded = source
        ? await source.whenLoaded()
        : records != null
          ? loadRecords(checkedRecords(records), this.keepRows)
          : src
            ? await loadUrl(src, { signal, keepRows: this.keepRows, onProgress: (p) => this.onProgress(p) })
            : null;
      // The cube and the first report in short tasks: built in one go, a big export's would block the page.
      if (loaded) {
        if (!source) await warmTableCube(loaded, signal);
        const { options, filter } = this.reportInputs();
        await warmReport(loaded, options, filter, signal);
        // Sections on one source would all render and lay out in one task: a frame each instead.
        await nextRenderTurn();
        signal.throwIfAborted();
      }
      return loaded;
    } catch (error) {
      if (!signal.aborted) this.host.usageSettled?.(UsageStatus.error, null, toLoadError(error));
      throw error;
    } finally {
      this.ownProgress = null;
    }
  }

  private lastProgressUpdate = 0;
  private onProgress(progress: FetchProgress): void {
    this.ownProgress = progress;
    // A render per chunk would cost more than the parse; ten a second is smooth enough for a bar.
    const now = performance.now();
    if (now - this.lastProgressUpdate > 100) {
      this.lastProgressUpdate = now;
      this.host.requestUpdate();
    }
  }
}

type TaskArgs = [
  report: unknown,
  records: unknown,
  source: UsageSourceLike | null,
  generation: number,
  src: string | null,
];

function withoutUndefined(options: ReportOptions): ReportOptions {
  return Object.fromEntries(
    Object.entries(options).filter(([, value]) => value !== undefined && value !== ''),
  );
}

function toLoadError(error: unknown): UsageLoadError {
  if (error instanceof UsageLoadError) return error;
  return new UsageLoadError(error instanceof Error ? error.message : String(error));
}
