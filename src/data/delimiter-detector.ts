export type Delimiter = ',' | '\t';

export interface DelimiterDetector {
  /**
   * Adds text. Once the first non-empty line is complete (or `final` is set and there is one), returns all
   * the text held so far, without a leading BOM, and the delimiter; until then `null`.
   */
  push(text: string, final?: boolean): { delimiter: Delimiter; text: string } | null;
}

/** Chooses the delimiter from the first non-empty line: tab when it has more tabs than commas, else comma. */
export function createDelimiterDetector(): DelimiterDetector {
  let head = '';
  // How far a line end has been looked for already, so a long first line over many chunks stays linear.
  let scanned = 0;
  return {
    push(text, final = false) {
      head += text;
      if (head.charCodeAt(0) === 0xfeff) head = head.slice(1);
      const start = head.search(/[^\r\n]/);
      if (start === -1) return null;
      const from = Math.max(start, scanned);
      const found = head.slice(from).search(/[\r\n]/);
      scanned = head.length;
      if (found === -1 && !final) return null;
      const first = head.slice(start, found === -1 ? head.length : from + found);
      const delimiter = first.split('\t').length > first.split(',').length ? '\t' : ',';
      const all = head;
      head = '';
      return { delimiter, text: all };
    },
  };
}
