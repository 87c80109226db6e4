import { parseWorkerUrl } from '../worker/parse-worker-url.js';
import { deserializeError } from '../worker/parse-usage-messages.js';
import type { ParseReply, ParseRequest } from '../worker/parse-usage-messages.js';
import type { UsageTableResult } from '../core/read-usage-table.js';
import type { FetchProgress } from './fetch-usage-bytes.js';
import { TRUSTED_TYPES_POLICY_NAME, workerScriptUrl } from './parse-worker-script-url.js';
import { UsageLoadError } from './usage-load-error.js';

/** The worker could not be made or did not start: the caller may parse on the main thread instead. */
export class WorkerStartError extends Error {
  override name = 'WorkerStartError';
}

export interface ParseInWorkerOptions {
  signal: AbortSignal;
  onProgress(progress: FetchProgress): void;
  keepRows: boolean;
}

/**
 * Fetches and reads `url` (absolute) in a module worker. Aborting terminates the worker, which also
 * cancels its fetch. Rejects with a `WorkerStartError` when no worker could be started.
 */
export function parseInWorker(url: string, options: ParseInWorkerOptions): Promise<UsageTableResult> {
  const { signal, onProgress, keepRows } = options;
  return new Promise((resolve, reject) => {
    const moduleUrl = parseWorkerUrl();
    const script = workerScriptUrl(moduleUrl);
    let worker: Worker;
    try {
      worker = new Worker(script.forWorker, { type: 'module', name: 'dyn-usage-kit parser' });
    } catch (error) {
      script.revoke();
      reject(new WorkerStartError(startFailure(error, script.policyRefused)));
      return;
    }
    let started = false;
    const settle = () => {
      worker.terminate();
      script.revoke();
      signal.removeEventListener('abort', onAbort);
    };
    const onAbort = () => {
      settle();
      reject(signal.reason);
    };
    signal.addEventListener('abort', onAbort);
    worker.addEventListener('message', (event: MessageEvent<ParseReply>) => {
      const reply = event.data;
      if (reply.type === 'ready') started = true;
      else if (reply.type === 'progress') onProgress({ loaded: reply.loaded, total: reply.total });
      else {
        settle();
        if (reply.type === 'done') resolve(reply.result);
        else reject(deserializeError(reply.error));
      }
    });
    worker.addEventListener('error', (event) => {
      // Handled here; left alone the browser would also log it as uncaught.
      event.preventDefault();
      settle();
      if (started) {
        reject(new UsageLoadError(`The parser worker failed: ${event.message || 'unknown error'}`));
      } else {
        // A blocked or unloadable worker script shows up only as this bare event, without a reason. (A
        // module worker's imports are checked against worker-src too: see workerScriptUrl.)
        const why = `${moduleUrl.href} was blocked by Content-Security-Policy (worker-src) or not found`;
        reject(new WorkerStartError(`worker did not start: ${why}`));
      }
    });
    worker.addEventListener('messageerror', () => {
      settle();
      reject(new UsageLoadError('The parser worker sent a result that could not be read'));
    });
    worker.postMessage({ url, keepRows } satisfies ParseRequest);
  });
}

function startFailure(error: unknown, policyRefused: string | null): string {
  if (policyRefused)
    return `worker blocked by Trusted Types (policy "${TRUSTED_TYPES_POLICY_NAME}" not allowed)`;
  const message = error instanceof Error ? error.message : String(error);
  return /Content Security Policy/i.test(message)
    ? 'worker blocked by Content-Security-Policy'
    : `worker could not be created: ${message}`;
}
