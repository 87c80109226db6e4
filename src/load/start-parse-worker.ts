import { PARSER_WORKER_NAME, startBundledWorker } from '../start-parser-worker.js';
import { knownWorkerUrl } from '../worker/worker-url.js';
import type { ParseReply } from '../worker/parse-usage-messages.js';
import { noteIntlWarmUp } from './intl-warm-up.js';
import { TRUSTED_TYPES_POLICY_NAME, workerScriptUrl } from './parse-worker-script-url.js';
import type { WorkerScript } from './parse-worker-script-url.js';

/** The worker could not be made or did not start: the caller may parse on the main thread instead. */
export class WorkerStartError extends Error {
  override name = 'WorkerStartError';
}

/**
 * A module worker that has said `ready`, or a `WorkerStartError`. From a known URL (`setWorkerUrl`, or the
 * one-script-tag bundle's own) through `workerScriptUrl` (Trusted Types, a `blob:` module across origins);
 * else from where the app's bundler put it.
 */
export function startWorker(signal: AbortSignal): Promise<Worker> {
  return new Promise((resolve, reject) => {
    const known = knownWorkerUrl();
    let script: WorkerScript | null = null;
    let worker: Worker;
    try {
      if (known) {
        script = workerScriptUrl(known);
        worker = new Worker(script.forWorker, { type: 'module', name: PARSER_WORKER_NAME });
      } else {
        worker = startBundledWorker();
      }
    } catch (error) {
      script?.revoke();
      reject(new WorkerStartError(startFailure(error, script?.policyRefused ?? null)));
      return;
    }
    const where = known?.href ?? 'dyn-usage-worker.js (where the bundler put it, or setWorkerUrl())';
    // The wait for the worker's formatter is bounded from when it has started, not from now: on a busy
    // machine a module worker can take longer than that bound just to start.
    let started: () => void = () => undefined;
    noteIntlWarmUp(intlReady(worker, signal), new Promise<void>((resolve) => (started = resolve)));
    const settle = () => {
      script?.revoke();
      worker.removeEventListener('message', onMessage);
      worker.removeEventListener('error', onError);
      signal.removeEventListener('abort', onAbort);
    };
    const onMessage = (event: MessageEvent<ParseReply>) => {
      if (event.data.type !== 'ready') return;
      started();
      settle();
      resolve(worker);
    };
    const onError = (event: ErrorEvent) => {
      // Handled here; left alone the browser would also log it as uncaught. A blocked or unloadable
      // worker script shows up only as this bare event, without a reason (a module worker's imports are
      // checked against worker-src too: see workerScriptUrl).
      event.preventDefault();
      settle();
      worker.terminate();
      const why = `${where} was blocked by Content-Security-Policy (worker-src) or not found`;
      reject(new WorkerStartError(`worker did not start: ${why}`));
    };
    const onAbort = () => {
      settle();
      worker.terminate();
      reject(signal.reason);
    };
    worker.addEventListener('message', onMessage);
    worker.addEventListener('error', onError);
    signal.addEventListener('abort', onAbort);
  });
}

/** Settles once the worker has made its first formatter (see intl-warm-up.ts), has failed, or is aborted. */
function intlReady(worker: Worker, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      worker.removeEventListener('message', onMessage);
      worker.removeEventListener('error', done);
      signal.removeEventListener('abort', done);
      resolve();
    };
    const onMessage = (event: MessageEvent<ParseReply>) => {
      if (event.data.type === 'intl-ready') done();
    };
    worker.addEventListener('message', onMessage);
    worker.addEventListener('error', done);
    signal.addEventListener('abort', done);
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
