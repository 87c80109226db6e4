import { sniffInput } from '../data/sniff-input.js';
import { yieldToEventLoop } from '../schedule/yield.js';
import { BlockSplitter } from '../table/split-blocks.js';
import type { SplitStep } from '../table/split-blocks.js';
import type { ReaderDecisions } from '../table/usage-parts-reader.js';
import type { PackedResult, ParseReply, ParseRequest } from '../worker/parse-usage-messages.js';
import { startWorker } from './start-parse-worker.js';
import { transferable, workerReplies } from './worker-replies.js';
import type { WorkerReplies } from './worker-replies.js';

/**
 * How an export is split among workers. Internal: tests lower the sizes to split a small file. Parts of
 * 8 MB give a 400 MB export 50 parts (their merge: about 130 ms in Node, 180–230 ms in Chromium at load 9
 * on two cores); in flight, each worker has a part and a block on its way.
 */
export const SPLIT = {
  /** Workers at most, and at most `navigator.hardwareConcurrency` less `spareCores`. */
  maxWorkers: 4,
  /**
   * Cores left to the page, whose main thread fetches, checks each block's quotes and draws: on two cores
   * a second worker only shared them out (the bench's 400 MB load was no faster and the page's tasks grew
   * longer), so a two-core machine reads with one worker, four cores with three.
   */
  spareCores: 1,
  /** A file of fewer bytes (by its Content-Length) is read by one worker: a split would gain nothing. */
  minBytes: 48 << 20,
  /** Bytes the page gathers before it looks for a row boundary (quote parity: about 1 ms a block). */
  blockBytes: 2 << 20,
  /** Bytes a part reaches before the next block starts a part on the next worker. */
  partBytes: 8 << 20,
};

/** How many workers read an export whose first chunk is `head`: 1 unless it is big and plain bytes. */
export function splitWorkers(head: Uint8Array, total: number | null): number {
  const cores = globalThis.navigator?.hardwareConcurrency ?? 1;
  const workers = Math.min(SPLIT.maxWorkers, cores - SPLIT.spareCores);
  if (workers < 2 || (total !== null && total < SPLIT.minBytes)) return 1;
  // Only what the byte reader reads can be cut by bytes: not gzip, UTF-16 or JSON. What is refused (a
  // workbook) is refused by the worker, as ever.
  try {
    return sniffInput(head, false) === 'bytes' ? workers : 1;
  } catch {
    return 1;
  }
}

export interface SplitContext {
  /** Worker 0, started: it reads the part with the header and merges. */
  worker: Worker;
  replies: WorkerReplies;
  head: Uint8Array;
  chunks: AsyncIterator<Uint8Array>;
  workers: number;
  total: number | null;
  keepRows: boolean;
  maxAhead: number;
  signal: AbortSignal;
}

/**
 * Reads an export in several workers as it arrives: `BlockSplitter` cuts it into parts at row boundaries,
 * part after part to the next worker (the others start once the file is big enough), and worker 0 merges
 * every worker's parts into the table one worker would have made. Any worker's error ends the load.
 * Resolves with worker 0's packed result; the other workers are terminated.
 */
export async function parseSplit(context: SplitContext): Promise<PackedResult> {
  const { worker, replies, head, chunks, workers, total, keepRows, maxAhead, signal } = context;
  const pool: Worker[] = [worker];
  // Any worker's error (or the abort) ends the load: one promise, handled, that every wait races.
  let fail: (error: unknown) => void = () => undefined;
  const failure = new Promise<never>((_, reject) => (fail = reject));
  let failed = false;
  void failure.catch(() => (failed = true));
  replies.result.catch(fail);
  const stops: (() => void)[] = [];
  let decisions: ReaderDecisions | null = null;
  let ended = false;
  let inFlight = 0;
  let wake: (() => void) | null = null;
  const splitter = new BlockSplitter({ ...SPLIT, workers: () => pool.length });
  const onReply = ({ data }: MessageEvent<ParseReply>) => {
    if (data.type === 'consumed') {
      inFlight -= data.bytes;
      wake?.();
      wake = null;
    } else if (data.type === 'decisions') {
      decisions = data.decisions;
      splitter.decide(data.decisions.delimiter);
    } else if (data.type === 'done' && data.mergeMs !== undefined) {
      // For the bench and tests: how long worker 0 merged, and how many workers read the parts.
      const end = performance.now();
      try {
        performance.measure('dyn-usage-kit:merge', { start: end - data.mergeMs, end, detail: pool.length });
      } catch {
        // An engine without measure options: nothing to note.
      }
    }
  };
  // Worker 0's listener stays until the caller terminates it: the result settles the race before the
  // listeners after `workerReplies`' own hear of it, and this one notes how long the merge took.
  const listen = (target: Worker) => {
    target.addEventListener('message', onReply);
    if (target !== worker) stops.push(() => target.removeEventListener('message', onReply));
  };
  const startPeer = async () => {
    let peer: Worker;
    try {
      peer = await startWorker(signal);
    } catch {
      return; // Fewer workers read it.
    }
    if (ended) return peer.terminate();
    const peerReplies = workerReplies(peer, signal);
    stops.push(
      () => peerReplies.stop(),
      () => peer.terminate(),
    );
    // A peer's result goes to worker 0, never here: only its failure counts.
    peerReplies.result.catch(fail);
    listen(peer);
    const { port1, port2 } = new MessageChannel();
    const start: ParseRequest = { type: 'start', keepRows, split: { worker: pool.length, port: port2 } };
    peer.postMessage(start, [port2]);
    worker.postMessage({ type: 'peer', port: port1 } satisfies ParseRequest, [port1]);
    pool.push(peer);
  };
  // Enough ahead for every worker to have a part on its way.
  const limit = Math.max(maxAhead, workers * (SPLIT.partBytes + SPLIT.blockBytes));
  const send = async (steps: SplitStep[]) => {
    for (const step of steps) {
      const target = pool[step.worker]!;
      if (step.type === 'part') {
        const given = step.part > 0 && decisions ? { decisions } : {};
        target.postMessage({ type: 'part', part: step.part, ...given } satisfies ParseRequest);
        continue;
      }
      while (inFlight > 0 && inFlight + step.bytes.byteLength > limit)
        await Promise.race([new Promise<void>((resolve) => (wake = resolve)), failure]);
      const own = transferable(step.bytes);
      inFlight += own.byteLength;
      target.postMessage({ type: 'chunk', bytes: own } satisfies ParseRequest, [own.buffer]);
    }
  };
  listen(worker);
  worker.postMessage({ type: 'start', keepRows, split: { worker: 0 } } satisfies ParseRequest);
  try {
    let received = 0;
    let starting = false;
    for (let chunk: Uint8Array | undefined = head; chunk;) {
      // A worker that failed (a header without a required column) needs no more of the file.
      if (failed) break;
      received += chunk.byteLength;
      if (!starting && (received >= SPLIT.minBytes / 4 || (total ?? 0) >= SPLIT.minBytes)) {
        starting = true;
        for (let k = 1; k < workers; k++) void startPeer();
      }
      const steps = splitter.push(chunk);
      await send(steps);
      // Chunks already fetched come as microtasks: each block looked at (about 1–2 ms) is a task of its own.
      if (steps.length > 0) await yieldToEventLoop();
      const next = await chunks.next();
      chunk = next.done ? undefined : next.value;
    }
    await send(splitter.end());
    ended = true;
    for (const target of pool) target.postMessage({ type: 'end' } satisfies ParseRequest);
    return await Promise.race([replies.result, failure]);
  } finally {
    ended = true;
    for (const stop of stops) stop();
  }
}
