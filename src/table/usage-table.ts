import type { SkippedRow, UsageRecord } from '../data/usage-record.js';
import type { UsageSink } from '../data/usage-sink.js';
import type { RawRows } from '../data/raw-rows.js';
import { createStringDictionary, intern } from './string-dictionary.js';
import type { StringDictionary } from './string-dictionary.js';

import { TEXT_COLUMNS } from '../data/text-columns.js';
import type { TextColumn } from '../data/text-columns.js';

export { TEXT_COLUMNS } from '../data/text-columns.js';
export type { TextColumn } from '../data/text-columns.js';

/**
 * How many skipped rows a table keeps in detail (line and reason); past it only `skippedCount` grows, so
 * an export of malformed rows cannot fill memory with reasons. The report's `input.skipped` is this list.
 */
export const SKIPPED_DETAIL_LIMIT = 1000;

/** Each text column's position in `TEXT_COLUMNS`, for readers that fill a row of ids by number. */
export const TEXT_COLUMN_INDEX = Object.fromEntries(TEXT_COLUMNS.map((c, i) => [c, i])) as Record<
  TextColumn,
  number
>;

/**
 * Every row of an export in columns: typed arrays of dictionary ids and seat counts. About 76 bytes a
 * row, where row objects cost several hundred, so 2 million rows fit in the browser; and a filter can
 * rebuild the figures from the rows without reading the file again.
 */
export interface UsageTable {
  length: number;
  dictionaries: Record<TextColumn, string[]>;
  /** The market code of each `market` dictionary entry (`null` when unknown). */
  marketCodes: (string | null)[];
  ids: Record<TextColumn, Uint32Array>;
  available: Float64Array;
  assigned: Float64Array;
  active: Float64Array;
  /** `NaN` where the row has no revenue. */
  revenue: Float64Array;
  /** The first skipped rows (at most `SKIPPED_DETAIL_LIMIT`), and how many there were in all. */
  skipped: SkippedRow[];
  skippedCount: number;
  /** Each row's cells as read, for a raw-data download; absent when the reader was not asked to keep them. */
  rawRows?: RawRows;
}

/** A sink that fills a usage table, also by dictionary ids (the byte reader's way, with no record per row). */
export interface UsageTableBuilder extends UsageSink {
  /** The id of `value` (a string of its own, not a slice of a chunk) in `column`'s dictionary, added on first sight (a market with its code). */
  textId(column: TextColumn, value: string, marketCode?: string | null): number;
  /** Adds a row from ids in `TEXT_COLUMNS` order. `revenue` is `NaN` for none. */
  addIds(ids: ArrayLike<number>, available: number, assigned: number, active: number, revenue: number): void;
  readonly length: number;
  readonly skippedCount: number;
  /**
   * Room for `rows` rows in all, made now (between chunks, outside the reader's loop) rather than by
   * doubling as rows come: a 100 MB export's arrays otherwise grow nine times, each a copy.
   */
  reserve(rows: number): void;
  /** The rows so far as a table whose arrays are views (no copy); later rows do not show in it. */
  snapshot(): UsageTable;
  /** The table, its arrays trimmed to the rows read (copies that own their buffers, to transfer). */
  finish(): UsageTable;
  rawRows?: RawRows;
}

/**
 * Arrays start empty and grow on the first row. Not to save memory: a branch that has never run has no
 * type feedback, so once the optimising compiler has compiled the hot loop, the first growth would throw
 * the optimised code back to the interpreter (at every later growth too). Run once at the start, growing
 * is part of the optimised code.
 */
const FIRST_CAPACITY = 1024;
const COLUMN_COUNT = TEXT_COLUMNS.length;
const MARKET_INDEX = TEXT_COLUMN_INDEX.market;

/**
 * A sink that fills a usage table; `finish()` trims the arrays to the rows read. A class, not closures:
 * every builder shares one `addIds`, so the reader's optimised code that calls it stays valid from one
 * load to the next (a fresh closure per builder deoptimised it on every load).
 */
