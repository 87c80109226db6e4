import { gunzip } from './gunzip.js';
import { refuseTextStart, sniffInput } from './sniff-input.js';

/** An input, looked at: which reader it needs, and its chunks from the start (unpacked when gzip). */
export interface OpenedInput {
  /** `bytes` for the byte reader (delimited text in bytes), `text` for the text reader. */
  kind: 'bytes' | 'text';
  chunks: AsyncIterable<Uint8Array | string>;
  /** Bytes (or UTF-16 code units) taken from the source so far: compressed ones for gzip. */
  read(): number;
}

const UTF16_BOM = { 'utf-16le': [0xff, 0xfe], 'utf-16be': [0xfe, 0xff] } as const;

/**
 * Looks at an input's first chunks (`sniffInput`), once for every reader: gzip is unpacked and looked at
 * again, UTF-16 without a byte order mark gets one (the text decoder needs it), and what is no export is
 * refused by name. String chunks are text; their first line is checked the same way.
 * @throws UsageInputError `'workbook'`, `'html-page'`, `'json-scalar'` or `'not-text'`.
 */
export async function openInput(
  source: AsyncIterable<Uint8Array | string>,
  signal?: AbortSignal,
): Promise<OpenedInput> {
  let read = 0;
  const counted = (async function* () {
    for await (const chunk of source) {
      read += chunk.length;
      yield chunk;
    }
  })();
  const opened = await look(counted, signal);
  return { ...opened, read: () => read };
}

async function look(
  chunks: AsyncIterable<Uint8Array | string>,
  signal: AbortSignal | undefined,
): Promise<Omit<OpenedInput, 'read'>> {
  const iterator = chunks[Symbol.asyncIterator]();
  const head: (Uint8Array | string)[] = [];
  for (;;) {
    const next = await iterator.next();
    signal?.throwIfAborted();
    if (!next.done) head.push(next.value);
    const final = next.done === true;
    if (head.some((chunk) => typeof chunk === 'string')) {
      const text = head.map((chunk) => (typeof chunk === 'string' ? chunk : '')).join('');
      const first = /^[\s\uFEFF]*([^\r\n]*)([\r\n])?/.exec(text);
      if (!final && !first?.[2] && text.length < 4096) continue;
      refuseTextStart(first?.[1] ?? '');
      return { kind: 'text', chunks: replay(head, iterator) };
    }
    const kind = sniffInput(concat(head as Uint8Array[]), final);
    if (kind === null && !final) continue;
    const rest = replay(head, iterator);
    if (kind === 'gzip') return look(gunzip(rest as AsyncIterable<Uint8Array>), signal);
    if (kind === 'utf-16le' || kind === 'utf-16be') {
      return {
        kind: 'text',
        chunks: replay([Uint8Array.from(UTF16_BOM[kind])], rest[Symbol.asyncIterator]()),
      };
    }
    return { kind: kind === 'bytes' ? 'bytes' : 'text', chunks: rest };
  }
}

async function* replay<T>(head: readonly T[], rest: AsyncIterator<T>): AsyncGenerator<T> {
  try {
    yield* head;
    for (;;) {
      const next = await rest.next();
      if (next.done) return;
      yield next.value;
    }
  } finally {
    // A reader that stops early (an abort, a refused file) closes the source: a file stream, a fetch.
    await rest.return?.();
  }
}

function concat(parts: readonly Uint8Array[]): Uint8Array {
  if (parts.length === 1) return parts[0] as Uint8Array;
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}
