import { parseErrorIn } from './json-syntax-error.js';
import type { TextPosition } from './json-syntax-error.js';
import { JsonStringScan } from './json-string-scan.js';
import { UsageInputError } from './usage-input-error.js';

/**
 * A top-level JSON object, kept as text until its `value` key opens an array (OData's `{ "value": [...] }`:
 * the rows are read from there, and only what comes before is kept) or until it ends (a report document,
 * small, parsed whole). Only its own keys count: a `value` inside a nested object is no array of rows.
 */
export class JsonObjectHead {
  private held: string[] = [];
  /** Characters kept so far. */
  chars = 0;
  private readonly strings = new JsonStringScan();
  private depth = 0;
  private inString = false;
  /** A key of the object being read: its text so far (from its opening quote), and where it goes on. */
  private keyText = '';
  private keyStart = -1;
  /** The last key of the object, while its value has not started. */
  private key: string | null = null;
  private colon = false;
  private expectKey = false;
  private closed = false;

  /** @param start where the object starts (the first text given to `read`), for messages */
  constructor(private readonly start: TextPosition) {}

  /** Scans `text` from `from`: the index of the `[` that opens the `value` array, or -1 (the text is kept). */
  read(text: string, from: number): number {
    const open = this.closed ? -1 : this.scan(text, from);
    if (open === -1) {
      this.held.push(from === 0 ? text : text.slice(from));
      this.chars += text.length - from;
    }
    return open;
  }

  /** The text before the `value` array, whose `[` is at `open` in `text` (read from `from`). */
  take(text: string, from: number, open: number): string {
    const prefix = this.held.join('') + text.slice(from, open);
    this.held = [];
    this.chars = 0;
    return prefix;
  }

  /** The whole object (and anything after it), parsed. @throws UsageInputError naming the line. */
  parse(): unknown {
    let text: string;
    try {
      text = this.held.join('');
    } catch (error) {
      // Past V8's longest string (~512 MB): no report document is that big.
      const shapes = 'only an array of rows or { "value": [...] } is read in parts';
      throw new UsageInputError(`The JSON object is too big to read whole: ${shapes}`, 'unreadable', {
        cause: error,
      });
    }
    try {
      return JSON.parse(text);
    } catch (error) {
      throw parseErrorIn(error, text, this.start);
    }
  }

  private scan(text: string, from: number): number {
    this.strings.reset(text);
    for (let i = from; i < text.length; i++) {
      if (this.inString) {
        const close = this.strings.end(text, i);
        if (close === -1) break;
        this.inString = false;
        if (this.keyStart !== -1) this.key = keyOf(this.keyText + text.slice(this.keyStart, close + 1));
        this.keyStart = -1;
        this.keyText = '';
        i = close;
        continue;
      }
      const c = text.charCodeAt(i);
      if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) continue;
      if (this.depth === 1 && this.colon) {
        // The value of the last key starts here.
        if (c === 0x5b && this.key === 'value') return i;
        this.key = null;
        this.colon = false;
      }
      if (c === 0x22) {
        this.inString = true;
        if (this.depth === 1 && this.expectKey) this.keyStart = i;
        this.expectKey = false;
      } else if (c === 0x7b || c === 0x5b) {
        this.depth++;
        this.expectKey = this.depth === 1;
      } else if (c === 0x7d || c === 0x5d) {
        if (--this.depth === 0) {
          this.closed = true;
          return -1;
        }
      } else if (c === 0x2c && this.depth === 1) this.expectKey = true;
      else if (c === 0x3a && this.depth === 1 && this.key !== null) this.colon = true;
    }
    // The chunk ends inside a key: keep its start for the next.
    if (this.keyStart !== -1) {
      this.keyText += text.slice(this.keyStart);
      this.keyStart = 0;
    }
    return -1;
  }
}

/** A key's text (with its quotes) as the key it names, or null when it is no valid string. */
function keyOf(raw: string): string | null {
  try {
    return JSON.parse(raw) as string;
  } catch {
    return null;
  }
}
