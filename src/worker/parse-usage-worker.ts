// The parser worker: fetches an export, reads it into a columnar table and posts the table back with its
// typed arrays transferred, so a page stays responsive while hundreds of megabytes are parsed.
import { fetchUsageBytes } from '../controllers/fetch-usage-bytes.js';
import type { FetchProgress } from '../controllers/fetch-usage-bytes.js';
import type { ParseReply, ParseRequest } from './parse-usage-messages.js';
import { serializeError } from './parse-usage-messages.js';
import { readUsageTable, tableTransferables } from '../core/read-usage-table.js';

/** The slice of a dedicated worker's global scope used here (the project's TypeScript lib is DOM's). */
interface ParseWorkerScope {
  postMessage(message: ParseReply, options?: { transfer: Transferable[] }): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<ParseRequest>) => void): void;
}

/** A message per chunk would flood the page for a fast local file; twenty a second draws a smooth bar. */
const PROGRESS_INTERVAL_MS = 50;

const scope = self as unknown as ParseWorkerScope;

scope.addEventListener('message', (event) => void parse(event.data.url, event.data.keepRows));
scope.postMessage({ type: 'ready' });

async function parse(url: string, keepRows: boolean): Promise<void> {
  let last: FetchProgress | null = null;
  let lastPosted = Number.NEGATIVE_INFINITY;
  const post = (progress: FetchProgress) => scope.postMessage({ type: 'progress', ...progress });
  const onProgress = (progress: FetchProgress) => {
    last = progress;
    const now = performance.now();
    if (now - lastPosted < PROGRESS_INTERVAL_MS) return;
    lastPosted = now;
    post(progress);
  };
  try {
    // The page aborts by terminating this worker, so this signal never fires.
    const signal = new AbortController().signal;
    const result = await readUsageTable(fetchUsageBytes(url, signal, onProgress), { keepRows });
    if (last) post(last);
    const transfer = result.kind === 'table' ? tableTransferables(result.table) : [];
    scope.postMessage({ type: 'done', result }, { transfer });
  } catch (error) {
    scope.postMessage({ type: 'error', error: serializeError(error) });
  }
}
