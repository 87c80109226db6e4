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
  try {
    checkReport(value);
    return null;
  } catch (error) {
    if (error instanceof ReportShapeError) return error.message;
    throw error;
  }
}

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
  for (const key of ['available', 'assigned', 'active']) perMonth(summary[key], `summary.${key}`, n);
  perMonth(summary['activePercent'], 'summary.activePercent', n, true);

  const geo = object(report['geo'], 'geo');
  number(geo['countryCount'], 'geo.countryCount');
  items(geo['countries'], 'geo.countries', (c, at) => {
    strings(c, at, ['code', 'market']);
    numbers(c, at, ['available', 'assigned', 'active']);
  });
  items(geo['unmatched'], 'geo.unmatched', (u, at) => {
    strings(u, at, ['market']);
    numbers(u, at, ['rows']);
  });
  items(report['sku'], 'sku', (s, at) => {
    strings(s, at, ['sku']);
    for (const key of ['available', 'assigned', 'active']) perMonth(s[key], `${at}.${key}`, n);
  });
  items(report['distribution'], 'distribution', (d, at) => {
    strings(d, at, ['sku']);
    numbers(d, at, ['available', 'assigned', 'active']);
  });
  const subscriptions = object(report['subscriptions'], 'subscriptions');
  number(subscriptions['total'], 'subscriptions.total');
  items(subscriptions['rows'], 'subscriptions.rows', (s, at) => {
    strings(s, at, ['subscriptionId', 'customerName', 'customerKey', 'sku', 'market']);
    if (s['segment'] !== undefined) strings(s, at, ['segment']);
    perMonth(s['available'], `${at}.available`, n);
    perMonth(s['active'], `${at}.active`, n);
    perMonth(s['activePercent'], `${at}.activePercent`, n, true);
  });
  const top = object(report['topCustomers'], 'topCustomers');
  if (top['rankedBy'] !== 'billedRevenue' && top['rankedBy'] !== 'availableSeats')
    fail('topCustomers.rankedBy is neither "billedRevenue" nor "availableSeats"');
  items(top['customers'], 'topCustomers.customers', (c, at) => {
    strings(c, at, ['customerKey', 'customerName']);
    numbers(c, at, ['availableSeats']);
    // Absent from a document made without revenue (`revenue: false`, `dyn-usage report --no-revenue`).
    if (c['billedRevenue'] != null) number(c['billedRevenue'], `${at}.billedRevenue`);
  });
  const input = object(report['input'], 'input');
  numbers(input, 'input', ['rows', 'emptyAvailable']);
  items(input['skipped'], 'input.skipped', (s, at) => {
    numbers(s, at, ['line']);
    strings(s, at, ['reason']);
  });
  // Beyond the documented shape, and absent from older documents: checked only when there.
  if (input['skippedCount'] !== undefined) number(input['skippedCount'], 'input.skippedCount');
  if (input['warnings'] !== undefined)
    items(input['warnings'], 'input.warnings', (w, at) => strings(w, at, ['code', 'message']));
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

function number(value: unknown, name: string): void {
  if (typeof value !== 'number' || !Number.isFinite(value)) fail(`${name} is not a number`);
}

function numbers(fields: Fields, at: string, keys: readonly string[]): void {
  for (const key of keys) number(fields[key], `${at}.${key}`);
}

function strings(fields: Fields, at: string, keys: readonly string[]): void {
  for (const key of keys) if (typeof fields[key] !== 'string') fail(`${at}.${key} is not a string`);
}

function items(value: unknown, name: string, check: (item: Fields, at: string) => void): void {
  array(value, name).forEach((item, i) => check(object(item, `${name}[${i}]`), `${name}[${i}]`));
}

/** One figure per month of the window (`null` allowed for percentages, where available is 0). */
function perMonth(value: unknown, name: string, months: number, nullable = false): void {
  const values = array(value, name);
  if (values.length !== months)
    fail(`${name} has ${values.length} values, expected ${months} (one per month)`);
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (!(nullable && v === null) && (typeof v !== 'number' || !Number.isFinite(v)))
      fail(`${name}[${i}] is not a number`);
  }
}
