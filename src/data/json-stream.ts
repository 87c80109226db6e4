import { JsonObjectHead } from './json-object-head.js';
import { isSpace, JsonRowsArray } from './json-rows-array.js';
import { jsonSyntaxError, LineCount, parseErrorIn, positionIn, showCharacter } from './json-syntax-error.js';
import type { TextPosition } from './json-syntax-error.js';
import { UsageInputError } from './usage-input-error.js';

/** What a JSON input was: rows (each handed to `onItem` as it ended) or another document, parsed whole. */
export type JsonEnd = { kind: 'rows' } | { kind: 'document'; value: unknown };

export interface JsonStream {
  /** Feeds the next piece of text; it may end anywhere, even inside a string or an escape. */
  push(text: string): void;
  /** @throws UsageInputError `'unreadable'` for invalid JSON, naming the line and column. */
  end(): JsonEnd;
  /** Characters held back: the text of the element being read, or of a top-level object. */
  readonly heldChars: number;
}

/**
 * Reads JSON text in pieces, handing each element of a top-level array, or of the `value` array of a
 * top-level object (OData's `{ "value": [...] }`), to `onItem` as soon as it ends: memory holds one
 * element's text, never the file (a 590 MB file is past V8's longest string). Each element goes through
 * `JSON.parse`, so values are exactly what parsing the whole file gives. A top-level object is kept until
 * its `value` array starts, and whole when there is none (a report document, small).
 */
export function createJsonStream(onItem: (item: unknown) => void): JsonStream {
  return new JsonStreamReader(onItem);
}

type Mode = 'start' | 'object' | 'array' | 'after-array';

class JsonStreamReader implements JsonStream {
  private mode: Mode = 'start';
  private readonly lines = new LineCount();
  private readonly rows: JsonRowsArray;
  // A top-level object: its head, then (once the rows are read) the text after them.
  private head: JsonObjectHead | null = null;
  private headAt: TextPosition = { line: 1, column: 1 };
  private prefix = '';
  private suffix: string[] = [];
  private suffixChars = 0;
  private suffixAt: TextPosition = { line: 1, column: 1 };

  constructor(onItem: (item: unknown) => void) {
    this.rows = new JsonRowsArray(this.lines, onItem);
  }

  get heldChars(): number {
    return this.rows.heldChars + (this.head?.chars ?? 0) + this.suffixChars;
  }

  push(input: string): void {
    const text = this.lines.offset === 0 && input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
    let i = 0;
    if (this.mode === 'start') i = this.begin(text);
    if (this.mode === 'object') i = this.readHead(text, i);
    if (this.mode === 'array') i = this.readRows(text, i);
    if (this.mode === 'after-array') this.readTail(text, i);
    this.lines.offset += text.length;
  }

  end(): JsonEnd {
    const at = this.lines.position(0);
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
      if (c === 0x0a) this.lines.newline(i);
      else if (c === 0x5b) {
        this.mode = 'array';
        return i + 1;
      } else if (c === 0x7b) {
        this.mode = 'object';
        this.headAt = this.lines.position(i);
        this.head = new JsonObjectHead(this.headAt);
        return i;
      } else if (!isSpace(c)) throw jsonSyntaxError(`Unexpected ${showCharacter(c)}`, this.lines.position(i));
    }
    return text.length;
  }

  /** Keeps the object's text until its `value` array starts; the rows are read from there. */
  private readHead(text: string, from: number): number {
    const head = this.head as JsonObjectHead;
    const open = head.read(text, from);
    if (open === -1) return text.length;
    this.prefix = head.take(text, from, open);
    this.lines.set(open, positionIn(this.prefix, this.prefix.length, this.headAt));
    this.mode = 'array';
    return open + 1;
  }

  private readRows(text: string, from: number): number {
    const end = this.rows.read(text, from);
    if (end === -1) return text.length;
    this.mode = 'after-array';
    this.suffixAt = this.lines.position(end);
    return end;
  }

  /** After the rows: white space only, or the rest of the object around its `value` array (kept). */
  private readTail(text: string, from: number): void {
    if (this.head) {
      this.suffix.push(from === 0 ? text : text.slice(from));
      this.suffixChars += text.length - from;
      return;
    }
    for (let i = from; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 0x0a) this.lines.newline(i);
      else if (!isSpace(c)) {
        const detail = `Unexpected text after the array, found ${showCharacter(c)}`;
        throw jsonSyntaxError(detail, this.lines.position(i));
      }
    }
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
}
