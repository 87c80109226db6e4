import { JsonObjectHead } from './json-object-head.js';
import { jsonSyntaxError, parseErrorIn, positionIn, showCharacter } from './json-syntax-error.js';
import type { TextPosition } from './json-syntax-error.js';
import { JsonStringScan } from './json-string-scan.js';
import { UsageInputError } from './usage-input-error.js';

const QUOTE = 0x22;
const COMMA = 0x2c;
const COLON = 0x3a;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const LF = 0x0a;

/** What a JSON input was: rows (each handed to `onItem` as it ended) or another document, parsed whole. */
export type JsonEnd = { kind: 'rows' } | { kind: 'document'; value: unknown };

export interface JsonStream {
  /** Feeds the next piece of text; it may end anywhere, even inside a string or an escape. */
  push(text: string): void;
  /** @throws UsageInputError `'unreadable'` for invalid JSON, naming the line and column. */
  end(): JsonEnd;
  /** Characters held back: the text of the element being read, or of a top-level object's head. */
  readonly heldChars: number;
}

/**
 * Reads JSON text in pieces, handing each element of a top-level array, or of the `value` array of a
 * top-level object (OData's `{ "value": [...] }`), to `onItem` as soon as it ends: memory holds one
 * element's text, never the file (a 590 MB file is past V8's longest string). Each element goes through
 * `JSON.parse`, so values are exactly what parsing the whole file gives; the scanner only finds where
 * elements end (brackets outside strings) and checks the commas between them. A top-level object is kept
 * until its `value` array starts, or whole when there is none (a report document, small).
 */
export function createJsonStream(onItem: (item: unknown) => void): JsonStream {
  return new JsonStreamScanner(onItem);
}

type Mode = 'start' | 'object' | 'array' | 'after-array';
/** Where the scanner is in the rows array: after `[`, after a comma, in an element, after one. */
type Slot = 'first' | 'next' | 'element' | 'after';

class JsonStreamScanner implements JsonStream {
  private mode: Mode = 'start';
  private slot: Slot = 'first';
  private readonly strings = new JsonStringScan();
  // A top-level object: its head, then (once the rows are read) what follows them.
  private head: JsonObjectHead | null = null;
  private headAt: TextPosition = { line: 1, column: 1 };
  private prefix = '';
  private suffix: string[] = [];
  private suffixAt: TextPosition = { line: 1, column: 1 };
  // Where the current chunk starts in the input, and the line being read: for messages only.
  private offset = 0;
  private line = 1;
  private lineStart = 0;
  // The element being read: its text from earlier chunks, its start, and the scan state.
  private parts: string[] = [];
  private partsChars = 0;
  private start = 0;
  private elementAt: TextPosition = { line: 1, column: 1 };
  private bare = false;
  private depth = 0;
  private inString = false;

  constructor(private readonly onItem: (item: unknown) => void) {}

  get heldChars(): number {
    return this.partsChars + (this.head?.chars ?? 0) + this.suffix.reduce((n, part) => n + part.length, 0);
  }

  push(input: string): void {
    const text = this.offset === 0 && input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
    this.strings.reset(text);
    let i = 0;
    if (this.mode === 'start') i = this.begin(text);
    if (this.mode === 'object') i = this.readHead(text, i);
    if (this.mode === 'array') i = this.readArray(text, i);
    if (this.mode === 'after-array') this.readTail(text, i);
    this.offset += text.length;
  }

  end(): JsonEnd {
    const at = this.position(0);
    if (this.mode === 'start') throw jsonSyntaxError('the file holds only white space', at);
    if (this.mode === 'object') return { kind: 'document', value: (this.head as JsonObjectHead).parse() };
    if (this.mode === 'array') throw jsonSyntaxError('the file ends inside the array of rows', at);
    if (this.head) this.checkWrapper();
    return { kind: 'rows' };
  }

