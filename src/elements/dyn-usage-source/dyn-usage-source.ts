import { LitElement, css, nothing } from 'lit';
import type { PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { Task, TaskStatus } from '@lit/task';
import type { UsageReport } from '../../core/report.js';
import type { FetchProgress } from '../../controllers/fetch-usage-bytes.js';
import { loadRecords, loadUrl, warmTableCube } from '../../controllers/load-usage.js';
import type { LoadedUsage } from '../../controllers/load-usage.js';
import type { UsageSourceLike } from '../../controllers/usage-data-controller.js';
import { UsageLoadError } from '../../controllers/usage-load-error.js';
import { checkedRecords, checkedReport } from '../../controllers/usage-input-check.js';
import { usageEvent } from '../shared/usage-events.js';

declare global {
  interface HTMLElementEventMap {
    'dyn-usage-source-change': CustomEvent<{ generation: number }>;
    'dyn-usage-source-progress': CustomEvent<FetchProgress>;
  }
}

/**
 * Loads and reads usage data once for every section that names it: `<dyn-usage-source id="usage"
 * src="usage.csv">` and `<dyn-usage-summary source="usage">`. Five sections on a page then make one
 * request and one parse, and share each computed figure. Invisible.
 *
 * @summary A shared data source for the sections on a page.
 * @attr src - URL of a CSV, TSV or JSON export, or of a report document.
 * @prop records - Raw export rows (beats src).
 * @prop report - A report document (beats records and src).
 * @fires dyn-usage-load - The data is read; detail `{ input, parsedIn?, fallbackReason? }`: rows, skipped rows,
 *   empty available cells, and for a `src` whether a worker parsed it (`worker` | `main-thread`) and why not.
 * @fires dyn-usage-error - The data could not be read; detail `{ message, status? }`.
 * @fires dyn-usage-source-change - A new load started; consumers reload.
 */
export class DynUsageSource extends LitElement implements UsageSourceLike {
  static override styles = css`
    :host {
      display: none;
    }
  `;

  /** URL of a CSV, TSV or JSON export, or of a report document (told apart by content). */
  @property() src: string | null = null;
  /** Raw export rows (PascalCase or camelCase keys); beats `src`. */
  @property({ attribute: false }) records: readonly Record<string, unknown>[] | null = null;
  /** A report document; beats `records` and `src`. It cannot be cross-filtered. */
  @property({ attribute: false }) report: UsageReport | null = null;

  /** Goes up by one for every new load. */
  generation = 0;
  /** Progress of the running fetch, or `null`. */
  progress: FetchProgress | null = null;
  private lastProgressEvent = 0;

  private readonly task = new Task(this, {
    args: () => [this.report, this.records, this.src] as const,
    task: async ([report, records, src], { signal }): Promise<LoadedUsage | null> => {
      try {
        // Anything but null/undefined counts as set, and is checked: a page may set anything.
        if (report != null) return { kind: 'report', report: checkedReport(report) };
        const loaded =
          records != null
            ? loadRecords(checkedRecords(records), true)
            : src
              ? await loadUrl(src, {
                  signal,
                  // Kept for a raw-data download from a subscription table on this source.
                  keepRows: true,
                  onProgress: (progress) => this.onProgress(progress),
                })
              : null;
        if (loaded) await warmTableCube(loaded, signal);
        return loaded;
      } finally {
        this.progress = null;
      }
    },
    onComplete: (loaded) => {
      const input = loaded?.kind === 'table' ? loaded.table : null;
      if (!loaded) return;
      // Where the export was parsed, and why not in a worker when it wasn't (a CSP without worker-src).
      const parsed =
        loaded.kind === 'table' && loaded.parsedIn
          ? { parsedIn: loaded.parsedIn, fallbackReason: loaded.fallbackReason }
          : {};
      this.dispatchEvent(
        usageEvent('dyn-usage-load', { section: null, input: this.inputOf(loaded, input), ...parsed }),
      );
    },
    onError: (error) => {
      const status = error instanceof UsageLoadError ? error.status : undefined;
      const message = error instanceof Error ? error.message : String(error);
      this.dispatchEvent(
        usageEvent('dyn-usage-error', status === undefined ? { message } : { message, status }),
      );
    },
  });

  /** `idle` (no data set), `loading`, `ready` or `error`. */
  get status(): 'idle' | 'loading' | 'ready' | 'error' {
    const status = this.task.status;
    return status === TaskStatus.PENDING
      ? 'loading'
      : status === TaskStatus.COMPLETE
        ? this.task.value
          ? 'ready'
          : 'idle'
        : status === TaskStatus.ERROR
          ? 'error'
          : 'idle';
  }

  /** The loaded data once read; rejects with the load's error. */
  async whenLoaded(): Promise<LoadedUsage | null> {
    await this.updateComplete; // the task starts in the update after an input changes
    return this.task.taskComplete;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('src') || changed.has('records') || changed.has('report')) this.generation += 1;
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('src') || changed.has('records') || changed.has('report')) {
      this.dispatchEvent(
        new CustomEvent('dyn-usage-source-change', { detail: { generation: this.generation } }),
      );
    }
  }

  override render() {
    return nothing;
  }

  private onProgress(progress: FetchProgress): void {
    this.progress = progress;
    const now = performance.now();
    // Consumers redraw their progress bar on this; ten times a second is smooth enough.
    if (now - this.lastProgressEvent > 100) {
      this.lastProgressEvent = now;
      this.dispatchEvent(new CustomEvent('dyn-usage-source-progress', { detail: progress }));
    }
  }

  private inputOf(
    loaded: LoadedUsage,
    table: { length: number; skipped: { line: number; reason: string }[]; skippedCount: number } | null,
  ) {
    if (loaded.kind === 'report') return loaded.report.input;
    return {
      rows: table?.length ?? 0,
      skipped: table?.skipped ?? [],
      skippedCount: table?.skippedCount ?? 0,
      emptyAvailable: loaded.counts.emptyAvailable,
      warnings: [...(loaded.counts.warnings ?? [])],
    };
  }
}
