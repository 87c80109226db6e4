import { UsageInputError } from './usage-input-error.js';

/**
 * What the first bytes say: `bytes` (UTF-8 or Windows-1252 CSV, TSV or semicolon CSV), `text` (JSON, or
 * UTF-16 with a byte order mark), `gzip`, or UTF-16 without a byte order mark in either byte order.
 */
export type InputKind = 'bytes' | 'text' | 'gzip' | 'utf-16le' | 'utf-16be';

/** Enough to see a zip or gzip signature, a UTF-16 pattern and the start of a web page. */
const LOOK = 64;
/** A first line longer than this is no JSON scalar or page start worth waiting for. */
const FIRST_LINE_LIMIT = 4096;
const latin1 = new TextDecoder('windows-1252');

/**
 * Tells what an input is from its first bytes (`final`: there are no more), or `null` until it can.
 * @throws UsageInputError with its own code for what is no export: a workbook, a web page, a JSON value
 * that is not rows, bytes that are not text.
 */
export function sniffInput(head: Uint8Array, final: boolean): InputKind | null {
  if (head.length < 4 && !final) return null;
  const [a, b, c, d] = head;
  if (a === 0x1f && b === 0x8b) return 'gzip';
  if (a === 0x50 && b === 0x4b && (c === 3 || c === 5) && (d === 4 || d === 6)) {
    throw new UsageInputError(
      'This is an Excel workbook (.xlsx) or another zip file, not an export: save the sheet as CSV (CSV UTF-8) and load that',
      'workbook',
    );
  }
  if (a === 0xd0 && b === 0xcf && c === 0x11 && d === 0xe0) {
    throw new UsageInputError(
      'This is an Excel 97–2003 workbook (.xls), not an export: save the sheet as CSV (CSV UTF-8) and load that',
      'workbook',
      { variant: 'xls' },
    );
  }
  if ((a === 0xff && b === 0xfe) || (a === 0xfe && b === 0xff)) return 'text';
  const order = utf16Order(head.subarray(0, LOOK));
  if (order) return order;
  let i = a === 0xef && b === 0xbb && c === 0xbf ? 3 : 0;
  while (i < head.length && isWhitespace(head[i] as number)) i++;
  if (i === head.length) return final ? 'bytes' : null;
  if (head[i] === 0x5b || head[i] === 0x7b) return 'text';
  const lineEnd = head.findIndex((byte, k) => k >= i && (byte === 0x0a || byte === 0x0d));
  const line = head.subarray(i, lineEnd === -1 ? head.length : lineEnd);
  if (lineEnd === -1 && !final && line.length < FIRST_LINE_LIMIT) return null;
  refuseTextStart(latin1.decode(line));
  return 'bytes';
}

/**
 * Refuses a first line that shows the input is no export: a web page or other markup (what a server
 * sends in place of the file: a sign-in page, an XML error) or a JSON value that is not rows (`42`, `"x"`,
 * `null`, `true`). No export's header starts with `<`.
 */
export function refuseTextStart(firstLine: string): void {
  const line = firstLine.replace(/^\uFEFF/, '').trim();
  if (/^<(?:!doctype\s+html|html|head|body|!--)(?=[\s>]|$)/i.test(line)) {
    throw new UsageInputError(
      'This is a web page (HTML), not an export: perhaps a sign-in or error page was served in place of the file',
      'html-page',
    );
  }
  // An expired storage link answers with an XML error document (`<?xml …?><Error>…`), for one.
  if (/^<[?!a-z]/i.test(line)) {
    throw new UsageInputError(
      'This is markup (XML or HTML), not an export: perhaps an error document was served in place of the file',
      'html-page',
      { variant: 'markup' },
    );
  }
  if (!/^(?:["\d-]|true|false|null)/.test(line)) return;
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return;
  }
  if (value === null || typeof value !== 'object') {
    const shown = line.length > 40 ? `${line.slice(0, 39)}…` : line;
    throw new UsageInputError(
      `This is a single JSON value (${shown}), not an export: expected CSV, TSV or a JSON array of rows`,
      'json-scalar',
      { values: { value: shown } },
    );
  }
}

/**
 * `utf-16le` or `utf-16be` when every other byte is 00 (text of Latin letters without a byte order
 * mark); null for bytes with no 00. @throws UsageInputError `'not-text'` for 00 bytes in no such pattern.
 */
function utf16Order(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  let even = 0;
  let odd = 0;
  for (let k = 0; k < bytes.length; k++) {
    if (bytes[k] !== 0) continue;
    if (k % 2 === 0) even++;
    else odd++;
  }
  if (even === 0 && odd === 0) return null;
  const pairs = Math.floor(bytes.length / 2);
  // A CSV header is letters and delimiters: at least half its UTF-16 characters have a 00 half.
  if (even === 0 && odd * 2 >= pairs) return 'utf-16le';
  if (odd === 0 && even * 2 >= pairs) return 'utf-16be';
  throw new UsageInputError(
    'The file holds 00 bytes in no order that UTF-16 text would have: it is not a text export (save it as CSV UTF-8)',
    'not-text',
  );
}

function isWhitespace(byte: number): boolean {
  return byte === 0x20 || byte === 0x09 || byte === 0x0a || byte === 0x0d;
}
