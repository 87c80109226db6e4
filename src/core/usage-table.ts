import type { SkippedRow, UsageRecord } from '../data/usage-record.js';
import type { UsageSink } from '../data/usage-sink.js';
import type { RawRows } from '../data/raw-rows.js';
import { SKIPPED_DETAIL_LIMIT } from './report.js';
import { createStringDictionary, intern } from './string-dictionary.js';
import type { StringDictionary } from './string-dictionary.js';

import { TEXT_COLUMNS } from '../data/text-columns.js';
import type { TextColumn } from '../data/text-columns.js';

export { TEXT_COLUMNS } from '../data/text-columns.js';
export type { TextColumn } from '../data/text-columns.js';

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
  /** The rows so far as a table whose arrays are views (no copy); later rows do not show in it. */
  snapshot(): UsageTable;
  /** The table, its arrays trimmed to the rows read (copies that own their buffers, to transfer). */
  finish(): UsageTable;
  rawRows?: RawRows;
}

const INITIAL_CAPACITY = 1024;
const COLUMN_COUNT = TEXT_COLUMNS.length;

/** A sink that fills a usage table; `finish()` trims the arrays to the rows read. */
export function createUsageTableBuilder(): UsageTableBuilder {
  let capacity = INITIAL_CAPACITY;
  let length = 0;
  const dictionaries = TEXT_COLUMNS.map(() => createStringDictionary());
  const marketIndex = TEXT_COLUMN_INDEX.market;
  const marketCodes: (string | null)[] = [];
  let ids = TEXT_COLUMNS.map(() => new Uint32Array(capacity));
  let available = new Float64Array(capacity);
  let assigned = new Float64Array(capacity);
  let active = new Float64Array(capacity);
  let revenue = new Float64Array(capacity);
  const skipped: SkippedRow[] = [];
  let skippedCount = 0;
  const recordIds = new Uint32Array(COLUMN_COUNT);

  function grow(): void {
    capacity *= 2;
    ids = ids.map((column) => resized(column, capacity));
    available = resized(available, capacity);
    assigned = resized(assigned, capacity);
    active = resized(active, capacity);
    revenue = resized(revenue, capacity);
  }

  function idOf(column: number, value: string, marketCode: string | null, detach = true): number {
    const dictionary = dictionaries[column] as StringDictionary;
    const id = intern(dictionary, value, detach);
    if (column === marketIndex && id === marketCodes.length) marketCodes.push(marketCode);
    return id;
  }

  function addIds(
    rowIds: ArrayLike<number>,
    rowAvailable: number,
    rowAssigned: number,
    rowActive: number,
    rowRevenue: number,
  ): void {
    if (length === capacity) grow();
    for (let c = 0; c < COLUMN_COUNT; c++) (ids[c] as Uint32Array)[length] = rowIds[c] as number;
    available[length] = rowAvailable;
    assigned[length] = rowAssigned;
    active[length] = rowActive;
    revenue[length] = rowRevenue;
    length += 1;
  }

  function table(view: <T extends Uint32Array | Float64Array>(array: T) => T): UsageTable {
    const byColumn = <T>(make: (c: number) => T) =>
      Object.fromEntries(TEXT_COLUMNS.map((name, c) => [name, make(c)])) as Record<TextColumn, T>;
    return {
      length,
      dictionaries: byColumn((c) => (dictionaries[c] as StringDictionary).values),
      marketCodes,
      ids: byColumn((c) => view(ids[c] as Uint32Array)),
      available: view(available),
      assigned: view(assigned),
      active: view(active),
      revenue: view(revenue),
      skipped,
      skippedCount,
      ...(builder.rawRows ? { rawRows: builder.rawRows } : {}),
    };
  }

  const builder: UsageTableBuilder = {
    // The byte reader's text is decoded per cell, no slice of a big chunk: nothing to detach.
    textId: (column, value, marketCode = null) => idOf(TEXT_COLUMN_INDEX[column], value, marketCode, false),
    addIds,
    add(record: UsageRecord): void {
      for (let c = 0; c < COLUMN_COUNT; c++) {
        recordIds[c] = idOf(c, record[TEXT_COLUMNS[c] as TextColumn] ?? '', record.marketCode);
      }
      addIds(recordIds, record.available, record.assigned, record.active, record.billedRevenue ?? Number.NaN);
    },
    skip(row: SkippedRow): void {
      skippedCount += 1;
      if (skipped.length < SKIPPED_DETAIL_LIMIT) skipped.push(row);
    },
    get length() {
      return length;
    },
    get skippedCount() {
      return skippedCount;
    },
    snapshot: () => table((array) => array.subarray(0, length) as typeof array),
    finish: () => table((array) => array.slice(0, length) as typeof array),
  };
  return builder;
}

function resized<T extends Uint32Array | Float64Array>(array: T, capacity: number): T {
  const bigger = new (array.constructor as new (length: number) => T)(capacity);
  bigger.set(array);
  return bigger;
}
