import type { InputWarning } from './input-warning.js';
import { readJsonRows } from './json-rows.js';
import { openInput } from './open-input.js';
import type { OpenedInput } from './open-input.js';
import { withWarnings } from './reader-warnings.js';
import { refuseTextStart } from './sniff-input.js';
import { decodeText, EncodingTally } from './text-encoding.js';
import { createUsageTextReader } from './usage-text-reader.js';
import type { ReadResult } from './usage-text-reader.js';
import type { ReadStats, UsageSink } from './usage-sink.js';

export type { ReadResult } from './usage-text-reader.js';

const LF = 0x0a;

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

/**
 * A streaming decoder that picks UTF-16 LE/BE from a byte order mark, else UTF-8 (`decodeText`: bytes that
 * are not UTF-8 read as Windows-1252), holding back a character split across chunks.
 */
function createChunkDecoder(): {
  decode(bytes: Uint8Array): string;
  flush(): string;
  warnings(): InputWarning[];
} {
  let utf16: TextDecoder | null = null;
  let started = false;
  let held: Uint8Array = new Uint8Array(0);
  let line = 1;
  let first = true;
  const tally = new EncodingTally();
  function utf8(bytes: Uint8Array, final: boolean): string {
    const cut = final ? bytes.length : completeLength(bytes);
    held = bytes.slice(cut);
    const part = bytes.subarray(0, cut);
    const text = decodeText(part, tally, line);
    for (let at = part.indexOf(LF); at !== -1; at = part.indexOf(LF, at + 1)) line++;
    if (text === '' || !first) return text;
    // The input's byte order mark is no text (a mark mid-file is: `decodeText` keeps it).
    first = false;
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  }
  function start(bytes: Uint8Array): void {
    started = true;
    const le = bytes[0] === 0xff && bytes[1] === 0xfe;
    const be = bytes[0] === 0xfe && bytes[1] === 0xff;
    if (le || be) utf16 = new TextDecoder(le ? 'utf-16le' : 'utf-16be');
  }
  return {
    decode(bytes) {
      if (utf16) return utf16.decode(bytes, { stream: true });
      const all = held.length === 0 ? bytes : concat(held, bytes);
      if (!started) {
        // The byte order mark needs two bytes to be told apart.
        if (all.length < 2) {
          held = all;
          return '';
        }
        start(all);
        held = new Uint8Array(0);
        if (utf16) return (utf16 as TextDecoder).decode(all, { stream: true });
      }
      return utf8(all, false);
    },
    flush() {
      if (utf16) return (utf16 as TextDecoder).decode();
      // Fewer than two bytes held before a start: no byte order mark, so UTF-8.
      return utf8(held, true);
    },
    warnings: () => tally.warnings(),
  };
}

/** Where a multi-byte UTF-8 sequence that the next chunk completes starts, else the length. */
function completeLength(bytes: Uint8Array): number {
  const n = bytes.length;
  for (let k = n - 1; k >= Math.max(0, n - 3); k--) {
    const b = bytes[k] as number;
    if ((b & 0xc0) === 0x80) continue;
    const needs = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
    return k + needs > n ? k : n;
  }
  return n;
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}
