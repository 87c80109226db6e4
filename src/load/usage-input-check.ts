import type { UsageReport } from '../core/report.js';
import { FILTER_DIMENSIONS } from '../core/usage-filter.js';
import type { UsageFilter } from '../core/usage-filter.js';
import { UsageLoadError } from './usage-load-error.js';

/*
 * What a page sets through properties is checked as strictly as what comes through `src`: a wrong value
 * is an error state whose message names the property and what is wrong, never an exception thrown into
 * the page from a render. `null` and `undefined` mean "not set" (the properties' defaults).
 */

/**
 * The `report` property as a report document. The checker loads with the first document a page gives (it
 * reads every field of a report, a section fed an export never needs it). @throws UsageLoadError naming
 * what is wrong.
 */
export async function checkedReport(value: unknown): Promise<UsageReport> {
  const { reportProblem } = await import('./is-usage-report.js');
  const problem = reportProblem(value);
  if (problem !== null) throw new UsageLoadError(`report: ${problem}`);
  return value as UsageReport;
}

/**
 * The `records` property as row objects. Items that are not objects among rows are skipped and counted
 * by the reader, as in a JSON export; an array with no row object at all is refused.
 * @throws UsageLoadError naming what is wrong.
 */
export function checkedRecords(value: unknown): readonly Record<string, unknown>[] {
  if (!Array.isArray(value))
    throw new UsageLoadError(`records: expected an array of row objects, got ${kindOf(value)}`);
  // Stops at the first row object: a million rows cost one test.
  if (value.length > 0 && !value.some(isObject))
    throw new UsageLoadError(`records: no item is a row object (item 0 is ${kindOf(value[0])})`);
  return value as readonly Record<string, unknown>[];
}

/** What is wrong with a cross-filter (`name` is where it was set, e.g. `filter`), or `null`. */
export function filterProblem(value: unknown, name = 'filter'): string | null {
  if (!isObject(value))
    return `${name}: expected an object of value lists (e.g. { country: ['NL'] }), got ${kindOf(value)}`;
  for (const dimension of FILTER_DIMENSIONS) {
    const values = value[dimension];
    if (values === undefined) continue;
    if (!Array.isArray(values) || !values.every((v) => typeof v === 'string'))
      return `${name}.${dimension}: expected a list of strings, got ${kindOf(values)}`;
  }
  const unknown = Object.keys(value).find((key) => !(FILTER_DIMENSIONS as readonly string[]).includes(key));
  if (unknown !== undefined)
    return `${name}: unknown dimension "${unknown}" (expected ${FILTER_DIMENSIONS.join(', ')})`;
  return null;
}

/** `filter` when it is a cross-filter. @throws UsageLoadError naming what is wrong. */
export function checkedFilter(value: unknown, name = 'filter'): UsageFilter {
  const problem = filterProblem(value, name);
  if (problem !== null) throw new UsageLoadError(problem);
  return value as UsageFilter;
}

export function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') return `the text ${JSON.stringify(value.slice(0, 40))}`;
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
