import { once } from 'node:events';
import type { Writable } from 'node:stream';

/**
 * Writes the pieces in order, waiting for `drain` whenever the stream's buffer is full (a stream error,
 * such as a closed pipe, rejects instead), so that the text waiting to be written stays about one piece
 * whatever the document's size. Resolves once the last piece is handed to the system.
 */
export async function writePieces(stream: Writable, pieces: Iterable<string>): Promise<void> {
  for (const piece of pieces) {
    if (!stream.write(piece)) await once(stream, 'drain');
  }
  await new Promise<void>((resolve, reject) => {
    stream.write('', (error) => (error ? reject(error) : resolve()));
  });
}
