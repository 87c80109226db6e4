import { createJsonRowReader, isObject } from './json-row-reader.js';
import { UsageInputError } from './usage-input-error.js';
import type { RowCounts } from './usage-row-reader.js';
import type { UsageSink } from './usage-sink.js';

/** A parsed JSON input: rows to read, or a finished report document to show as is. */
export type JsonInput = { kind: 'rows'; items: readonly unknown[] } | { kind: 'report'; report: unknown };

/**
 * Tells rows from a report: an array of row objects, an OData `{ "value": [...] }`, or a report document
 * (an object with `version`, `summary` and `months`, e.g. the CLI's output). The text reader streams the
 * first two shapes (see `createJsonStream`) and asks this only about a document that is neither.
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
    { variant: 'json-not-rows' },
  );
}

/**
 * Reads row objects already in memory through the same path as JSON text (`createJsonRowReader`), with
 * the union of all their keys as the header.
 * @throws UsageInputError `'missing-columns'`, `'duplicate-columns'`, or `'unreadable'` when no item is
 * an object.
 */
export function readJsonRows(items: readonly unknown[], sink: UsageSink): RowCounts {
  const reader = createJsonRowReader(sink, Number.POSITIVE_INFINITY);
  for (const item of items) reader.item(item);
  return reader.end();
}
