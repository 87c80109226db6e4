export type Delimiter = ',' | '\t' | ';';

export interface DelimiterDetector {
  /**
   * Adds text. Once the first non-empty line is complete (or `final` is set and there is one), returns all
   * the text held so far, without a leading BOM, and the delimiter; until then `null`.
   */
  push(text: string, final?: boolean): { delimiter: Delimiter; text: string } | null;
}

/**
 * Chooses the delimiter from the first non-empty line: `;` when it has more semicolons than commas and
 * tabs (what Excel saves as "CSV" in nl, de, fr…), else tab when it has more tabs than commas, else comma.
 */
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
      const delimiter = chooseDelimiter(count(first, ','), count(first, '\t'), count(first, ';'));
      const all = head;
      head = '';
      return { delimiter, text: all };
    },
  };
}

/** The rule both readers share (the byte reader counts bytes): most of `;`, then tab, then comma. */
export function chooseDelimiter(commas: number, tabs: number, semicolons: number): Delimiter {
  if (semicolons > commas && semicolons > tabs) return ';';
  return tabs > commas ? '\t' : ',';
}

function count(text: string, char: string): number {
  return text.split(char).length - 1;
}
