import { unpackSteps } from '../worker/packed-table.js';
import { runInSlices } from '../core/run-steps.js';
import type { PackedResult, ParseRequest } from '../worker/parse-usage-messages.js';
import { yieldToEventLoop } from '../schedule/yield.js';
import type { UsageTableResult } from '../table/read-usage-table.js';
import { fetchUsageBytes } from './fetch-usage-bytes.js';
import type { FetchProgress } from './fetch-usage-bytes.js';
import { parseSplit, splitWorkers } from './parse-in-workers.js';
import { startWorker } from './start-parse-worker.js';
import { transferable, workerReplies } from './worker-replies.js';
import type { WorkerReplies } from './worker-replies.js';

export { WorkerStartError } from './start-parse-worker.js';

export interface ParseInWorkerOptions {
  signal: AbortSignal;
  onProgress(progress: FetchProgress): void;
  keepRows: boolean;
  /** Bytes sent to a worker and not yet read by it, at most (default 8 MiB). */
  maxAhead?: number;
  /** Whether a big export may be read by several workers (see parse-in-workers.ts); default true. */
  split?: boolean;
}

/** Enough to keep the worker busy, few enough to hold: the fetch waits for the worker beyond it. */
const MAX_AHEAD = 8 << 20;

/**
 * Fetches `url` on the page and reads it in a module worker, chunk by chunk as it arrives (never more
 * than a few megabytes ahead of the worker); a big export in several workers at once (`parseSplit`).
 * Aborting terminates the workers and the fetch. Rejects with a `WorkerStartError`, before anything is
 * fetched, when no worker could be started.
 */
export async function parseInWorker(url: string, options: ParseInWorkerOptions): Promise<UsageTableResult> {
  try {
    return await parseOnce(url, options);
  } catch (error) {
    // Its parts were read in ways one reader would not (see `PartsDisagree`): one worker reads it again.
    if (options.split === false || !(error instanceof Error && error.name === 'PartsDisagree')) throw error;
    return parseOnce(url, { ...options, split: false });
  }
}

async function parseOnce(url: string, options: ParseInWorkerOptions): Promise<UsageTableResult> {
  const { signal, onProgress, keepRows, maxAhead = MAX_AHEAD, split = true } = options;
  const worker = await startWorker(signal);
  const replies = workerReplies(worker, signal);
  let total: number | null = null;
  const chunks = fetchUsageBytes(url, signal, (progress) => {
    total = progress.total;
    onProgress(progress);
  });
  try {
    const first = await chunks.next();
    const head = first.done ? undefined : first.value;
    const workers = split && head ? splitWorkers(head, total) : 1;
    const done =
      workers > 1 && head
        ? await parseSplit({ worker, replies, head, chunks, workers, total, keepRows, maxAhead, signal })
        : await parseWhole(worker, replies, withHead(head, chunks), keepRows, maxAhead);
    if (done.kind === 'report') return done;
    // Receiving the result (structured clone) was a task; its dictionaries are unpacked in short ones.
    await yieldToEventLoop();
    const table = await runInSlices(unpackSteps(done.table), yieldToEventLoop);
    await yieldToEventLoop();
    return { ...done, table };
  } finally {
    replies.stop();
    worker.terminate();
    await chunks.return(undefined);
  }
}

/** The whole export to one worker, as it arrives. */
async function parseWhole(
  worker: Worker,
  replies: WorkerReplies,
  chunks: AsyncIterable<Uint8Array>,
  keepRows: boolean,
  maxAhead: number,
): Promise<PackedResult> {
  worker.postMessage({ type: 'start', keepRows } satisfies ParseRequest);
  let inFlight = 0;
  for await (const chunk of chunks) {
    // A worker that failed (a header without a required column) needs no more of the file.
    if (replies.settled) break;
    while (inFlight > 0 && inFlight + chunk.byteLength > maxAhead) inFlight -= await replies.consumed();
    const own = transferable(chunk);
    // Counted before it is sent: a transferred buffer reads as empty afterwards.
    inFlight += own.byteLength;
    worker.postMessage({ type: 'chunk', bytes: own } satisfies ParseRequest, [own.buffer]);
  }
  worker.postMessage({ type: 'end' } satisfies ParseRequest);
  return replies.result;
}

async function* withHead(head: Uint8Array | undefined, rest: AsyncGenerator<Uint8Array>) {
  if (head) yield head;
  yield* { [Symbol.asyncIterator]: () => rest };
}
