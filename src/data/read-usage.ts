import { readJsonRows } from './json-rows.js';
import { createUsageTextReader } from './usage-text-reader.js';
import type { ReadResult } from './usage-text-reader.js';
import type { ReadStats, UsageSink } from './usage-sink.js';

export type { ReadResult } from './usage-text-reader.js';

export interface ReadUsageOptions {
  /** Called after each chunk with the total read so far: bytes, or UTF-16 code units for string chunks. */
  onProgress?: (bytesRead: number) => void;
  /** Stops reading between chunks, rejecting with the signal's reason (an `AbortError` by default). */
  signal?: AbortSignal;
}

/**
 * Reads a usage export (CSV, TSV or JSON, told apart by content) chunk by chunk into `sink`. Bytes are
 * decoded as UTF-8, or UTF-16 when they start with a UTF-16 byte order mark (Excel's "Unicode text");
 * a character split across chunks is fine.
 * @throws UsageInputError `'empty'` for an empty file, `'unreadable'` for broken or foreign JSON,
 * `'missing-columns'` when the header lacks a required column.
 */
export async function readUsage(
  chunks: AsyncIterable<Uint8Array | string>,
  sink: UsageSink,
  options: ReadUsageOptions = {},
): Promise<ReadResult> {
  const { onProgress, signal } = options;
  const reader = createUsageTextReader(sink);
  const decoder = createChunkDecoder();
  let bytesRead = 0;
  signal?.throwIfAborted();
  for await (const chunk of chunks) {
    signal?.throwIfAborted();
    reader.push(typeof chunk === 'string' ? chunk : decoder.decode(chunk));
    bytesRead += chunk.length;
    onProgress?.(bytesRead);
  }
  signal?.throwIfAborted();
  reader.push(decoder.flush());
  return reader.end();
}

/** `readUsage` over text already in memory. */
export function readUsageText(text: string, sink: UsageSink): ReadResult {
  const reader = createUsageTextReader(sink);
  reader.push(text);
  return reader.end();
}

/** Reads row objects (an element's `records` property) with the same normalisation as JSON input. */
export function readUsageRecords(objects: readonly Record<string, unknown>[], sink: UsageSink): ReadStats {
  return { format: 'json', ...readJsonRows(objects, sink) };
}

/** A streaming decoder that picks UTF-16 LE/BE from a byte order mark, else UTF-8 (which drops its BOM). */
function createChunkDecoder(): { decode(bytes: Uint8Array): string; flush(): string } {
  let decoder: TextDecoder | null = null;
  let prefix: Uint8Array = new Uint8Array(0);
  function start(bytes: Uint8Array): TextDecoder {
    const le = bytes[0] === 0xff && bytes[1] === 0xfe;
    const be = bytes[0] === 0xfe && bytes[1] === 0xff;
    return new TextDecoder(le ? 'utf-16le' : be ? 'utf-16be' : 'utf-8');
  }
  return {
    decode(bytes) {
      if (decoder) return decoder.decode(bytes, { stream: true });
      const all = prefix.length === 0 ? bytes : concat(prefix, bytes);
      // The byte order mark needs two bytes to be told apart.
      if (all.length < 2) {
        prefix = all;
        return '';
      }
      decoder = start(all);
      prefix = new Uint8Array(0);
      return decoder.decode(all, { stream: true });
    },
    flush() {
      if (decoder) return decoder.decode();
      decoder = start(prefix);
      return decoder.decode(prefix);
    },
  };
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}