class ColumnarTableBuilder implements UsageTableBuilder {
  rawRows?: RawRows;
  private capacity = 0;
  private rows = 0;
  private readonly dictionaries = TEXT_COLUMNS.map(() => createStringDictionary());
  private readonly marketCodes: (string | null)[] = [];
  private ids = TEXT_COLUMNS.map(() => new Uint32Array(0));
  private available = new Float64Array(0);
  private assigned = new Float64Array(0);
  private active = new Float64Array(0);
  private revenue = new Float64Array(0);
  private readonly skipped: SkippedRow[] = [];
  private skips = 0;
  private readonly recordIds = new Uint32Array(COLUMN_COUNT);

  get length(): number {
    return this.rows;
  }

  get skippedCount(): number {
    return this.skips;
  }

  // The byte reader's text is decoded per cell, no slice of a big chunk: nothing to detach.
  textId(column: TextColumn, value: string, marketCode: string | null = null): number {
    return this.idOf(TEXT_COLUMN_INDEX[column], value, marketCode, false);
  }

  addIds(ids: ArrayLike<number>, available: number, assigned: number, active: number, revenue: number): void {
    const row = this.rows;
    if (row === this.capacity) this.grow();
    const columns = this.ids;
    for (let c = 0; c < COLUMN_COUNT; c++) (columns[c] as Uint32Array)[row] = ids[c] as number;
    this.available[row] = available;
    this.assigned[row] = assigned;
    this.active[row] = active;
    this.revenue[row] = revenue;
    this.rows = row + 1;
  }

  add(record: UsageRecord): void {
    const ids = this.recordIds;
    for (let c = 0; c < COLUMN_COUNT; c++) {
      ids[c] = this.idOf(c, record[TEXT_COLUMNS[c] as TextColumn] ?? '', record.marketCode);
    }
    this.addIds(ids, record.available, record.assigned, record.active, record.billedRevenue ?? Number.NaN);
  }

  skip(row: SkippedRow): void {
    this.skips += 1;
    if (this.skipped.length < SKIPPED_DETAIL_LIMIT) this.skipped.push(row);
  }

  snapshot(): UsageTable {
    return this.table((array) => array.subarray(0, this.rows) as typeof array);
  }

  finish(): UsageTable {
    return this.table((array) => array.slice(0, this.rows) as typeof array);
  }

  private idOf(column: number, value: string, marketCode: string | null, detach = true): number {
    const id = intern(this.dictionaries[column] as StringDictionary, value, detach);
    if (column === MARKET_INDEX && id === this.marketCodes.length) this.marketCodes.push(marketCode);
    return id;
  }

  reserve(rows: number): void {
    if (rows > this.capacity) this.grow(rows);
  }

  private grow(at = Math.max(FIRST_CAPACITY, this.capacity * 2)): void {
    const capacity = (this.capacity = at);
    this.ids = this.ids.map((column) => resized(column, capacity));
    this.available = resized(this.available, capacity);
    this.assigned = resized(this.assigned, capacity);
    this.active = resized(this.active, capacity);
    this.revenue = resized(this.revenue, capacity);
  }

  private table(view: <T extends Uint32Array | Float64Array>(array: T) => T): UsageTable {
    const byColumn = <T>(make: (c: number) => T) =>
      Object.fromEntries(TEXT_COLUMNS.map((name, c) => [name, make(c)])) as Record<TextColumn, T>;
    return {
      length: this.rows,
      dictionaries: byColumn((c) => (this.dictionaries[c] as StringDictionary).values),
      marketCodes: this.marketCodes,
      ids: byColumn((c) => view(this.ids[c] as Uint32Array)),
      available: view(this.available),
      assigned: view(this.assigned),
      active: view(this.active),
      revenue: view(this.revenue),
      skipped: this.skipped,
      skippedCount: this.skips,
      ...(this.rawRows ? { rawRows: this.rawRows } : {}),
    };
  }
}

/** A sink that fills a usage table; `finish()` trims the arrays to the rows read. */
export function createUsageTableBuilder(): UsageTableBuilder {
  return new ColumnarTableBuilder();
}

function resized<T extends Uint32Array | Float64Array>(array: T, capacity: number): T {
  const bigger = new (array.constructor as new (length: number) => T)(capacity);
  bigger.set(array);
  return bigger;
}
