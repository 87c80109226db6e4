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
 * every few milliseconds so input and rendering are never held up by more than one short task. The
 * reader (most of src/data: tokenizer, byte reader, sniffing, markets) is imported here, on first use:
 * a page whose worker parses never downloads it on the main thread.
 */
export async function parseOnMainThread(
  url: string,
  options: ParseOnMainThreadOptions,
): Promise<UsageTableResult> {
  const { signal, onProgress, keepRows } = options;
  const { readUsageTable } = await import('../table/read-usage-table.js');
  return readUsageTable(inShortTasks(fetchUsageBytes(url, signal, onProgress)), { signal, keepRows });
}
