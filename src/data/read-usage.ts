import { createChunkDecoder } from './chunk-decoder.js';
import { readJsonRows } from './json-rows.js';
import { openInput } from './open-input.js';
import type { OpenedInput } from './open-input.js';
import { withWarnings } from './reader-warnings.js';
import { refuseTextStart } from './sniff-input.js';
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
 * Reads a usage export (CSV, TSV, semicolon CSV or JSON, told apart by content; gzip unpacked) chunk by
 * chunk into `sink`. Bytes are decoded as UTF-8, or UTF-16 when they start with a UTF-16 byte order mark
 * (Excel's "Unicode text") or show its pattern; bytes that are not UTF-8 are read as Windows-1252, with a
 * warning. A character split across chunks is fine.
 * @throws UsageInputError `'empty'` for an empty file, `'unreadable'` for broken or foreign JSON or gzip,
 * `'missing-columns'` when the header lacks a required column, and `'workbook'`, `'html-page'`,
 * `'json-scalar'` or `'not-text'` for what is no export.
 */
export async function readUsage(
  chunks: AsyncIterable<Uint8Array | string>,
  sink: UsageSink,
  options: ReadUsageOptions = {},
): Promise<ReadResult> {
  return readOpenedInput(await openInput(chunks, options.signal), sink, options);
}

/** `readUsage` of an input `openInput` has looked at already (the text path of `readUsageTable`). */
export async function readOpenedInput(
  input: OpenedInput,
  sink: UsageSink,
  options: ReadUsageOptions = {},
): Promise<ReadResult> {
  const { onProgress, signal } = options;
  const reader = createUsageTextReader(sink);
  const decoder = createChunkDecoder();
  signal?.throwIfAborted();
  for await (const chunk of input.chunks) {
    signal?.throwIfAborted();
    reader.push(typeof chunk === 'string' ? chunk : decoder.decode(chunk));
    onProgress?.(input.read());
  }
  signal?.throwIfAborted();
  reader.push(decoder.flush());
  const result = reader.end();
  if (result.kind === 'rows') {
    const stats = result.stats;
    return { kind: 'rows', stats: { ...stats, ...withWarnings(decoder.warnings(), stats.warnings) } };
  }
  return result;
}

/** `readUsage` over text already in memory. */
export function readUsageText(text: string, sink: UsageSink): ReadResult {
  refuseTextStart(/^[\s\uFEFF]*([^\r\n]{0,4096})/.exec(text)?.[1] ?? '');
  const reader = createUsageTextReader(sink);
  reader.push(text);
  return reader.end();
}

/** Reads row objects (an element's `records` property) with the same normalisation as JSON input. */
export function readUsageRecords(objects: readonly Record<string, unknown>[], sink: UsageSink): ReadStats {
  return { format: 'json', ...readJsonRows(objects, sink) };
}
