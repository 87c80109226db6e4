import { createDelimiterDetector } from './delimiter-detector.js';
import type { Delimiter } from './delimiter-detector.js';

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
  /** `','` or `'\t'`, detected from the first non-empty line; `null` until that line is complete. */
  readonly delimiter: Delimiter | null;
}

/**
 * An RFC 4180 tokenizer over chunks of text. Calls `onRow` with each row's fields and the 1-based physical
 * line the row starts on. Completely empty lines are skipped but counted; a leading BOM is dropped; a quote
 * inside an unquoted field is kept literally, as is text after a closing quote.
 */
export function createDelimitedTokenizer(
  onRow: (fields: string[], line: number) => void,
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

  function endRow(): void {
    if (fields.length > 1 || fields[0] !== '') onRow(fields, rowLine);
    fields = [];
    rowLine = ++line;
  }

  // Line breaks inside a quoted field: CR, LF and CRLF each count once, also when split across chunks.
  function countBreaks(s: string, from: number, to: number): void {
    for (let k = from; k < to; k++) {
      const c = s.charCodeAt(k);
      if (c === CR) line++;
      else if (c === LF && !quotedCR) line++;
      quotedCR = c === CR;
    }
  }

  function start(detected: { delimiter: Delimiter; text: string } | null): void {
    if (!detected) return;
    delimiter = detected.delimiter;
    d = delimiter.charCodeAt(0);
    scan(detected.text);
  }

  function scan(s: string): void {
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
          return;
        }
        fields.push(partial === '' ? piece : partial + piece);
        partial = '';
        i = j + 1;
        if (c === d) {
          mode = FIELD_START;
        } else {
          endRow();
          mode = c === CR ? AFTER_CR : FIELD_START;
        }
      } else if (mode === QUOTED) {
        const q = s.indexOf('"', i);
        const stop = q === -1 ? n : q;
        countBreaks(s, i, stop);
        partial += s.slice(i, stop);
        if (q === -1) return;
        mode = QUOTE_IN_QUOTED;
        quotedCR = false;
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
  }

  return {
    push(text) {
      if (delimiter === null) start(detector.push(text));
      else scan(text);
    },
    end() {
      if (delimiter === null) start(detector.push('', true));
      if (delimiter === null) return;
      if (mode === AFTER_CR || (mode === FIELD_START && fields.length === 0)) return;
      fields.push(partial);
      partial = '';
      endRow();
    },
    get delimiter() {
      return delimiter;
    },
  };
}

function indexOr(s: string, search: string, from: number, none: number): number {
  const at = s.indexOf(search, from);
  return at === -1 ? none : at;
}
