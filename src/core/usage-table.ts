import type { SkippedRow, UsageRecord } from '../data/usage-record.js';
import type { UsageSink } from '../data/usage-sink.js';
import { SKIPPED_DETAIL_LIMIT } from './report.js';
import { createStringDictionary, intern } from './string-dictionary.js';
import type { StringDictionary } from './string-dictionary.js';

/** The text columns of a usage table, each interned in its own dictionary. */
export const TEXT_COLUMNS = [
  'subscriptionId',
  'month',
  'sku',
  'customerName',
  'customerKey',
  'customerTenantId',
  'market',
  'segment',
  'salesModel',
  'partnerLocation',
  'partnerAttachType',
] as const;
export type TextColumn = (typeof TEXT_COLUMNS)[number];

/**
 * Every row of an export in columns: typed arrays of dictionary ids and seat counts. About 60 bytes a
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
}

const INITIAL_CAPACITY = 1024;

/** A sink that fills a usage table; `finish()` trims the arrays to the rows read. */
export function createUsageTableBuilder(): UsageSink & { finish(): UsageTable } {
  let capacity = INITIAL_CAPACITY;
  let length = 0;
  const dictionaries = Object.fromEntries(TEXT_COLUMNS.map((c) => [c, createStringDictionary()])) as Record<
    TextColumn,
    StringDictionary
  >;
  const marketCodes: (string | null)[] = [];
  let ids = Object.fromEntries(TEXT_COLUMNS.map((c) => [c, new Uint32Array(capacity)])) as Record<
    TextColumn,
    Uint32Array
  >;
  let numbers = {
    available: new Float64Array(capacity),
    assigned: new Float64Array(capacity),
    active: new Float64Array(capacity),
    revenue: new Float64Array(capacity),
  };
  const skipped: SkippedRow[] = [];
  let skippedCount = 0;

  function grow(): void {
    capacity *= 2;
    ids = Object.fromEntries(TEXT_COLUMNS.map((c) => [c, resized(ids[c], capacity)])) as typeof ids;
    numbers = {
      available: resized(numbers.available, capacity),
      assigned: resized(numbers.assigned, capacity),
      active: resized(numbers.active, capacity),
      revenue: resized(numbers.revenue, capacity),
    };
  }

  return {
    add(record: UsageRecord): void {
      if (length === capacity) grow();
      for (const column of TEXT_COLUMNS) {
        const id = intern(dictionaries[column], record[column] ?? '');
        ids[column][length] = id;
        if (column === 'market' && id === marketCodes.length) marketCodes.push(record.marketCode);
      }
      numbers.available[length] = record.available;
      numbers.assigned[length] = record.assigned;
      numbers.active[length] = record.active;
      numbers.revenue[length] = record.billedRevenue ?? Number.NaN;
      length += 1;
    },
    skip(row: SkippedRow): void {
      skippedCount += 1;
      if (skipped.length < SKIPPED_DETAIL_LIMIT) skipped.push(row);
    },
    finish(): UsageTable {
      return {
        length,
        dictionaries: Object.fromEntries(TEXT_COLUMNS.map((c) => [c, dictionaries[c].values])) as Record<
          TextColumn,
          string[]
        >,
        marketCodes,
        ids: Object.fromEntries(TEXT_COLUMNS.map((c) => [c, ids[c].slice(0, length)])) as Record<
          TextColumn,
          Uint32Array
        >,
        available: numbers.available.slice(0, length),
        assigned: numbers.assigned.slice(0, length),
        active: numbers.active.slice(0, length),
        revenue: numbers.revenue.slice(0, length),
        skipped,
        skippedCount,
      };
    },
  };
}

function resized<T extends Uint32Array | Float64Array>(array: T, capacity: number): T {
  const bigger = new (array.constructor as new (length: number) => T)(capacity);
  bigger.set(array);
  return bigger;
}
