import { WARNING_LINE_LIMIT } from './input-warning.js';
import type { InputWarning } from './input-warning.js';

// A byte order mark mid-file is text; the readers drop the one at the start themselves.
const utf8 = new TextDecoder('utf-8', { ignoreBOM: true });
/** Windows-1252's 0x80–0x9F; its five unassigned bytes stay the C1 controls they are in WHATWG's table. */
const CP1252_80 =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

/**
 * Decodes bytes as UTF-8, and each byte that is not part of a valid UTF-8 sequence as the Windows-1252
 * character it is: Excel's plain "CSV" on Windows reads right, and two different byte strings never become
 * one text (the replacement character would merge them). Valid UTF-8 costs one native decode and a search.
 * `line` is the input line `bytes` start on; each line feed in them moves it on.
 */
export function decodeText(bytes: Uint8Array, tally: EncodingTally, line: number): string {
  const text = utf8.decode(bytes);
  // A length below the byte count means a multi-byte character: the file does hold UTF-8.
  if (!text.includes('\ufffd')) {
    if (text.length !== bytes.length) tally.utf8 = true;
    return text;
  }
  let out = '';
  let run = 0;
  let i = 0;
  let at = line;
  while (i < bytes.length) {
    const length = sequenceLength(bytes, i);
    if (bytes[i] === 0x0a) at++;
    if (length > 0) {
      if (length > 1) tally.utf8 = true;
      i += length;
      continue;
    }
    const b = bytes[i] as number;
    out += utf8.decode(bytes.subarray(run, i)) + (b < 0xa0 ? CP1252_80[b - 0x80] : String.fromCharCode(b));
    tally.note(at, b === 0x81 || b === 0x8d || b === 0x8f || b === 0x90 || b === 0x9d);
    run = ++i;
  }
  return out + utf8.decode(bytes.subarray(run));
}

/** The length of the valid UTF-8 sequence at `i`, or 0 (as the WHATWG decoder judges it). */
function sequenceLength(bytes: Uint8Array, i: number): number {
  const b = bytes[i] as number;
  if (b < 0x80) return 1;
  const next = bytes[i + 1] ?? 0;
  const cont = (k: number) => ((bytes[i + k] ?? 0) & 0xc0) === 0x80;
  if (b >= 0xc2 && b <= 0xdf) return cont(1) ? 2 : 0;
  if (b >= 0xe0 && b <= 0xef) {
    const low = b === 0xe0 ? 0xa0 : 0x80;
    const high = b === 0xed ? 0x9f : 0xbf;
    return next >= low && next <= high && cont(2) ? 3 : 0;
  }
  if (b >= 0xf0 && b <= 0xf4) {
    const low = b === 0xf0 ? 0x90 : 0x80;
    const high = b === 0xf4 ? 0x8f : 0xbf;
    return next >= low && next <= high && cont(2) && cont(3) ? 4 : 0;
  }
  return 0;
}

/** An `EncodingTally` as plain data. */
export interface EncodingTallyState {
  utf8: boolean;
  unassigned: boolean;
  /** The first lines with a byte that is not UTF-8 (at most `WARNING_LINE_LIMIT`), and whether there were more. */
  lines: number[];
  more: boolean;
}

/** Where a file's bytes were not UTF-8, and whether the rest tells UTF-8 or Windows-1252. */
export class EncodingTally {
  /** A valid multi-byte UTF-8 character was seen. */
  utf8 = false;
  /** A byte Windows-1252 does not assign (0x81, 0x8D, 0x8F, 0x90, 0x9D) was not UTF-8 either. */
  private unassigned = false;
  private readonly lines: number[] = [];
  private more = false;

  /** The tally as plain data, to merge the tallies of a file read in parts (see `EncodingTally.merged`). */
  state(): EncodingTallyState {
    return { utf8: this.utf8, unassigned: this.unassigned, lines: [...this.lines], more: this.more };
  }

  /** The tally of a whole file from its parts' (their lines already the file's, in any order). */
  static merged(parts: readonly EncodingTallyState[]): EncodingTally {
    const tally = new EncodingTally();
    const lines = [...new Set(parts.flatMap((part) => part.lines))].sort((a, b) => a - b);
    tally.utf8 = parts.some((part) => part.utf8);
    tally.unassigned = parts.some((part) => part.unassigned);
    tally.lines.push(...lines.slice(0, WARNING_LINE_LIMIT));
    tally.more = lines.length > WARNING_LINE_LIMIT || parts.some((part) => part.more);
    return tally;
  }

  note(line: number, unassigned: boolean): void {
    if (unassigned) this.unassigned = true;
    const last = this.lines[this.lines.length - 1];
    if (last === line) return;
    if (this.lines.length < WARNING_LINE_LIMIT) this.lines.push(line);
    else this.more = true;
  }

  /**
   * `encoding-windows-1252` when no byte was UTF-8 beyond ASCII and every other byte is Windows-1252;
   * `encoding-invalid-utf8` when the file mixes (or a byte fits neither); nothing for a UTF-8 file.
   */
  warnings(): InputWarning[] {
    const first = this.lines[0];
    if (first === undefined) return [];
    if (!this.utf8 && !this.unassigned) {
      return [
        {
          code: 'encoding-windows-1252',
          message: `The file is not UTF-8 (line ${first} is the first with a byte that is not): read as Windows-1252, as Excel saves "CSV" on Windows`,
          lines: [first],
          values: { line: String(first) },
        },
      ];
    }
    const lines = `${this.lines.join(', ')}${this.more ? ' and more' : ''}`;
    return [
      {
        code: 'encoding-invalid-utf8',
        message: `Bytes that are not UTF-8 in line${this.lines.length > 1 ? 's' : ''} ${lines}: read one by one as Windows-1252 characters, so check those names`,
        lines: [...this.lines],
        ...(this.more ? { variant: 'more' } : {}),
        values: { count: this.lines.length, lines: this.lines.join(', ') },
      },
    ];
  }
}