  /** Skips white space to the first character: `[` starts the rows, `{` an object. */
  private begin(text: string): number {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === LF) this.newline(i);
      else if (c === OPEN_BRACKET) {
        this.mode = 'array';
        return i + 1;
      } else if (c === OPEN_BRACE) {
        this.mode = 'object';
        this.headAt = this.position(i);
        this.head = new JsonObjectHead(this.headAt);
        return i;
      } else if (!isSpace(c)) throw this.unexpected(c, i, '');
    }
    return text.length;
  }

  /** Keeps the object's text until its `value` array starts; the rows are read from there. */
  private readHead(text: string, from: number): number {
    const head = this.head as JsonObjectHead;
    const open = head.read(text, from);
    if (open === -1) return text.length;
    this.prefix = head.take(text, from, open);
    const at = positionIn(this.prefix, this.prefix.length, this.headAt);
    this.line = at.line;
    this.lineStart = this.offset + open - (at.column - 1);
    this.mode = 'array';
    return open + 1;
  }

  private readArray(text: string, from: number): number {
    const n = text.length;
    let i = from;
    while (i < n) {
      if (this.slot === 'element') {
        const end = this.bare ? bareEnd(text, i) : this.structureEnd(text, i);
        if (end === -1) {
          this.hold(text.slice(this.start));
          return n;
        }
        this.emit(text, end);
        i = end;
        continue;
      }
      const c = text.charCodeAt(i);
      if (c === LF) this.newline(i);
      else if (isSpace(c)) {
        // white space between elements
      } else if (c === CLOSE_BRACKET && this.slot !== 'next') {
        this.mode = 'after-array';
        this.suffixAt = this.position(i + 1);
        return i + 1;
      } else if (this.slot === 'after') {
        if (c !== COMMA) throw this.unexpected(c, i, `Expected ',' or ']' after an array element`);
        this.slot = 'next';
      } else if (c === COMMA || c === CLOSE_BRACKET || c === CLOSE_BRACE || c === COLON) {
        throw this.unexpected(c, i, this.slot === 'next' ? 'Expected an element after a comma' : '');
      } else {
        this.slot = 'element';
        this.start = i;
        this.elementAt = this.position(i);
        this.bare = c !== OPEN_BRACE && c !== OPEN_BRACKET && c !== QUOTE;
        continue;
      }
      i++;
    }
    return n;
  }

  /** After the rows: white space only, or the rest of the object around its `value` array (kept). */
  private readTail(text: string, from: number): void {
    if (this.head) {
      this.suffix.push(from === 0 ? text : text.slice(from));
      return;
    }
    for (let i = from; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === LF) this.newline(i);
      else if (!isSpace(c)) throw this.unexpected(c, i, 'Unexpected text after the array');
    }
  }

  /** The end (just past it) of the object, array or string element going on at `from`, or -1. */
  private structureEnd(text: string, from: number): number {
    let depth = this.depth;
    let i = from;
    if (this.inString) {
      const close = this.strings.end(text, i);
      if (close === -1) return -1;
      this.inString = false;
      i = close + 1;
      if (depth === 0) return i;
    }
    for (const n = text.length; i < n; i++) {
      const c = text.charCodeAt(i);
      if (c === QUOTE) {
        const close = this.strings.end(text, i + 1);
        if (close === -1) {
          this.inString = true;
          this.depth = depth;
          return -1;
        }
        i = close;
        if (depth === 0) return i + 1;
      } else if (c === OPEN_BRACE || c === OPEN_BRACKET) depth++;
      else if (c === CLOSE_BRACE || c === CLOSE_BRACKET) {
        if (--depth === 0) {
          this.depth = 0;
          return i + 1;
        }
      } else if (c === LF) this.newline(i);
    }
    this.depth = depth;
    return -1;
  }

  private hold(part: string): void {
    this.parts.push(part);
    this.partsChars += part.length;
    this.start = 0;
  }

  private emit(text: string, end: number): void {
    const last = text.slice(this.start, end);
    const element = this.parts.length === 0 ? last : this.parts.join('') + last;
    this.parts = [];
    this.partsChars = 0;
    this.slot = 'after';
    let value: unknown;
    try {
      value = JSON.parse(element);
    } catch (error) {
      throw parseErrorIn(error, element, this.elementAt);
    }
    this.onItem(value);
  }

  /** The rows are read; the object around them must be valid, with that array as its `value`. */
  private checkWrapper(): void {
    const suffix = this.suffix.join('');
    let wrapper: unknown;
    try {
      wrapper = JSON.parse(`${this.prefix}[]${suffix}`);
    } catch (error) {
      const shift = this.prefix.length + 2;
      const position = Number(/at position (\d+)/.exec(String(error))?.[1] ?? shift);
      if (position < shift) throw parseErrorIn(error, this.prefix, this.headAt);
      throw parseErrorIn(error, suffix, this.suffixAt, shift);
    }
    if (!Array.isArray((wrapper as { value?: unknown }).value)) {
      const { line, column } = this.suffixAt;
      const where = `line ${line}, column ${column}`;
      throw new UsageInputError(
        `The JSON gives "value" again after its array of rows (${where})`,
        'unreadable',
      );
    }
  }

  private newline(i: number): void {
    this.line++;
    this.lineStart = this.offset + i + 1;
  }

  private position(i: number): TextPosition {
    return { line: this.line, column: this.offset + i - this.lineStart + 1 };
  }

  private unexpected(c: number, i: number, expected: string): Error {
    const detail = expected ? `${expected}, found ${showCharacter(c)}` : `Unexpected ${showCharacter(c)}`;
    return jsonSyntaxError(detail, this.position(i));
  }
}

/** The end of a number, `true`, `false` or `null` (or of garbage, for `JSON.parse` to name), or -1. */
function bareEnd(text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isSpace(c) || c === LF || c === COMMA || c === CLOSE_BRACKET || c === CLOSE_BRACE) return i;
  }
  return -1;
}

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0d;
}
