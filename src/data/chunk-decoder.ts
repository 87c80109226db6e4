import type { InputWarning } from './input-warning.js';
import { decodeText, EncodingTally } from './text-encoding.js';

const LF = 0x0a;

/**
 * A streaming decoder that picks UTF-16 LE/BE from a byte order mark, else UTF-8 (`decodeText`: bytes that
 * are not UTF-8 read as Windows-1252), holding back a character split across chunks.
 */
export function createChunkDecoder(): {
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
