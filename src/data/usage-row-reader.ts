import { mapHeader } from './header-map.js';
import { marketToAlpha2 } from './markets.js';
import { createMonthReader } from './month-reader.js';
import type { MonthReader } from './month-reader.js';
import { numberProblem, parseRevenue, parseSeats } from './parse-seats.js';
import type { DecimalMark } from './parse-seats.js';
import { strayQuoteReason } from './reader-warnings.js';
import { numberReason, skipReason } from './skip-reason.js';
import type { SkipReason } from './skip-reason.js';
import type { UsageRecord } from './usage-record.js';
import type { ReadStats, UsageSink } from './usage-sink.js';

/** What a row reader counted; `readUsage` adds the format. */
export type RowCounts = Omit<ReadStats, 'format'>;

export interface UsageRowReader {
  /** Converts one row (fields in header order) and hands it to the sink's `add` or `skip`. */
  row(fields: readonly string[], line: number): void;
  stats(): RowCounts;
  /** Counts a row the tokenizer could not split (a stray quote), with its line and why. */
  skip(line: number, reason: string): void;
  /** The file's month reader: a byte reader that reads months itself shares it, so the file has one date order. */
  readonly months: MonthReader;
}

/**
 * Reads rows under `header` into `sink`. Text cells are trimmed; an empty seat cell reads as 0 (counted in
 * `emptyAvailable` for `AvailableSeats`); a row whose cells are all blank is ignored like an empty line.
 * Calls `sink.columns(header)` first. `decimal` is the numbers' decimal mark (`,` in semicolon CSV).
 * @throws UsageInputError `'missing-columns'` when the header lacks a required column.
 */
export function createUsageRowReader(
  header: readonly string[],
  sink: UsageSink,
  decimal: DecimalMark = '.',
): UsageRowReader {
  const at = mapHeader(header);
  const width = header.length;
  const hasRevenue = at.BilledRevenueUSD !== -1;
  const hasEndDate = at.SubscriptionEndDate !== -1;
  // Exports repeat a handful of months and markets over millions of rows: look each one up once.
  const months = new Map<string, string | null>();
  const monthReader = createMonthReader();
  // The row being read, for the month reader's messages: one function for every row, not a closure per row.
  let rowLine = 0;
  const readMonth = (text: string): string | null => monthReader.read(text, rowLine);
  const markets = new Map<string, string | null>();
  let rows = 0;
  let skippedCount = 0;
  let emptyAvailable = 0;
  sink.columns?.(header);

  const cell = (fields: readonly string[], index: number): string =>
    index === -1 ? '' : (fields[index] ?? '').trim();
  const skip = (line: number, why: SkipReason | { reason: string }): void => {
    skippedCount++;
    sink.skip({ line, ...why });
  };
  const empty = (column: string): SkipReason => skipReason('cell-empty', { column });
  const seats = (column: string, text: string) =>
    numberReason(column, quote(text), numberProblem(text, decimal, true));

  function row(fields: readonly string[], line: number): void {
    const subscriptionId = cell(fields, at.SubscriptionId);
    if (fields.length !== width || subscriptionId === '') {
      if (fields.every((field) => field.trim() === '')) return;
      if (fields.length !== width)
        return skip(line, skipReason('field-count', { fields: fields.length, width }));
      return skip(line, empty('SubscriptionId'));
    }
    const monthText = cell(fields, at.Month);
    rowLine = line;
    const month = remember(months, monthText, readMonth);
    if (month === null)
      return skip(
        line,
        monthText === ''
          ? empty('Month')
          : skipReason('not-a-month', { column: 'Month', value: quote(monthText) }),
      );
    const sku = cell(fields, at.SKU);
    if (sku === '') return skip(line, empty('SKU'));
    const customerName = cell(fields, at.CustomerName);
    const customerTenantId = cell(fields, at.CustomerTenantId);
    if (customerName === '' && customerTenantId === '') return skip(line, empty('CustomerName'));

    const availableText = cell(fields, at.AvailableSeats);
    const available = parseSeats(availableText, decimal);
    if (available === null) return skip(line, seats('AvailableSeats', availableText));
    const assignedText = cell(fields, at.AssignedSeats);
    const assigned = parseSeats(assignedText, decimal);
    if (assigned === null) return skip(line, seats('AssignedSeats', assignedText));
    const activeText = cell(fields, at.ActiveSeats);
    const active = parseSeats(activeText, decimal);
    if (active === null) return skip(line, seats('ActiveSeats', activeText));
    const revenueText = cell(fields, at.BilledRevenueUSD);
    const billedRevenue = parseRevenue(revenueText, decimal);
    if (billedRevenue === 'invalid')
      return skip(
        line,
        numberReason('BilledRevenueUSD', quote(revenueText), numberProblem(revenueText, decimal, false)),
      );

    const market = cell(fields, at.CustomerMarket);
    const marketCode = remember(markets, market, marketToAlpha2);
    if (available === 'empty') emptyAvailable++;
    rows++;
    const record: UsageRecord = {
      subscriptionId,
      month,
      sku,
      customerName,
      customerKey: customerTenantId || customerName,
      customerTenantId,
      market,
      marketCode,
      segment: cell(fields, at.CustomerSegment),
      salesModel: cell(fields, at.SalesModel),
      partnerLocation: cell(fields, at.PartnerLocation),
      partnerAttachType: cell(fields, at.PartnerAttachType),
      available: available === 'empty' ? 0 : available,
      assigned: assigned === 'empty' ? 0 : assigned,
      active: active === 'empty' ? 0 : active,
      billedRevenue,
    };
    // Only when the column is there: records of exports without it keep their shape.
    if (hasEndDate) record.subscriptionEndDate = cell(fields, at.SubscriptionEndDate);
    sink.add(record, fields);
  }

  function stats(): RowCounts {
    const warnings = monthReader.warnings();
    return { rows, skippedCount, emptyAvailable, hasRevenue, ...(warnings.length > 0 ? { warnings } : {}) };
  }

  // The tokenizers say why a row broke in English only; the stray quote, their one reason, gets its code here.
  const skipBroken = (line: number, reason: string): void =>
    skip(
      line,
      reason === strayQuoteReason(line) ? skipReason('stray-quote', { line: String(line) }) : { reason },
    );

  return { row, stats, skip: skipBroken, months: monthReader };
}

/** `compute(key)`, cached in `cache`; the cache starts over past 1000 keys so hostile input can't grow it. */
function remember(
  cache: Map<string, string | null>,
  key: string,
  compute: (key: string) => string | null,
): string | null {
  let value = cache.get(key);
  if (value === undefined) {
    if (cache.size >= 1000) cache.clear();
    cache.set(key, (value = compute(key)));
  }
  return value;
}

/** A cell's text for a message: JSON-quoted (so quotes and line breaks show), cut to 40 characters. */
function quote(text: string): string {
  return JSON.stringify(text.length > 40 ? `${text.slice(0, 39)}…` : text);
}
