/**
 * Finds where JSON strings end in a chunk of text, across chunk boundaries (a chunk may end inside a
 * string or right after its backslash). Strings are most of a JSON export: `indexOf` jumps to the next
 * quote, and a backslash before it (found once per chunk and cached) marks an escaped character.
 */
export class JsonStringScan {
  /** The chunk ended on a backslash: the next chunk's first character is escaped. */
  private escaped = false;
  /** The next backslash in the chunk at or after the last place looked from, or -1. */
  private backslash = -1;

  /** Starts a chunk. */
  reset(text: string): void {
    this.backslash = text.indexOf('\\');
  }

  /** The index of the quote that closes the string going on at `from`, or -1 when it goes on past `text`. */
  end(text: string, from: number): number {
    if (from >= text.length) return -1;
    let i = from;
    if (this.escaped) {
      this.escaped = false;
      i++;
    }
    let quote = text.indexOf('"', i);
    for (;;) {
      if (this.backslash !== -1 && this.backslash < i) this.backslash = text.indexOf('\\', i);
      const b = this.backslash;
      if (b === -1 || (quote !== -1 && quote < b)) return quote;
      if (b + 1 === text.length) {
        this.escaped = true;
        return -1;
      }
      i = b + 2;
      if (quote !== -1 && quote < i) quote = text.indexOf('"', i);
    }
  }
}
