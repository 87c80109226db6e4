import type { InputWarning } from '../data/input-warning.js';
import { marketToAlpha2 } from '../data/markets.js';
import { createMonthReader } from '../data/month-reader.js';
import { dateOrderEvidence } from '../data/parse-month.js';
import { parseSeats } from '../data/parse-seats.js';
import type { DecimalMark } from '../data/parse-seats.js';

/** The distinct trimmed cells an export holds, as the `distinct` statement lists them. */
export interface DistinctCells {
  months: readonly string[];
  markets: readonly string[];
  /** Of `AvailableSeats`, `AssignedSeats` and `ActiveSeats` together. */
  seats: readonly string[];
}

/**
 * Each distinct cell read by the kit's own rules, for the SQL's lookup tables: no dialect re-implements
 * date parsing, accent folding or seat counts. `null` marks a cell the kit refuses (its row is skipped)
 * or, for markets, a market without a country.
 */
export interface CellLookups {
  /** Month cell → `YYYY-MM`. */
  months: [string, string | null][];
  /** Market cell → ISO alpha-2 code. */
  markets: [string, string | null][];
  /** Seat cell → seats (an empty cell is 0). */
  seats: [string, number | null][];
  /** The month reader's warnings (date order), without line numbers: an engine has no lines. */
  warnings: InputWarning[];
}

/**
 * A seat cell of plain digits, at most 15 (below 2^53): what `parseSeats` reads as the number the digits
 * write, so the SQL casts it and only other cells (`12.0`, `1,234`, text) need the lookup. With every seat
 * value listed, a 1 GB export's statements passed ClickHouse's default 256 KiB max_query_size.
 */
export const PLAIN_SEATS = '^[0-9]{1,15}$';
const plainSeats = new RegExp(PLAIN_SEATS);

/** The kinds the `distinct` statement returns in its `kind` column. */
export type DistinctKind = 'month' | 'market' | 'seats';

/** The `distinct` statement's rows as `DistinctCells`. */
export function distinctCells(rows: Iterable<{ kind: string; value: string | null }>): DistinctCells {
  const cells: Record<DistinctKind, Set<string>> = { month: new Set(), market: new Set(), seats: new Set() };
  for (const { kind, value } of rows) cells[kind as DistinctKind]?.add(value ?? '');
  return { months: [...cells.month], markets: [...cells.market], seats: [...cells.seats] };
}

/**
 * The lookups of `cells`. Dates that tell the file's date order are read first (in code-unit order, so the
 * result does not depend on the engine's order); the rest are then read in that order. A file mixing
 * orders is refused as the file reader refuses it (`UsageInputError` `'date-order-mixed'`).
 */
export function resolveLookups(cells: DistinctCells, decimal: DecimalMark = '.'): CellLookups {
  const reader = createMonthReader();
  const telling = (text: string) => {
    const evidence = dateOrderEvidence(text);
    return evidence === 'day-first' || evidence === 'month-first';
  };
  const sorted = [...new Set(cells.months)].sort();
  const ordered = [...sorted.filter(telling), ...sorted.filter((text) => !telling(text))];
  const months = new Map(ordered.map((text) => [text, reader.read(text, 0)] as const));
  return {
    months: sorted.map((text) => [text, months.get(text) ?? null]),
    markets: [...new Set(cells.markets)].sort().map((text) => [text, marketToAlpha2(text)]),
    seats: [...new Set(cells.seats)]
      .filter((text) => !plainSeats.test(text))
      .sort()
      .map((text) => {
        const seats = parseSeats(text, decimal);
        return [text, seats === 'empty' ? 0 : seats];
      }),
    warnings: reader.warnings().map(withoutLine),
  };
}

function withoutLine(warning: InputWarning): InputWarning {
  const values = { ...warning.values };
  delete values.line;
  const copy: InputWarning = { ...warning, message: warning.message.replace(/ on line \d+/, ''), values };
  delete copy.lines;
  return copy;
}
