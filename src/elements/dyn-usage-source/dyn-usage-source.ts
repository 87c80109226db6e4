import { LitElement, css, nothing } from 'lit';
import type { PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { Task, TaskStatus } from '@lit/task';
import type { UsageReport } from '../../core/report.js';
import type { FetchProgress } from '../../load/fetch-usage-bytes.js';
import type { LoadedUsage } from '../../load/load-usage.js';
import { errorDetail } from '../../load/usage-load-error.js';
import { SOURCE_CONNECT_EVENT } from '../../load/source-link.js';
import type { UsageSourceElement } from '../../load/source-link.js';
import { LoadStatus } from '../../load/usage-load.js';
import type { UsageLoad } from '../../load/usage-load.js';
import { usageInput } from '../../load/usage-loads.js';
import { UsageSource } from '../../load/usage-source.js';
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
 * @fires dyn-usage-source-progress - Progress of the running fetch, at most ten times a second; detail `{ loaded, total }` (bytes; `total` null when unknown).
 */
export class DynUsageSource extends LitElement implements UsageSourceElement {
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

  // Rows kept for a raw-data download from a subscription table on this source.
  private readonly usage = new UsageSource({ keepRows: true, onChange: () => this.onLoadChange() });

  private readonly task = new Task(this, {
    args: () => [this.usageLoad] as [UsageLoad | null],
    task: ([load], { signal }): Promise<LoadedUsage | null> =>
      load ? load.result(signal) : Promise.resolve(null),
    onComplete: (loaded) => {
      if (!loaded) return;
      // Where the export was parsed, and why not in a worker when it wasn't (a CSP without worker-src).
      const parsed =
        loaded.kind === 'table' && loaded.parsedIn
          ? { parsedIn: loaded.parsedIn, fallbackReason: loaded.fallbackReason }
          : {};
      this.dispatchEvent(
        usageEvent('dyn-usage-load', { section: null, input: this.inputOf(loaded), ...parsed }),
      );
    },
    onError: (error) => {
      // Stopped because this element left the page: nobody is waiting for it.
      if (this.usage.load?.status === LoadStatus.aborted) return;
      this.dispatchEvent(usageEvent('dyn-usage-error', errorDetail(error)));
    },
  });

  /**
   * The load of the current inputs, which sections on this source share; `null` while disconnected.
   * @internal
   */
  get usageLoad(): UsageLoad | null {
    return this.usage.set(usageInput(this.report, this.records, this.src));
  }

  /** Progress of the running fetch, or `null`. */
  get progress(): FetchProgress | null {
    return this.usage.load?.progress ?? null;
  }

  /** `idle` (no data set), `loading`, `ready` or `error`. */
  get status(): 'idle' | 'loading' | 'ready' | 'error' {
    const status = this.task.status;
    if (status === TaskStatus.PENDING) return 'loading';
    if (status === TaskStatus.ERROR) return 'error';
    return status === TaskStatus.COMPLETE && this.task.value ? 'ready' : 'idle';
  }

  /**
   * Reads `src` again after a failed load (the sections' "Try again"): a fresh fetch, which every section
   * on this source follows. Does nothing unless the load failed.
   */
  retry(): void {
    if (!this.usage.retry()) return;
    this.generation += 1;
    this.dispatchEvent(
      new CustomEvent('dyn-usage-source-change', { detail: { generation: this.generation } }),
    );
  }

  /** The loaded data once read; rejects with the load's error. */
  async whenLoaded(): Promise<LoadedUsage | null> {
    await this.updateComplete; // the task starts in the update after an input changes
    return this.task.taskComplete;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.usage.connect();
    // Sections that name this id and found nothing (or this element before it was defined) look again.
    this.getRootNode().dispatchEvent(new Event(SOURCE_CONNECT_EVENT));
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.usage.disconnect();
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

  private onLoadChange(): void {
    this.requestUpdate();
    // Sections on this source follow its load themselves; the event is for the page's own progress bar.
    const progress = this.progress;
    if (progress) this.dispatchEvent(new CustomEvent('dyn-usage-source-progress', { detail: progress }));
  }

  private inputOf(loaded: LoadedUsage) {
    if (loaded.kind === 'report') return loaded.report.input;
    const { table } = loaded;
    return {
      rows: table.length,
      skipped: table.skipped,
      skippedCount: table.skippedCount,
      emptyAvailable: loaded.counts.emptyAvailable,
      warnings: [...(loaded.counts.warnings ?? [])],
    };
  }
}
