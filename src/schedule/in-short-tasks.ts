/** Pieces small enough that one takes a few milliseconds to read even on a slow phone. */
const PIECE_BYTES = 64 * 1024;
/** Work per task before yielding: well under the 50 ms that counts as a long task. */
const TASK_BUDGET_MS = 10;

/**
 * The chunks in pieces, pausing between pieces once the current task has used its budget. A network
 * chunk can be megabytes, and chunks already buffered arrive as microtasks, which never yield.
 */
export async function* inShortTasks(chunks: AsyncIterable<Uint8Array>): AsyncGenerator<Uint8Array> {
  let taskStart = performance.now();
  for await (const chunk of chunks) {
    for (let offset = 0; offset < chunk.length; offset += PIECE_BYTES) {
      if (performance.now() - taskStart > TASK_BUDGET_MS) {
        await yieldToEventLoop();
        taskStart = performance.now();
      }
      yield chunk.subarray(offset, offset + PIECE_BYTES);
    }
  }
}

/** `scheduler.yield()` resumes ahead of other queued tasks; `setTimeout` is the fallback elsewhere. */
export function yieldToEventLoop(): Promise<void> {
  if (typeof scheduler !== 'undefined' && typeof scheduler.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}
