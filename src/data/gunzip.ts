import { UsageInputError } from './usage-input-error.js';

/**
 * Decompresses a gzip stream chunk by chunk with the platform's `DecompressionStream` (browsers, and
 * Node 18+ as a global), so a `.csv.gz` is read as it arrives and never held whole. `onRead` hears the
 * compressed bytes taken so far (the file's size is the measure of progress).
 * @throws UsageInputError `'unreadable'` naming what is wrong with broken or cut-off gzip data.
 */
export async function* gunzip(
  chunks: AsyncIterable<Uint8Array>,
  onRead?: (compressedBytes: number) => void,
): AsyncGenerator<Uint8Array> {
  if (typeof DecompressionStream === 'undefined') {
    throw new UsageInputError(
      'The file is gzip-compressed and this browser cannot unpack it (no DecompressionStream): unpack it first',
      'unreadable',
      { variant: 'gzip-unsupported' },
    );
  }
  const stream = new DecompressionStream('gzip');
  const writer = stream.writable.getWriter();
  const reader = stream.readable.getReader();
  let read = 0;
  let stopped = false;
  let sourceError: unknown = null;
  const pump = (async () => {
    const source = chunks[Symbol.asyncIterator]();
    for (;;) {
      let next: IteratorResult<Uint8Array>;
      try {
        next = await source.next();
      } catch (error) {
        // The source's own failure (a file that vanished, an aborted fetch) is not the data's fault.
        sourceError = error;
        // It ends the reading side too, or that would wait for data forever.
        return writer.abort(error).catch(() => {});
      }
      if (next.done) return writer.close().catch(() => {});
      read += next.value.length;
      onRead?.(read);
      try {
        // Waits while the output is not taken: memory stays bounded.
        await writer.write(next.value as Uint8Array<ArrayBuffer>);
      } catch {
        // Broken data (the reading side says how) or a reader that stopped: close the source.
        return source.return?.();
      }
      if (stopped) return source.return?.();
    }
  })();
  try {
    for (;;) {
      let next: ReadableStreamReadResult<Uint8Array>;
      try {
        next = await reader.read();
      } catch (error) {
        throw sourceError ?? gzipError(error);
      }
      if (next.done) break;
      yield next.value;
    }
    await pump;
  } finally {
    stopped = true;
    reader.cancel().catch(() => {});
    // The pump ends at its next step and closes the source (a file stream, a fetch), as other readers do.
    await pump;
  }
}

function gzipError(error: unknown): UsageInputError {
  const detail = error instanceof Error ? error.message : String(error);
  return new UsageInputError(`The gzip data is broken (${detail}): compress the export again`, 'unreadable', {
    cause: error,
    variant: 'gzip-broken',
    values: { detail },
  });
}
