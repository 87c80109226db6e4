import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { Task, TaskStatus } from '@lit/task';
import { DEFAULT_TOP } from '../core/report.js';
import type { ReportOptions, UsageReport } from '../core/report.js';
import { filterKey, isEmptyFilter } from '../core/usage-filter.js';
import type { UsageFilter } from '../core/usage-filter.js';
import { reportIsEmpty } from '../core/report-is-empty.js';
import type { FetchProgress } from '../load/fetch-usage-bytes.js';
import { reportOf, warmReport } from '../load/load-usage.js';
import type { LoadedUsage } from '../load/load-usage.js';
import type { UsageTable } from '../table/usage-table.js';
import { nextRenderTurn } from '../schedule/render-turns.js';
import { toLoadError, UsageLoadError } from '../load/usage-load-error.js';
import { filterProblem } from '../load/usage-input-check.js';
import { SourceLink } from '../load/source-link.js';
import { LoadStatus } from '../load/usage-load.js';
import type { UsageLoad } from '../load/usage-load.js';
import { usageInput } from '../load/usage-loads.js';
import { UsageSource } from '../load/usage-source.js';

export const UsageStatus = {
  idle: 'idle',
  loading: 'loading',
  ready: 'ready',
  empty: 'empty',
  error: 'error',
} as const;
export type UsageStatus = (typeof UsageStatus)[keyof typeof UsageStatus];

/** What the controller reads from its host element on every update. */
export interface UsageDataInputs extends ReportOptions {
  /** Checked before use: a page may set anything on a property. */
  report?: unknown;
  /** Checked before use: a page may set anything on a property. */
  records?: unknown;
  /** Id of a `<dyn-usage-source>` in the host's document or shadow root; beats `src`. */
  source?: string | null;
  src?: string | null;
  /** A cross-filter (applies to data from a shared source). */
  filter?: UsageFilter;
}

export interface UsageDataOptions {
  /** The inputs of the next update: a report document beats records, records beat `source`, it beats `src`. */
  inputs(): UsageDataInputs;
  /** Keep every export row's cells for a raw-data download. Default false. */
  keepRows?: boolean;
  /** Called once per computed report, with the status it led to (and for a load that failed). */
  onSettled?(status: UsageStatus, report: UsageReport | null, error: UsageLoadError | null): void;
}

/**
 * Loads usage data for an element and computes its report. The load itself (fetch, parse, caches) is a
 * `UsageLoad` shared with every element on the same data: its own `src`, `records` or `report`, or a
 * `<dyn-usage-source>` named by `source`. Loading runs again only when the data input changes; a change
 * of window options only recomputes the report from what is already read.
 */
export class UsageDataController implements ReactiveController {
  private readonly host: ReactiveControllerHost & Element;
  private readonly options: UsageDataOptions;
  private readonly own: UsageSource;
  private readonly sourceLink: SourceLink;
  private readonly task: Task<[load: UsageLoad | null], LoadedUsage | null>;
  private current: UsageLoad | null = null;
  private unlisten: (() => void) | null = null;
  private computed: { loaded: LoadedUsage | null; optionsKey: string; report: UsageReport | null } | null =
    null;
  private computeError: UsageLoadError | null = null;

  constructor(host: ReactiveControllerHost & Element, options: UsageDataOptions) {
    this.host = host;
    this.options = options;
    const update = () => host.requestUpdate();
    this.own = new UsageSource({ keepRows: options.keepRows ?? false, onChange: update });
    this.sourceLink = new SourceLink(host, update);
    this.task = new Task(host, {
      args: () => [this.currentLoad()] as [UsageLoad | null],
      task: ([load], { signal }) => this.load(load, signal),
    });
    host.addController(this);
  }

  hostConnected(): void {
    this.own.connect();
    // A source is looked up again: the one named may have gone or come while this host was away.
    if (this.options.inputs().source) this.host.requestUpdate();
  }

