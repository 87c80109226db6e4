import { LoadStatus } from './usage-load.js';
import type { UsageLoad } from './usage-load.js';
import { sameInput, usageLoadOf } from './usage-loads.js';
import type { UsageInput } from './usage-loads.js';

export interface UsageSourceOptions {
  /** Keep every export row's cells, for a raw-data download. Default false. */
  keepRows?: boolean;
  /** Called when the load changes, reports progress (at most ten times a second) or settles. */
  onChange(): void;
}

/**
 * An element's data input (`report`, `records` or `src`) and the load that reads it. The load is held only
 * while the element is connected: one that no connected element holds any more is aborted. An element
 * that comes back to a load that was aborted gets a new one.
 */
export class UsageSource {
  private input: UsageInput | null = null;
  private current: UsageLoad | null = null;
  private release: (() => void) | null = null;
  private unlisten: (() => void) | null = null;
  private connected = false;
  private readonly keepRows: boolean;
  private readonly onChange: () => void;

  constructor(options: UsageSourceOptions) {
    this.keepRows = options.keepRows ?? false;
    this.onChange = options.onChange;
  }

  /** The load of `input` (the same object while the input stays the same); `null` while disconnected. */
  set(input: UsageInput | null): UsageLoad | null {
    if (!sameInput(input, this.input)) {
      this.input = input;
      this.use(null);
    }
    // Another element on the same data retried it: follow.
    let next = this.current?.replacedBy ?? null;
    while (next?.replacedBy) next = next.replacedBy;
    if (next) this.use(next);
    if (this.connected && this.input && (!this.current || this.current.status === LoadStatus.aborted))
      this.use(usageLoadOf(this.input, this.keepRows));
    return this.current;
  }

  /**
   * Reads the input again after a failed load (a reader's "Try again"): a new load, fetched afresh, which
   * every element still holding the failed one follows. Returns whether there was a failed load to retry.
   */
  retry(): boolean {
    const failed = this.current;
    if (!failed || failed.status !== LoadStatus.error || !this.input || !this.connected) return false;
    const next = usageLoadOf(this.input, this.keepRows);
    this.use(next);
    failed.replace(next);
    this.onChange();
    return true;
  }

  /** The load in use, or `null`. */
  get load(): UsageLoad | null {
    return this.current;
  }

  connect(): void {
    this.connected = true;
    const before = this.current;
    if (this.current) this.release = this.current.retain();
    if (this.set(this.input) !== before) this.onChange();
  }

  disconnect(): void {
    this.connected = false;
    this.release?.();
    this.release = null;
  }

  private use(load: UsageLoad | null): void {
    this.release?.();
    this.unlisten?.();
    this.release = null;
    this.unlisten = null;
    this.current = load;
    if (!load) return;
    this.unlisten = load.listen(this.onChange);
    if (this.connected) this.release = load.retain();
  }
}
