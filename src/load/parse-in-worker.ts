import { PARSER_WORKER_NAME, startBundledWorker } from '../start-parser-worker.js';
import { knownWorkerUrl } from '../worker/worker-url.js';
import { deserializeError } from './worker-error.js';
import { unpackTable } from '../worker/packed-table.js';
import type { PackedResult, ParseReply, ParseRequest } from '../worker/parse-usage-messages.js';
import { yieldToEventLoop } from '../schedule/yield.js';
import type { UsageTableResult } from '../table/read-usage-table.js';
import { fetchUsageBytes } from './fetch-usage-bytes.js';
import { noteIntlWarmUp } from './intl-warm-up.js';
import type { FetchProgress } from './fetch-usage-bytes.js';
import { TRUSTED_TYPES_POLICY_NAME, workerScriptUrl } from './parse-worker-script-url.js';
import type { WorkerScript } from './parse-worker-script-url.js';
import { UsageLoadError } from './usage-load-error.js';

/** The worker could not be made or did not start: the caller may parse on the main thread instead. */
export class WorkerStartError extends Error {
  override name = 'WorkerStartError';
}

export interface ParseInWorkerOptions {
  signal: AbortSignal;
  onProgress(progress: FetchProgress): void;
  keepRows: boolean;
  /** Bytes sent to the worker and not yet read by it, at most (default 8 MiB). */
  maxAhead?: number;
}

/** Enough to keep the worker busy, few enough to hold: the fetch waits for the worker beyond it. */
const MAX_AHEAD = 8 << 20;

/**
 * Fetches `url` on the page and reads it in a module worker, chunk by chunk as it arrives (never more
 * than a few megabytes ahead of the worker). Aborting terminates the worker and the fetch. Rejects with
 * a `WorkerStartError`, before anything is fetched, when no worker could be started.
 */
export async function parseInWorker(url: string, options: ParseInWorkerOptions): Promise<UsageTableResult> {
  const { signal, onProgress, keepRows, maxAhead = MAX_AHEAD } = options;
  const worker = await startWorker(signal);
  const replies = workerReplies(worker, signal);
  try {
    worker.postMessage({ type: 'start', keepRows } satisfies ParseRequest);
    let inFlight = 0;
    for await (const chunk of fetchUsageBytes(url, signal, onProgress)) {
      // A worker that failed (a header without a required column) needs no more of the file.
      if (replies.settled) break;
      while (inFlight > 0 && inFlight + chunk.byteLength > maxAhead) inFlight -= await replies.consumed();
      // Transferred, not copied: a view into a bigger buffer is copied out first.
      const own =
        chunk.byteOffset === 0 && chunk.byteLength === chunk.buffer.byteLength ? chunk : chunk.slice();
      // Counted before it is sent: a transferred buffer reads as empty afterwards.
      inFlight += own.byteLength;
      worker.postMessage({ type: 'chunk', bytes: own } satisfies ParseRequest, [own.buffer]);
    }
    worker.postMessage({ type: 'end' } satisfies ParseRequest);
    const done = await replies.result;
    if (done.kind === 'report') return done;
    // Receiving the result (structured clone) was a task; unpacking its dictionaries is another.
    await yieldToEventLoop();
    const table = unpackTable(done.table);
    await yieldToEventLoop();
    return { ...done, table };
  } finally {
    replies.stop();
    worker.terminate();
  }
}

/**
 * A module worker that has said `ready`, or a `WorkerStartError`. From a known URL (`setWorkerUrl`, or the
 * one-script-tag bundle's own) through `workerScriptUrl` (Trusted Types, a `blob:` module across origins);
 * else from where the app's bundler put it.
 */
function startWorker(signal: AbortSignal): Promise<Worker> {
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

/** A started worker's replies: its result, and its `consumed` acknowledgements one at a time. */
function workerReplies(worker: Worker, signal: AbortSignal) {
  let failed: ((error: unknown) => void) | null = null;
  let succeeded: ((result: PackedResult) => void) | null = null;
  const result = new Promise<PackedResult>((resolve, reject) => {
    succeeded = resolve;
    failed = reject;
  });
  // Rejections are read by whoever awaits `result` or `consumed`; none of them is unhandled.
  result.catch(() => undefined);
  let acknowledged = 0;
  let waiter: ((bytes: number) => void) | null = null;
  let settled = false;
  const fail = (error: unknown) => {
    settled = true;
    failed?.(error);
    waiter = null;
  };
  const onMessage = ({ data: reply }: MessageEvent<ParseReply>) => {
    if (reply.type === 'consumed') {
      acknowledged += reply.bytes;
      if (waiter) {
        waiter(acknowledged);
        acknowledged = 0;
        waiter = null;
      }
    } else if (reply.type === 'done') {
      settled = true;
      succeeded?.(reply.result);
    } else if (reply.type === 'error') fail(deserializeError(reply.error));
  };
  const onError = (event: ErrorEvent) => {
    event.preventDefault();
    const detail = event.message || 'unknown error';
    fail(
      new UsageLoadError(`The parser worker failed: ${detail}`, undefined, {
        code: 'worker-failed',
        values: { detail },
      }),
    );
  };
  const onMessageError = () =>
    fail(
      new UsageLoadError('The parser worker sent a result that could not be read', undefined, {
        code: 'worker-unreadable',
      }),
    );
  const onAbort = () => fail(signal.reason);
  worker.addEventListener('message', onMessage);
  worker.addEventListener('error', onError);
  worker.addEventListener('messageerror', onMessageError);
  signal.addEventListener('abort', onAbort);
  return {
    result,
    get settled() {
      return settled;
    },
    /** Resolves with the bytes the worker has read since the last call, or rejects as `result` does. */
    consumed(): Promise<number> {
      if (acknowledged > 0) {
        const bytes = acknowledged;
        acknowledged = 0;
        return Promise.resolve(bytes);
      }
      return Promise.race([new Promise<number>((resolve) => (waiter = resolve)), result.then(() => 0)]);
    },
    stop() {
      worker.removeEventListener('message', onMessage);
      worker.removeEventListener('error', onError);
      worker.removeEventListener('messageerror', onMessageError);
      signal.removeEventListener('abort', onAbort);
    },
  };
}

function startFailure(error: unknown, policyRefused: string | null): string {
  if (policyRefused)
    return `worker blocked by Trusted Types (policy "${TRUSTED_TYPES_POLICY_NAME}" not allowed)`;
  const message = error instanceof Error ? error.message : String(error);
  return /Content Security Policy/i.test(message)
    ? 'worker blocked by Content-Security-Policy'
    : `worker could not be created: ${message}`;
}
