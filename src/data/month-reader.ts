import type { InputWarning } from './input-warning.js';
import { dateOrderEvidence, parseMonth } from './parse-month.js';
import type { DateOrder } from './parse-month.js';
import { UsageInputError } from './usage-input-error.js';

/** Reads one file's `Month` cells, telling day-first from month-first dates by the file itself. */
export interface MonthReader {
  /**
   * The month of `text` (on input line `line`) as `YYYY-MM`, or `null` when it is not a date.
   * @throws UsageInputError `'date-order-mixed'` when the file has day-first and month-first dates.
   */
  read(text: string, line: number): string | null;
  /** `date-day-first` when the file's dates were read day first; `date-order-ambiguous` when no date told. */
  warnings(): InputWarning[];
  /** What it has seen, as plain data: to merge the readers of a file read in parts (see `monthWarnings`). */
  state(): MonthReaderState;
}

export interface Sighting {
  text: string;
  line: number;
}

/** A month reader's findings: the date order and the date that decided it, or the first date read as a guess. */
export interface MonthReaderState {
  order: DateOrder | null;
  decidedBy: Sighting | null;
  /** The first date that could be either order, read month first before any date decided. */
  guessed: Sighting | null;
}

/**
 * A month reader for one file. `Month` is always the first of a month, so the first date whose parts
 * differ and one is 1 decides the order (`01/06/2026`: day first); every later date must agree. Dates
 * read before that are `1/1/2026`-like (one month either way) or, rarely, both parts under 13 and neither
 * 1 (`3/5/2026`): those are read month first, and a later day-first decision refuses the file by name
 * rather than keep a month that may be wrong. Call `read` once per distinct text (readers cache it).
 */
export function createMonthReader(): MonthReader {
  let order: DateOrder | null = null;
  let decidedBy: Sighting | null = null;
  let guessed: Sighting | null = null;

  function decide(evidence: DateOrder, text: string, line: number): void {
    if (order === null) {
      if (evidence === 'day-first' && guessed) throw mixed(guessed, 'month', { text, line }, 'day');
      order = evidence;
      decidedBy = { text, line };
    } else if (order !== evidence) {
      const first = order === 'day-first' ? 'day' : 'month';
      const second = evidence === 'day-first' ? 'day' : 'month';
      throw mixed(decidedBy as Sighting, first, { text, line }, second);
    }
  }

  return {
    read(text, line) {
      const evidence = dateOrderEvidence(text);
      if (evidence === 'day-first' || evidence === 'month-first') decide(evidence, text, line);
      else if (evidence === 'unknown' && order === null && guessed === null) guessed = { text, line };
      return parseMonth(text, order ?? 'month-first');
    },
    warnings: () => monthWarnings({ order, decidedBy, guessed }),
    state: () => ({ order, decidedBy, guessed }),
  };
}

/** The warnings of a month reader's findings (see `MonthReader.warnings`). */
export function monthWarnings({ order, decidedBy, guessed }: MonthReaderState): InputWarning[] {
  if (order === 'day-first' && decidedBy) {
    const { text, line } = decidedBy;
    return [
      {
        code: 'date-day-first',
        message: `Month: dates are day first (${JSON.stringify(text)} on line ${line} is ${parseMonth(text, 'day-first')}), as Excel writes them in en-GB, nl, de or fr; read as such`,
        lines: [line],
        values: {
          value: JSON.stringify(text),
          line: String(line),
          month: String(parseMonth(text, 'day-first')),
        },
      },
    ];
  }
  if (order === null && guessed) {
    const { text, line } = guessed;
    return [
      {
        code: 'date-order-ambiguous',
        message: `Month: no date tells day from month (${JSON.stringify(text)} on line ${line}); read month first, as Partner Center writes them`,
        lines: [line],
        values: { value: JSON.stringify(text), line: String(line) },
      },
    ];
  }
  return [];
}

function mixed(a: Sighting, aFirst: string, b: Sighting, bFirst: string): UsageInputError {
  return new UsageInputError(
    `Month: the file mixes date orders: ${JSON.stringify(a.text)} on line ${a.line} reads ${aFirst} first, ` +
      `${JSON.stringify(b.text)} on line ${b.line} ${bFirst} first; save the export again with one date format`,
    'date-order-mixed',
    {
      variant: aFirst === 'day' ? 'day-first' : 'month-first',
      values: {
        first: JSON.stringify(a.text),
        firstLine: String(a.line),
        second: JSON.stringify(b.text),
        secondLine: String(b.line),
      },
    },
  );
}
