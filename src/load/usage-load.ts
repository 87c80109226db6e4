import type { FetchProgress } from './fetch-usage-bytes.js';
import type { LoadedUsage } from './load-usage.js';
import { toLoadError } from './usage-load-error.js';
import type { UsageLoadError } from './usage-load-error.js';

/** Where a load is. One map for `<dyn-usage-source>` and the sections alike. */
export const LoadStatus = {
  loading: 'loading',
  ready: 'ready',
  error: 'error',
  /** Stopped because no connected element needed it any more; an element that returns starts a new one. */
  aborted: 'aborted',
} as const;
export type LoadStatus = (typeof LoadStatus)[keyof typeof LoadStatus];

/** Reads one input (fetch and parse, or rows, or a report document), reporting progress. */
export type LoadRun = (
  signal: AbortSignal,
  onProgress: (progress: FetchProgress) => void,
) => Promise<LoadedUsage | null>;

/** A render per chunk would cost more than the parse; ten a second is smooth enough for a bar. */
const PROGRESS_INTERVAL_MS = 100;

/**
 * One load of one input, shared by every element that shows it. It starts a microtask after it is made,
 * so that the sections a page renders together join it first; it is aborted (fetch and worker) one task
 * after its last user lets go, so that an element moved within the page (disconnect, then connect in the
 * same task) keeps it.
 */
export class UsageLoad {
  status: LoadStatus = LoadStatus.loading;
  /** Bytes so far of a running fetch, or `null`. */
  progress: FetchProgress | null = null;
  loaded: LoadedUsage | null = null;
  error: UsageLoadError | null = null;
  /** Whether reading has begun (a microtask after the load was made). */
  started = false;
  /** Settles with the loaded data or the error; never unhandled. */
  readonly done: Promise<LoadedUsage | null>;

  private users = 0;
  private readonly abort = new AbortController();
  private readonly listeners = new Set<() => void>();
  private lastProgress = 0;
  /** Called once, when the load is aborted or its last user has let go (the cache forgets it). */
  onUnused: (() => void) | null = null;
  /**
   * The load that tries this failed one again (a reader's "Try again"): every element still holding this
   * one follows it on its next update, so sections sharing a URL retry together.
   */
  replacedBy: UsageLoad | null = null;

  constructor(run: LoadRun) {
    this.done = this.start(run);
    this.done.catch(() => undefined);
  }

  /** A load whose outcome is known at once (a report document, or an input that is refused). */
  static settled(make: () => LoadedUsage | null | Promise<LoadedUsage | null>): UsageLoad {
    return new UsageLoad(() => Promise.resolve().then(make));
  }

  /** Counts a user until the returned function is called (once). */
  retain(): () => void {
    this.users += 1;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.users -= 1;
      if (this.users === 0) setTimeout(() => this.stopIfUnused(), 0);
    };
  }

  /** Called on progress (at most ten times a second) and when the load settles; returns an unsubscribe. */
  listen(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Hands this failed load's users over to `next` (see `replacedBy`) and tells its listeners. */
  replace(next: UsageLoad): void {
    this.replacedBy = next;
    this.notify();
  }

  /** The loaded data; rejects with the load's error, or with `signal`'s reason when it aborts first. */
  result(signal?: AbortSignal): Promise<LoadedUsage | null> {
    if (!signal) return this.done;
    signal.throwIfAborted();
    return new Promise((resolve, reject) => {
      const onAbort = () => reject(signal.reason);
      signal.addEventListener('abort', onAbort, { once: true });
      this.done.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
    });
  }

  private async start(run: LoadRun): Promise<LoadedUsage | null> {
    const { signal } = this.abort;
    try {
      // A microtask, not a task: the sections a page rendered together have run their updates (and joined)
      // by then, and the worker is still made before their formatters warm up (intl-warm-up.ts).
      await Promise.resolve();
      signal.throwIfAborted();
      this.started = true;
      this.loaded = await run(signal, (progress) => this.onProgress(progress));
      this.status = LoadStatus.ready;
      return this.loaded;
    } catch (error) {
      this.status = signal.aborted ? LoadStatus.aborted : LoadStatus.error;
      this.error = toLoadError(error);
      throw signal.aborted ? signal.reason : error;
    } finally {
      this.progress = null;
      this.notify();
    }
  }

  private stopIfUnused(): void {
    if (this.users > 0) return;
    this.onUnused?.();
    this.onUnused = null;
    if (this.status === LoadStatus.loading) this.abort.abort();
  }

  private onProgress(progress: FetchProgress): void {
    this.progress = progress;
    const now = performance.now();
    if (now - this.lastProgress > PROGRESS_INTERVAL_MS) {
      this.lastProgress = now;
      this.notify();
    }
  }

  private notify(): void {
    for (const listener of [...this.listeners]) listener();
  }
}
