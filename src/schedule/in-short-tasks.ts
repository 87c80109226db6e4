import { SLICE_MS, yieldToEventLoop } from './yield.js';

/** Pieces small enough that one takes a few milliseconds to read even on a slow phone. */
const PIECE_BYTES = 64 * 1024;

/**
 * The chunks in pieces, pausing between pieces once the current task has used its slice. A network
 * chunk can be megabytes, and chunks already buffered arrive as microtasks, which never yield.
 */
export async function* inShortTasks(chunks: AsyncIterable<Uint8Array>): AsyncGenerator<Uint8Array> {
  let taskStart = performance.now();
  for await (const chunk of chunks) {
    for (let offset = 0; offset < chunk.length; offset += PIECE_BYTES) {
      if (performance.now() - taskStart > SLICE_MS) {
        await yieldToEventLoop();
        taskStart = performance.now();
      }
      yield chunk.subarray(offset, offset + PIECE_BYTES);
    }
  }
}
