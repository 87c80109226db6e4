import { normalizeColumnName } from './header-map.js';
import { UsageInputError } from './usage-input-error.js';
import { createUsageRowReader } from './usage-row-reader.js';
import type { RowCounts } from './usage-row-reader.js';
import type { UsageSink } from './usage-sink.js';

/** A parsed JSON input: rows to read, or a finished report document to show as is. */
export type JsonInput = { kind: 'rows'; items: readonly unknown[] } | { kind: 'report'; report: unknown };

/**
 * Tells rows from a report: an array of row objects, an OData `{ "value": [...] }`, or a report document
 * (an object with `version`, `summary` and `months`, e.g. the CLI's output).
 * @throws UsageInputError `'unreadable'` for any other shape.
 */
export function classifyJson(value: unknown): JsonInput {
  if (Array.isArray(value)) return { kind: 'rows', items: value };
  if (isObject(value)) {
    if (Array.isArray(value['value'])) return { kind: 'rows', items: value['value'] };
    if ('version' in value && 'summary' in value && 'months' in value)
      return { kind: 'report', report: value };
  }
  throw new UsageInputError(
    'The JSON is not usage rows: expected an array of row objects, { "value": [...] } or a report document',
    'unreadable',
  );
}

/**
 * Reads row objects through the same path as CSV rows. Keys match columns in any case; the header is the
 * union of the keys in first-seen order (keys equal but for case, spaces or underscores are one column,
 * spelled as first seen). Values become text: numbers as written by `String`, `null` or a missing key as
 * `''`. Line numbers count as in a CSV whose header is line 1: item `i` (0-based) is line `i + 2`.
 * An empty array is zero rows, not an error.
 * @throws UsageInputError `'missing-columns'`, or `'unreadable'` when no item is an object.
 */
export function readJsonRows(items: readonly unknown[], sink: UsageSink): RowCounts {
  const header: string[] = [];
  const columnOf = new Map<string, number>();
  const columnOfKey = new Map<string, number>();
  for (const item of items) {
    if (!isObject(item)) continue;
    for (const key of Object.keys(item)) {
      if (columnOfKey.has(key)) continue;
      const name = normalizeColumnName(key);
      let column = columnOf.get(name);
      if (column === undefined) columnOf.set(name, (column = header.push(key) - 1));
      columnOfKey.set(key, column);
    }
  }
  if (items.length === 0) {
    sink.columns?.([]);
    return { rows: 0, skippedCount: 0, emptyAvailable: 0, hasRevenue: false };
  }
  if (header.length === 0) throw new UsageInputError('The JSON array holds no row objects', 'unreadable');
  const reader = createUsageRowReader(header, sink);
  let skippedObjects = 0;
  items.forEach((item, i) => {
    if (!isObject(item)) {
      skippedObjects++;
      return sink.skip({ line: i + 2, reason: 'row is not an object' });
    }
    const fields = new Array<string>(header.length).fill('');
    for (const [key, value] of Object.entries(item)) {
      const column = columnOfKey.get(key);
      if (column !== undefined) fields[column] = cellText(value);
    }
    reader.row(fields, i + 2);
  });
  const counts = reader.stats();
  return { ...counts, skippedCount: counts.skippedCount + skippedObjects };
}

function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
