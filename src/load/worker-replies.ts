import type { PackedResult, ParseReply } from '../worker/parse-usage-messages.js';
import { UsageLoadError } from './usage-load-error.js';
import { deserializeError } from './worker-error.js';

/** A chunk to transfer, not copy: a view into a bigger buffer is copied out first. */
export function transferable(chunk: Uint8Array): Uint8Array {
  return chunk.byteOffset === 0 && chunk.byteLength === chunk.buffer.byteLength ? chunk : chunk.slice();
}

export type WorkerReplies = ReturnType<typeof workerReplies>;

/** A started worker's replies: its result, and its `consumed` acknowledgements one at a time. */
export function workerReplies(worker: Worker, signal: AbortSignal) {
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
