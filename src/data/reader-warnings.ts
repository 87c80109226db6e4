import { WARNING_LINE_LIMIT } from './input-warning.js';
import type { InputWarning } from './input-warning.js';
import { skipReason } from './skip-reason.js';

/** The one warning of a semicolon-separated file: its numbers were read with a decimal comma. */
export const DECIMAL_COMMA_WARNING: InputWarning = {
  code: 'decimal-comma',
  message:
    'The file is semicolon-separated, as Excel saves "CSV" in nl, de, fr…: numbers were read with a decimal comma (1234,56 is 1234.56), and a "." in a number is refused as a thousands separator',
};

/** `{ warnings }` holding every warning of `lists`, or nothing when there are none (ReadStats omits it). */
export function withWarnings(...lists: (readonly InputWarning[] | undefined)[]): {
  warnings?: InputWarning[];
} {
  const warnings = lists.flatMap((list) => list ?? []);
  return warnings.length > 0 ? { warnings } : {};
}

/** The skipped row's reason when a stray quote broke it (both tokenizers say the same). */
export function strayQuoteReason(line: number): string {
  return skipReason('stray-quote', { line: String(line) }).reason;
}

/** Rows a stray quote broke, for the `rows-recovered` warning. */
export class RecoveredRows {
  private readonly lines: number[] = [];
  private count = 0;

  add(line: number): void {
    this.count++;
    if (this.lines.length < WARNING_LINE_LIMIT) this.lines.push(line);
  }

  warnings(): InputWarning[] {
    const first = this.lines[0];
    if (first === undefined) return [];
    const more = this.count - 1;
    const others = more > 0 ? ` (and ${more} more)` : '';
    return [
      {
        code: 'rows-recovered',
        message: `A quote in line ${first}${others} made a cell run over the lines after it (a stray quote?): that line was skipped and the rows after it were read again`,
        lines: [...this.lines],
        ...(more > 0
          ? { variant: 'more', values: { line: String(first), count: more } }
          : { values: { line: String(first) } }),
      },
    ];
  }
}
