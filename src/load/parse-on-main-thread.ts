import { readUsageTable } from '../table/read-usage-table.js';
import type { UsageTableResult } from '../table/read-usage-table.js';
import { fetchUsageBytes } from './fetch-usage-bytes.js';
import type { FetchProgress } from './fetch-usage-bytes.js';
import { inShortTasks } from '../schedule/in-short-tasks.js';

export interface ParseOnMainThreadOptions {
  signal: AbortSignal;
  onProgress(progress: FetchProgress): void;
  keepRows: boolean;
}

/**
 * Fetches and reads `url` on the main thread (where no worker may run), yielding to the event loop
 * every few milliseconds so input and rendering are never held up by more than one short task.
 */
export function parseOnMainThread(url: string, options: ParseOnMainThreadOptions): Promise<UsageTableResult> {
  const { signal, onProgress, keepRows } = options;
  return readUsageTable(inShortTasks(fetchUsageBytes(url, signal, onProgress)), { signal, keepRows });
}
