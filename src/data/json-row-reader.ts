import { mapHeader, normalizeColumnName, OPTIONAL_COLUMNS, REQUIRED_COLUMNS } from './header-map.js';
import { UsageInputError } from './usage-input-error.js';
import { skipReason } from './skip-reason.js';
import { createUsageRowReader } from './usage-row-reader.js';
import type { RowCounts, UsageRowReader } from './usage-row-reader.js';
import type { UsageSink } from './usage-sink.js';

/**
 * Row objects read before the header is fixed: the header is the union of their keys, as when the
 * whole array was parsed first, for any export of up to this many rows (Partner Center's rows all have
 * the same keys; a serializer that drops null keys is why there is any look-ahead at all).
 */
export const JSON_HEADER_LOOKAHEAD = 100;

/** The canonical name of each known column, by normalised name. */
const KNOWN = new Map<string, string>(
  [...REQUIRED_COLUMNS, ...OPTIONAL_COLUMNS].map((column) => [normalizeColumnName(column), column]),
);

export interface JsonRowReader {
  /** Reads the next item of the array: a row object, or anything else (skipped, as not an object). */
  item(value: unknown): void;
  /** @throws UsageInputError `'missing-columns'`, or `'unreadable'` when no item is an object. */
  end(): RowCounts;
}

/**
 * Reads row objects one at a time through the same path as CSV rows. Keys match columns in any case;
 * keys equal but for case, spaces or underscores are one column, spelled as first seen. The header is
 * the union of the keys of the first `lookahead` items; a known column first seen later is still read
 * (it is not in `sink.columns`, nor in kept cells), an unknown one is not kept. Values become text:
 * numbers as written by `String`, `null` or a missing key as `''`. Item `i` (0-based) is line `i + 2`,
 * as in a CSV whose header is line 1. No items are zero rows, not an error.
 * @throws UsageInputError `'duplicate-columns'` when one object gives a known column twice
 * (`AvailableSeats` and `availableSeats`).
 */
export function createJsonRowReader(sink: UsageSink, lookahead = JSON_HEADER_LOOKAHEAD): JsonRowReader {
  let waiting: (Record<string, unknown> | null)[] | null = [];
  let objects = 0;
  let items = 0;
  /** The row reader's header: the first `visible` are the export's columns, the rest known ones seen late. */
  const columns: string[] = [];
  const known: boolean[] = [];
  let visible = 0;
  const columnOfKey = new Map<string, number>();
  const columnOfName = new Map<string, number>();
  /** Required columns no object has given yet: placeholders, so rows are read until the end decides. */
  const unseen = new Set<number>();
  let reader: UsageRowReader | null = null;
  let readerWidth = 0;
  const carried = { rows: 0, skippedCount: 0, emptyAvailable: 0 };
  // Per column, the line of the last object that gave it; per key of the object being read, its column.
  const givenOn: number[] = [];
  const keyColumns: number[] = [];

  function addColumn(spelling: string, name: string): number {
    const column = columns.push(spelling) - 1;
    known[column] = KNOWN.has(name);
    columnOfName.set(name, column);
    return column;
  }

  function fixHeader(final: boolean): void {
    for (const object of waiting ?? []) {
      for (const key of object ? Object.keys(object) : []) {
        if (columnOfKey.has(key)) continue;
        const name = normalizeColumnName(key);
        columnOfKey.set(key, columnOfName.get(name) ?? addColumn(key, name));
      }
    }
    visible = columns.length;
    if (visible === 0) throw noObjects();
    if (final) mapHeader(columns); // every row is here: a missing column is missing
    for (const column of REQUIRED_COLUMNS) {
      const name = normalizeColumnName(column);
      if (!columnOfName.has(name)) unseen.add(addColumn(column, name));
    }
    sink.columns?.(columns.slice(0, visible));
    startReader();
    const replay = waiting ?? [];
    waiting = null;
    replay.forEach((object, i) => read(object, i + 2));
  }

  /** A row reader for the columns as they are now; a known column seen late makes a new one. */
  function startReader(): void {
    if (reader) {
      const counts = reader.stats();
      carried.rows += counts.rows;
      carried.skippedCount += counts.skippedCount;
      carried.emptyAvailable += counts.emptyAvailable;
    }
    const cells = (fields: readonly string[]) =>
      fields.length > visible ? fields.slice(0, visible) : fields;
    readerWidth = columns.length;
    reader = createUsageRowReader(columns.slice(), {
      add: (record, fields) => sink.add(record, cells(fields)),
      skip: (row) => sink.skip(row),
    });
  }

  /** The column of a key first seen after the header was fixed, or -1 for one not kept. */
  function lateColumn(key: string): number {
    const name = normalizeColumnName(key);
    let column = columnOfName.get(name);
    if (column !== undefined) unseen.delete(column);
    else column = KNOWN.has(name) ? addColumn(key, name) : -1;
    columnOfKey.set(key, column);
    return column;
  }

  function read(object: Record<string, unknown> | null, line: number): void {
    if (object === null) {
      carried.skippedCount++;
      return sink.skip({ line, ...skipReason('not-an-object', {}) });
    }
    const keys = Object.keys(object);
    for (let k = 0; k < keys.length; k++) {
      const key = keys[k] as string;
      const column = columnOfKey.get(key) ?? lateColumn(key);
      keyColumns[k] = column;
      if (column === -1) continue;
      if (givenOn[column] === line && known[column]) throw givenTwice(keys, k, line);
      givenOn[column] = line;
    }
    if (columns.length !== readerWidth) startReader();
    const fields = new Array<string>(readerWidth).fill('');
    for (let k = 0; k < keys.length; k++) {
      const column = keyColumns[k] as number;
      if (column !== -1) fields[column] = cellText(object[keys[k] as string]);
    }
    (reader as UsageRowReader).row(fields, line);
  }

  function givenTwice(keys: readonly string[], k: number, line: number): UsageInputError {
    const column = keyColumns[k] as number;
    const first = keys.find((_, j) => j < k && keyColumns[j] === column);
    const name = KNOWN.get(normalizeColumnName(keys[k] as string));
    const spellings = `keys ${JSON.stringify(first)} and ${JSON.stringify(keys[k])}`;
    return new UsageInputError(
      `Column ${name} is given twice: ${spellings} (line ${line})`,
      'duplicate-columns',
      {
        variant: 'keys',
        values: {
          column: String(name),
          first: JSON.stringify(first),
          second: JSON.stringify(keys[k]),
          line: String(line),
        },
      },
    );
  }

  return {
    item(value) {
      const object = isObject(value) ? value : null;
      items++;
      if (!waiting) return read(object, items + 1);
      waiting.push(object);
      if (object) objects++;
      if (waiting.length >= lookahead && objects > 0) fixHeader(false);
    },
    end() {
      if (items === 0) {
        sink.columns?.([]);
        return { rows: 0, skippedCount: 0, emptyAvailable: 0, hasRevenue: false };
      }
      if (waiting && objects === 0) throw noObjects();
      if (waiting) fixHeader(true);
      if (unseen.size > 0) mapHeader(columns.filter((_, column) => !unseen.has(column)));
      const counts = (reader as UsageRowReader).stats();
      return {
        rows: carried.rows + counts.rows,
        skippedCount: carried.skippedCount + counts.skippedCount,
        emptyAvailable: carried.emptyAvailable + counts.emptyAvailable,
        hasRevenue: counts.hasRevenue,
      };
    },
  };
}

function noObjects(): UsageInputError {
  return new UsageInputError('The JSON array holds no row objects', 'unreadable', {
    variant: 'json-no-objects',
  });
}

function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
