import { createDelimiterDetector } from './delimiter-detector.js';
import type { Delimiter } from './delimiter-detector.js';
import type { InputWarning } from './input-warning.js';
import { DECIMAL_COMMA_WARNING, RecoveredRows, strayQuoteReason } from './reader-warnings.js';

const QUOTE = 34;
const LF = 10;
const CR = 13;

// Where the scanner is: the state that must survive a chunk boundary.
const FIELD_START = 0;
const UNQUOTED = 1;
const QUOTED = 2;
/** A quote inside a quoted field: the next character says whether it was doubled or closing. */
const QUOTE_IN_QUOTED = 3;
/** A row ended on CR: an LF right after it belongs to the same line end. */
const AFTER_CR = 4;

export interface DelimitedTokenizer {
  /** Feeds the next piece of text; it may end anywhere, even inside a quoted field. */
  push(text: string): void;
  /** Flushes the last row (a final line end is optional). */
  end(): void;
  /** `','`, `'\t'` or `';'`, detected from the first non-empty line; `null` until that line is complete. */
  readonly delimiter: Delimiter | null;
  /** `decimal-comma` for a semicolon-separated file, `rows-recovered` after a stray quote. */
  warnings(): InputWarning[];
}

/**
 * An RFC 4180 tokenizer over chunks of text. Calls `onRow` with each row's fields and the 1-based physical
 * line the row starts on. Completely empty lines are skipped but counted; a leading BOM is dropped; a quote
 * inside an unquoted field is kept literally, as is text after a closing quote.
 *
 * A stray quote (an unclosed `"` at the start of a name) would swallow every row after it into one cell.
 * So a row after the first (the header, whose width the rows should have) is broken when a quoted cell runs
 * over a line break and then either holds a whole line with no quote and at least width − 1 delimiters (a
 * row, swallowed), or the row ends with another number of fields than the header. The row's first line is
 * then given to `onBrokenRow` (as the byte reader does) and the text after it is read again.
 */
