import type { UsageTable } from '../table/usage-table.js';
import type { ReadStats } from '../data/usage-sink.js';
import type { FetchProgress } from './fetch-usage-bytes.js';
import { parseInWorker, WorkerStartError } from './parse-in-worker.js';
import { parseOnMainThread } from './parse-on-main-thread.js';
import { UsageLoadError } from './usage-load-error.js';

export { TRUSTED_TYPES_POLICY_NAME } from './parse-worker-script-url.js';

/** A parsed export (columns and where it was parsed), or a report document for the caller to check. */
export type ParsedUsage =
  | {
      kind: 'table';
      table: UsageTable;
      stats: ReadStats;
      columns: string[];
      parsedIn: 'worker' | 'main-thread';
      /** Why the main thread parsed it, when it did. */
      fallbackReason?: string;
    }
  | { kind: 'report'; report: unknown };

export interface ParseUsageUrlOptions {
  /** Aborting terminates the worker (or stops the main-thread read) and rejects with the signal's reason. */
  signal: AbortSignal;
  /** Bytes received so far; `total` is `null` when unknown (no length, or a compressed response). */
  onProgress(progress: FetchProgress): void;
  /**
   * Keep every row's cells (`table.rawRows`), for a raw-data download. Default false.
   */
  keepRows?: boolean;
  /**
   * `'auto'` (default): a worker, else the main thread in short tasks. `'worker'`: a worker or a
   * `UsageLoadError`. `'main-thread'`: never a worker.
   */
  mode?: 'auto' | 'worker' | 'main-thread';
}

/**
 * Fetches and parses a usage export (CSV, TSV, JSON rows) into a columnar table without blocking the
 * page: in a module worker where the page's CSP allows one, else on the main thread, yielding often.
 * @throws UsageLoadError with `status` for an HTTP failure; UsageInputError (`code`, `missingColumns`)
 * for an unusable file; the signal's reason on abort.
 */
export async function parseUsageUrl(url: string, options: ParseUsageUrlOptions): Promise<ParsedUsage> {
  const { signal, onProgress, mode = 'auto', keepRows = false } = options;
  signal.throwIfAborted();
  const absolute = new URL(url, document.baseURI).href;
  let fallbackReason = "main-thread parsing was asked for (mode: 'main-thread')";
  if (mode !== 'main-thread') {
    try {
      const result = await parseInWorker(absolute, { signal, onProgress, keepRows });
      return result.kind === 'table' ? { ...result, parsedIn: 'worker' } : result;
    } catch (error) {
      if (!(error instanceof WorkerStartError)) throw error;
      if (mode === 'worker')
        throw new UsageLoadError(`Could not parse in a worker: ${error.message}`, undefined, {
          code: 'worker-unavailable',
          values: { detail: error.message },
        });
      fallbackReason = error.message;
    }
  }
  const result = await parseOnMainThread(absolute, { signal, onProgress, keepRows });
  return result.kind === 'table' ? { ...result, parsedIn: 'main-thread', fallbackReason } : result;
}
