import { REPORT_VERSION } from '../core/report.js';
import type { UsageReport } from '../core/report.js';

/** Whether a value is a version 1 report document, checked deep enough to render safely. */
export function isUsageReport(value: unknown): value is UsageReport {
  return reportProblem(value) === null;
}

/**
 * What keeps a value from being a report document the elements can render, as a phrase naming the field
 * ("summary.available has 2 values, expected 3 (one per month)"), or `null` when it is one. Every array a
 * section reads is checked for the window's length and for numbers: one pass over the document, far less
 * than the JSON parse that made it.
 */
export function reportProblem(value: unknown): string | null {
  if (typeof value === 'object' && value !== null && checked.has(value)) return null;
  try {
    checkReport(value);
    checked.add(value as object);
    return null;
  } catch (error) {
    if (error instanceof ReportShapeError) return error.message;
    throw error;
  }
}

/**
 * Documents already found whole, by identity: five sections given one report (or a source handing it on)
 * check it once. A report is read, never changed, by the kit; a host that mutates one after handing it over
 * gets what it wrote.
 */
const checked = new WeakSet<object>();

class ReportShapeError extends Error {}

type Fields = Record<string, unknown>;

function checkReport(value: unknown): void {
  const report = object(value, 'the report', `expected a report document object, got ${kindOf(value)}`);
  if (report['version'] !== REPORT_VERSION) {
    const version = report['version'];
    fail(
      version === undefined
        ? `no version (expected ${REPORT_VERSION})`
        : `version ${JSON.stringify(version)} is not supported (expected ${REPORT_VERSION})`,
    );
  }
  const months = array(report['months'], 'months');
  months.forEach((month, i) => {
    if (typeof month !== 'string' || !/^\d{4}-(0[1-9]|1[0-2])$/.test(month))
      fail(`months[${i}] is not a YYYY-MM month`);
  });
  const n = months.length;
  const month = report['month'];
  if (month !== null && !(typeof month === 'string' && months.includes(month)))
    fail(`month ${JSON.stringify(month)} is not one of the months (or null)`);
  const summary = object(report['summary'], 'summary');
  for (const key of ['available', 'assigned', 'active']) perMonth(summary[key], n, 'summary', undefined, key);
  perMonth(summary['activePercent'], n, 'summary', undefined, 'activePercent', true);

  const geo = object(report['geo'], 'geo');
  number(geo['countryCount'], 'geo', undefined, 'countryCount');
  items(geo['countries'], 'geo.countries', (c, at) => {
    strings(c, ['code', 'market'], 'geo.countries', at);
    numbers(c, ['available', 'assigned', 'active'], 'geo.countries', at);
  });
  items(geo['unmatched'], 'geo.unmatched', (u, at) => {
    strings(u, ['market'], 'geo.unmatched', at);
    numbers(u, ['rows'], 'geo.unmatched', at);
  });
  items(report['sku'], 'sku', (s, at) => {
    strings(s, ['sku'], 'sku', at);
    for (const key of ['available', 'assigned', 'active']) perMonth(s[key], n, 'sku', at, key);
  });
  items(report['distribution'], 'distribution', (d, at) => {
    strings(d, ['sku'], 'distribution', at);
    numbers(d, ['available', 'assigned', 'active'], 'distribution', at);
  });
  const subscriptions = object(report['subscriptions'], 'subscriptions');
  number(subscriptions['total'], 'subscriptions', undefined, 'total');
  items(subscriptions['rows'], 'subscriptions.rows', (s, at) => {
    const list = 'subscriptions.rows';
    strings(s, ['subscriptionId', 'customerName', 'customerKey', 'sku', 'market'], list, at);
    if (s['segment'] !== undefined) strings(s, ['segment'], list, at);
    perMonth(s['available'], n, list, at, 'available');
    perMonth(s['active'], n, list, at, 'active');
    perMonth(s['activePercent'], n, list, at, 'activePercent', true);
  });
  const top = object(report['topCustomers'], 'topCustomers');
  if (top['rankedBy'] !== 'billedRevenue' && top['rankedBy'] !== 'availableSeats')
    fail('topCustomers.rankedBy is neither "billedRevenue" nor "availableSeats"');
  items(top['customers'], 'topCustomers.customers', (c, at) => {
    strings(c, ['customerKey', 'customerName'], 'topCustomers.customers', at);
    numbers(c, ['availableSeats'], 'topCustomers.customers', at);
    // Absent from a document made without revenue (`revenue: false`, `dyn-usage report --no-revenue`).
    if (c['billedRevenue'] != null) number(c['billedRevenue'], 'topCustomers.customers', at, 'billedRevenue');
  });
  const input = object(report['input'], 'input');
  numbers(input, ['rows', 'emptyAvailable'], 'input');
  items(input['skipped'], 'input.skipped', (s, at) => {
    numbers(s, ['line'], 'input.skipped', at);
    strings(s, ['reason'], 'input.skipped', at);
  });
  // Beyond the documented shape, and absent from older documents: checked only when there.
  if (input['skippedCount'] !== undefined) number(input['skippedCount'], 'input', undefined, 'skippedCount');
  if (input['warnings'] !== undefined)
    items(input['warnings'], 'input.warnings', (w, at) =>
      strings(w, ['code', 'message'], 'input.warnings', at),
    );
}

function fail(message: string): never {
  throw new ReportShapeError(message);
}

function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

function object(value: unknown, name: string, message = `${name} is missing or not an object`): Fields {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) fail(message);
  return value as Fields;
}

function array(value: unknown, name: string): unknown[] {
  if (!Array.isArray(value)) fail(`${name} is missing or not an array`);
  return value;
}

/**
 * Where a field sits ("subscriptions.rows[7].available"), built only for a failure's message: a check of
 * 100k subscriptions that made a label per field made 1.5M strings, and the garbage cost more than the check.
 */
function where(list: string, index: number | undefined, key?: string): string {
  const at = index === undefined ? list : `${list}[${index}]`;
  return key === undefined ? at : `${at}.${key}`;
}

function number(value: unknown, list: string, index?: number, key?: string): void {
  if (typeof value !== 'number' || !Number.isFinite(value))
    fail(`${where(list, index, key)} is not a number`);
}

function numbers(fields: Fields, keys: readonly string[], list: string, index?: number): void {
  for (const key of keys) number(fields[key], list, index, key);
}

function strings(fields: Fields, keys: readonly string[], list: string, index?: number): void {
  for (const key of keys)
    if (typeof fields[key] !== 'string') fail(`${where(list, index, key)} is not a string`);
}

function items(value: unknown, name: string, check: (item: Fields, index: number) => void): void {
  const list = array(value, name);
  for (let i = 0; i < list.length; i++) {
    const item = list[i];
    if (typeof item !== 'object' || item === null || Array.isArray(item))
      fail(`${name}[${i}] is missing or not an object`);
    check(item as Fields, i);
  }
}

/** One figure per month of the window (`null` allowed for percentages, where available is 0). */
function perMonth(
  value: unknown,
  months: number,
  list: string,
  index: number | undefined,
  key: string,
  nullable = false,
): void {
  if (!Array.isArray(value)) fail(`${where(list, index, key)} is missing or not an array`);
  if (value.length !== months)
    fail(`${where(list, index, key)} has ${value.length} values, expected ${months} (one per month)`);
  for (let i = 0; i < value.length; i++) {
    const v: unknown = value[i];
    if (!(nullable && v === null) && (typeof v !== 'number' || !Number.isFinite(v)))
      fail(`${where(list, index, key)}[${i}] is not a number`);
  }
}