  hostDisconnected(): void {
    this.own.disconnect();
    this.sourceLink.release();
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

  /**
   * Whether "Try again" can help: the data came from a URL (`src`, or a source) and its load failed. A
   * report document or rows that are refused, or a filter that is not one, fail the same way every time.
   */
  get canRetry(): boolean {
    if (this.task.status !== TaskStatus.ERROR) return false;
    const { report, records, source, src } = this.options.inputs();
    return report == null && records == null && Boolean(source || src);
  }

  /** Loads the data again after a failed load (see `canRetry`): a fresh fetch, not the failed one cached. */
  retry(): void {
    if (!this.canRetry) return;
    const { source } = this.options.inputs();
    if (source) this.sourceLink.retry(source);
    else this.own.retry();
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

  /** The `Last-Modified` header of the response the data came in (a `src`, or its source's), or `null`. */
  get lastModified(): string | null {
    return this.task.value?.lastModified ?? null;
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
      if (problem !== null)
        throw new UsageLoadError(problem, undefined, { code: 'filter-invalid', values: { detail: problem } });
      // A report document's figures are made: shown "filtered" they would be silently unfiltered.
      if (loaded?.kind === 'report' && !isEmptyFilter(filter))
        throw new UsageLoadError(
          'filter: a report document cannot be filtered; filters need an export',
          undefined,
          {
            code: 'filter-report-document',
          },
        );
      report = loaded ? reportOf(loaded, options, filter) : null;
    } catch (error) {
      this.computeError = toLoadError(error);
    }
    this.computed = { loaded, optionsKey, report };
    if (loaded) this.options.onSettled?.(this.status, report, this.computeError);
  }

  /** The report options and filter the host asks for now; with a filter that is not one, `problem` says why. */
  private reportInputs(): { options: ReportOptions; filter: UsageFilter; problem: string | null } {
    const {
      from,
      to,
      month,
      top,
      revenue,
      subscriptions,
      insights,
      filter: given = {},
    } = this.options.inputs();
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
      insights,
    });
    return { options, filter, problem };
  }

  /** Progress of the running fetch (this element's, or its shared source's), or `null`. */
  get progress(): FetchProgress | null {
    return this.current?.progress ?? null;
  }

  /**
   * The load for the inputs now: precedence report, records, source, src; the lower inputs don't matter
   * while a higher one is set. Progress and settling of that load re-render the host.
   */
  private currentLoad(): UsageLoad | null {
    const { report, records, source, src } = this.options.inputs();
    let load: UsageLoad | null;
    if (report == null && records == null && source) {
      this.own.set(null);
      load = this.sourceLink.resolve(source);
    } else {
      this.sourceLink.release();
      load = this.own.set(usageInput(report, records, src));
    }
    if (load !== this.current) {
      this.unlisten?.();
      this.current = load;
      this.unlisten = load?.listen(() => this.host.requestUpdate()) ?? null;
    }
    return load;
  }

  private async load(load: UsageLoad | null, signal: AbortSignal): Promise<LoadedUsage | null> {
    try {
      const loaded = load ? await load.result(signal) : null;
      // The first report in short tasks: built in one go, a big export's would block the page.
      if (loaded) {
        const { options, filter } = this.reportInputs();
        await warmReport(loaded, options, filter, signal);
        // Sections on one source would all render and lay out in one task: a frame each instead.
        await nextRenderTurn();
        signal.throwIfAborted();
      }
      return loaded;
    } catch (error) {
      // An aborted load (its source removed, or this host disconnected) is no error to tell the page.
      if (!signal.aborted && load?.status !== LoadStatus.aborted)
        this.options.onSettled?.(UsageStatus.error, null, toLoadError(error));
      throw error;
    }
  }
}

function withoutUndefined(options: ReportOptions): ReportOptions {
  return Object.fromEntries(
    Object.entries(options).filter(([, value]) => value !== undefined && value !== ''),
  );
}
