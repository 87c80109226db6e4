import type { SkippedRow, UsageRecord } from '../data/usage-record.js';
import type { UsageSink } from '../data/usage-sink.js';
import { detachString } from './detach-string.js';
import { SKIPPED_DETAIL_LIMIT } from './report.js';

/** Seat totals of one group in one month. */
export interface SeatTotals {
  available: number;
  assigned: number;
  active: number;
  rows: number;
}

export interface SubscriptionLedger {
  subscriptionId: string;
  customerKey: string;
  customerName: string;
  sku: string;
  market: string;
  segment: string;
  /** The month of the row the attributes above were taken from (the latest one). */
  attributesMonth: string;
  months: Map<string, SeatTotals>;
}

export interface CustomerLedger {
  customerKey: string;
  customerName: string;
  /** The month the name was taken from (the latest row's). */
  nameMonth: string;
  available: Map<string, number>;
  /** Billed revenue per month; a month without a revenue cell is absent. */
  revenue: Map<string, number>;
}

/** Rows of one market (matched or not) in one month, keyed by market code, or by `?name` when unmatched. */
export interface MarketTotals extends SeatTotals {
  code: string | null;
  market: string;
}

/**
 * The aggregate every section is computed from: seat totals by month, by market, by SKU, by
 * subscription and by customer, built row by row so the rows themselves never need to be kept.
 */
export interface UsageCube {
  months: Map<string, SeatTotals>;
  markets: Map<string, Map<string, MarketTotals>>;
  skus: Map<string, Map<string, SeatTotals>>;
  subscriptions: Map<string, SubscriptionLedger>;
  customers: Map<string, CustomerLedger>;
  hasRevenue: boolean;
  rows: number;
  skipped: SkippedRow[];
  skippedCount: number;
}

/** An empty cube and the sink that fills it. */
export function createUsageCube(): UsageCube & UsageSink {
  const cube: UsageCube = {
    months: new Map(),
    markets: new Map(),
    skus: new Map(),
    subscriptions: new Map(),
    customers: new Map(),
    hasRevenue: false,
    rows: 0,
    skipped: [],
    skippedCount: 0,
  };
  return Object.assign(cube, {
    add: (record: UsageRecord) => addRecord(cube, record),
    skip: (row: SkippedRow) => {
      cube.skippedCount += 1;
      if (cube.skipped.length < SKIPPED_DETAIL_LIMIT) cube.skipped.push(row);
    },
  });
}

function addRecord(cube: UsageCube, record: UsageRecord): void {
  const { month } = record;
  cube.rows += 1;
  addSeats(getOrCreate(cube.months, month, emptyTotals), record);

  const marketKey = record.marketCode ?? `?${record.market}`;
  const marketsOfMonth = getOrCreate(cube.markets, month, () => new Map<string, MarketTotals>());
  const marketTotals = getOrCreate(marketsOfMonth, marketKey, () => ({
    ...emptyTotals(),
    code: record.marketCode,
    market: record.market,
  }));
  addSeats(marketTotals, record);

  const skuMonths = getOrCreate(cube.skus, record.sku, () => new Map<string, SeatTotals>());
  addSeats(getOrCreate(skuMonths, month, emptyTotals), record);

  addSubscription(cube, record);
  addCustomer(cube, record);
}

function addSubscription(cube: UsageCube, record: UsageRecord): void {
  let ledger = cube.subscriptions.get(record.subscriptionId);
  if (!ledger) {
    ledger = { ...subscriptionAttributes(record), months: new Map() };
    cube.subscriptions.set(ledger.subscriptionId, ledger);
  } else if (record.month >= ledger.attributesMonth) {
    // A subscription's SKU or customer can be renamed; the latest row describes it best.
    Object.assign(ledger, subscriptionAttributes(record));
  }
  // Two rows for one subscription and month add up: both are real seats in the export.
  addSeats(getOrCreate(ledger.months, record.month, emptyTotals), record);
}

function subscriptionAttributes(record: UsageRecord): Omit<SubscriptionLedger, 'months'> {
  return {
    subscriptionId: detachString(record.subscriptionId),
    customerKey: detachString(record.customerKey),
    customerName: detachString(record.customerName),
    sku: detachString(record.sku),
    market: detachString(record.market),
    segment: detachString(record.segment),
    attributesMonth: detachString(record.month),
  };
}

function addCustomer(cube: UsageCube, record: UsageRecord): void {
  const customer = getOrCreate(cube.customers, record.customerKey, () => ({
    customerKey: detachString(record.customerKey),
    customerName: detachString(record.customerName),
    nameMonth: detachString(record.month),
    available: new Map<string, number>(),
    revenue: new Map<string, number>(),
  }));
  if (record.month > customer.nameMonth) {
    customer.customerName = detachString(record.customerName);
    customer.nameMonth = detachString(record.month);
  }
  customer.available.set(record.month, (customer.available.get(record.month) ?? 0) + record.available);
  if (record.billedRevenue !== null) {
    cube.hasRevenue = true;
    customer.revenue.set(record.month, (customer.revenue.get(record.month) ?? 0) + record.billedRevenue);
  }
}

function emptyTotals(): SeatTotals {
  return { available: 0, assigned: 0, active: 0, rows: 0 };
}

function addSeats(totals: SeatTotals, record: UsageRecord): void {
  totals.available += record.available;
  totals.assigned += record.assigned;
  totals.active += record.active;
  totals.rows += 1;
}

function getOrCreate<K, V>(map: Map<K, V>, key: K, create: () => V): V {
  let value = map.get(key);
  if (value === undefined) {
    value = create();
    // A new key is kept as long as the cube: detach it from the chunk it was sliced from.
    map.set((typeof key === 'string' ? detachString(key) : key) as K, value);
  }
  return value;
}
