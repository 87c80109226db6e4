import { QUOTE } from './byte-codes.js';

/**
 * A cell's text (`text`, decoded from the cell's bytes at `start`): a quoted cell loses its quotes and
 * doubled quotes become one; text after them stays.
 */
export function unquote(bytes: Uint8Array, start: number, text: string): string {
  if (bytes[start] !== QUOTE) return text;
  let out = '';
  let i = 1;
  for (;;) {
    const q = text.indexOf('"', i);
    if (q === -1) return out + text.slice(i);
    out += text.slice(i, q);
    if (text[q + 1] !== '"') return out + text.slice(q + 1);
    out += '"';
    i = q + 2;
  }
}