export function createDelimitedTokenizer(
  onRow: (fields: string[], line: number) => void,
  onBrokenRow: (line: number, reason: string) => void = () => {},
): DelimitedTokenizer {
  const detector = createDelimiterDetector();
  let delimiter: Delimiter | null = null;
  let d = 0;
  let mode = FIELD_START;
  let fields: string[] = [];
  let partial = '';
  let line = 1;
  let rowLine = 1;
  let quotedCR = false;
  /** The header's field count, once read (0: no recovery yet). */
  let width = 0;
  /** After the row's first line break inside quotes: the text since, kept to read it again (see above). */
  let kept: string[] | null = null;
  let keptFrom = 0;
  let keptAfterCR = false;
  /** Whether the line since the last break inside quotes has no quote yet, and its delimiters. */
  let cleanLine = false;
  let lineDelimiters = 0;
  const recovered = new RecoveredRows();

  /** The row ends; the text to read again when it was broken, else null. */
  function endRow(s: string): string | null {
    if (width > 0 && kept && fields.length !== width) return broken(s);
    if (fields.length > 1 || fields[0] !== '') onRow(fields, rowLine);
    if (width === 0 && (fields.length > 1 || fields[0] !== '')) width = fields.length;
    fields = [];
    rowLine = ++line;
    kept = null;
    cleanLine = false;
    return null;
  }

  /** Skips the broken row's first line and returns the text after it, from the row's first quoted break. */
  function broken(s: string): string {
    onBrokenRow(rowLine, strayQuoteReason(rowLine));
    recovered.add(rowLine);
    let again = (kept ?? []).join('') + s.slice(keptFrom);
    if (keptAfterCR && again.charCodeAt(0) === LF) again = again.slice(1);
    fields = [];
    partial = '';
    mode = FIELD_START;
    line = rowLine + 1;
    rowLine = line;
    kept = null;
    cleanLine = false;
    quotedCR = false;
    return again;
  }

  // Line breaks inside a quoted field: CR, LF and CRLF each count once, also when split across chunks.
  // Returns where a swallowed row was found (see above), else -1.
  function countBreaks(s: string, from: number, to: number): number {
    for (let k = from; k < to; k++) {
      const c = s.charCodeAt(k);
      if (c === CR || (c === LF && !quotedCR)) {
        if (cleanLine && width > 1 && lineDelimiters >= width - 1) return k;
        line++;
        cleanLine = true;
        lineDelimiters = 0;
        if (!kept) {
          kept = [];
          keptFrom = k + 1;
          keptAfterCR = c === CR;
        }
      } else if (c === d) {
        lineDelimiters++;
      }
      quotedCR = c === CR;
    }
    return -1;
  }

  function start(detected: { delimiter: Delimiter; text: string } | null): void {
    if (!detected) return;
    delimiter = detected.delimiter;
    d = delimiter.charCodeAt(0);
    scan(detected.text);
  }

  /** Scans `s`, and again the text after each broken row (a loop: a file may hold many stray quotes). */
  function scan(text: string): void {
    let again: string | null = text;
    while (again !== null) {
      const s: string = again;
      keptFrom = 0;
      again = scanOnce(s);
      if (again === null && kept) kept.push(s.slice(keptFrom));
    }
  }

  /** Scans `s`; returns the text to read again after a broken row, else null once `s` is read. */
  function scanOnce(s: string): string | null {
    const n = s.length;
    const delim = delimiter ?? ',';
    let i = 0;
    // Next delimiter, LF and CR at or after `i` (`n` when none): each indexOf runs once per hit, so an
    // unquoted field costs a few native searches instead of a JavaScript loop over its characters.
    let nextDelim = -1;
    let nextLF = -1;
    let nextCR = -1;
    while (i < n) {
      if (mode === FIELD_START) {
        if (s.charCodeAt(i) === QUOTE) {
          mode = QUOTED;
          quotedCR = false;
          cleanLine = false;
          i++;
          continue;
        }
        mode = UNQUOTED;
      }
      if (mode === UNQUOTED) {
        if (nextDelim < i) nextDelim = indexOr(s, delim, i, n);
        if (nextLF < i) nextLF = indexOr(s, '\n', i, n);
        if (nextCR < i) nextCR = indexOr(s, '\r', i, n);
        const j = Math.min(nextDelim, nextLF, nextCR);
        const c = j === n ? 0 : s.charCodeAt(j);
        const piece = s.slice(i, j);
        if (j === n) {
          partial += piece;
          return null;
        }
        fields.push(partial === '' ? piece : partial + piece);
        partial = '';
        i = j + 1;
        if (c === d) {
          mode = FIELD_START;
        } else {
          const again = endRow(s);
          if (again !== null) return again;
          mode = c === CR ? AFTER_CR : FIELD_START;
        }
      } else if (mode === QUOTED) {
        const q = s.indexOf('"', i);
        const stop = q === -1 ? n : q;
        if (countBreaks(s, i, stop) !== -1) return broken(s);
        partial += s.slice(i, stop);
        if (q === -1) return null;
        mode = QUOTE_IN_QUOTED;
        quotedCR = false;
        cleanLine = false;
        i = q + 1;
      } else if (mode === QUOTE_IN_QUOTED) {
        if (s.charCodeAt(i) === QUOTE) {
          partial += '"';
          mode = QUOTED;
          i++;
        } else {
          mode = UNQUOTED;
        }
      } else {
        if (s.charCodeAt(i) === LF) i++;
        mode = FIELD_START;
      }
    }
    return null;
  }

  return {
    push(text) {
      if (delimiter === null) start(detector.push(text));
      else scan(text);
    },
    end() {
      if (delimiter === null) start(detector.push('', true));
      if (delimiter === null) return;
      for (;;) {
        if (mode === AFTER_CR || (mode === FIELD_START && fields.length === 0)) return;
        fields.push(partial);
        partial = '';
        const again = endRow('');
        if (again === null) return;
        scan(again);
      }
    },
    get delimiter() {
      return delimiter;
    },
    warnings() {
      return [...(delimiter === ';' ? [DECIMAL_COMMA_WARNING] : []), ...recovered.warnings()];
    },
  };
}

function indexOr(s: string, search: string, from: number, none: number): number {
  const at = s.indexOf(search, from);
  return at === -1 ? none : at;
}
