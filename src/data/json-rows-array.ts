import { jsonSyntaxError, parseErrorIn, showCharacter } from './json-syntax-error.js';
import type { LineCount, TextPosition } from './json-syntax-error.js';
import { JsonStringScan } from './json-string-scan.js';

const QUOTE = 0x22;
const COMMA = 0x2c;
const COLON = 0x3a;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const LF = 0x0a;

/** Where the scanner is: after `[`, after a comma, in an element, after one. */
type Slot = 'first' | 'next' | 'element' | 'after';

/**
 * The inside of a JSON array, read in chunks: each element goes to `JSON.parse` and `onItem` as soon as it
 * ends, so only the element being read is held. The scan only finds where elements end (brackets outside
 * strings; strings skipped with `indexOf`) and checks the commas between them; `JSON.parse` checks the rest.
 */
export class JsonRowsArray {
  private slot: Slot = 'first';
  private readonly strings = new JsonStringScan();
  // The element being read: its text from earlier chunks, its start here, and the scan state.
  private parts: string[] = [];
  /** Characters of the element being read held from earlier chunks. */
  heldChars = 0;
  private start = 0;
  private elementAt: TextPosition = { line: 1, column: 1 };
  private bare = false;
  private depth = 0;
  private inString = false;

  constructor(
    private readonly lines: LineCount,
    private readonly onItem: (item: unknown) => void,
  ) {}

  /** Reads `text` from `from`: the index just past the array's `]`, or -1 when the array goes on. */
  read(text: string, from: number): number {
    this.strings.reset(text);
    const n = text.length;
    let i = from;
    while (i < n) {
      if (this.slot === 'element') {
        const end = this.bare ? bareEnd(text, i) : this.structureEnd(text, i);
        if (end === -1) {
          this.hold(text.slice(this.start));
          return -1;
        }
        this.emit(text, end);
        i = end;
        continue;
      }
      const c = text.charCodeAt(i);
      if (c === LF) this.lines.newline(i);
      else if (isSpace(c)) {
        // white space between elements
      } else if (c === CLOSE_BRACKET && this.slot !== 'next') {
        return i + 1;
      } else if (this.slot === 'after') {
        if (c !== COMMA) throw this.unexpected(c, i, `Expected ',' or ']' after an array element`);
        this.slot = 'next';
      } else if (c === COMMA || c === CLOSE_BRACKET || c === CLOSE_BRACE || c === COLON) {
        throw this.unexpected(c, i, this.slot === 'next' ? 'Expected an element after a comma' : '');
      } else {
        this.slot = 'element';
        this.start = i;
        this.elementAt = this.lines.position(i);
        this.bare = c !== OPEN_BRACE && c !== OPEN_BRACKET && c !== QUOTE;
        continue;
      }
      i++;
    }
    return -1;
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
      } else if (c === LF) this.lines.newline(i);
    }
    this.depth = depth;
    return -1;
  }

  private hold(part: string): void {
    this.parts.push(part);
    this.heldChars += part.length;
    this.start = 0;
  }

  private emit(text: string, end: number): void {
    const last = text.slice(this.start, end);
    const element = this.parts.length === 0 ? last : this.parts.join('') + last;
    this.parts = [];
    this.heldChars = 0;
    this.slot = 'after';
    let value: unknown;
    try {
      value = JSON.parse(element);
    } catch (error) {
      throw parseErrorIn(error, element, this.elementAt);
    }
    this.onItem(value);
  }

  private unexpected(c: number, i: number, expected: string): Error {
    const detail = expected ? `${expected}, found ${showCharacter(c)}` : `Unexpected ${showCharacter(c)}`;
    return jsonSyntaxError(detail, this.lines.position(i));
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

/** JSON's white space but the line feed (which is counted). */
export function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0d;
}
