import type { SkippedRow } from '../data/usage-record.js';
import type { UsageSink } from '../data/usage-sink.js';
import { cubeFromTable } from './cube-from-table.js';
import { createUsageTableBuilder } from '../table/usage-table.js';

/** Seat totals of one group in one month. */
export interface SeatTotals {
  available: number;
  assigned: number;
  active: number;
  rows: number;
}

/** A subscription's attributes, from its latest month (README, tie rules); seats in `subscriptionSeats`. */
export interface SubscriptionLedger {
  subscriptionId: string;
  customerKey: string;
  customerName: string;
  sku: string;
  market: string;
  segment: string;
  /** `SubscriptionEndDate` as written in its latest row (`''` without one), for renewals. */
  endDate: string;
  /** Where its months start in `subscriptionSeats`, in units of one month column (see `UsageCube`). */
  slot: number;
}

/** A customer's key and name (the least of its latest month's); figures in the `customer*` arrays. */
export interface CustomerLedger {
  customerKey: string;
  customerName: string;
  slot: number;
}

/** Rows of one market (matched or not) in one month, keyed by market code, or by `?name` when unmatched. */
export interface MarketTotals extends SeatTotals {
  code: string | null;
  market: string;
}

/**
 * The aggregate every section is computed from: seat totals by month, by market and by SKU in maps (a
 * few hundred entries), and per subscription and per customer in flat typed arrays with one column per
 * month (`monthColumns`), since a big partner has 100,000 subscriptions over 13+ months.
 */
export interface UsageCube {
  months: Map<string, SeatTotals>;
  markets: Map<string, Map<string, MarketTotals>>;
  skus: Map<string, Map<string, SeatTotals>>;
  /** The column of each month in the per-subscription and per-customer arrays. */
  monthColumns: Map<string, number>;
  /** How many month columns the arrays have. */
  monthCount: number;
  /** Subscriptions with rows, in report order: customer name, SKU, id. */
  subscriptions: SubscriptionLedger[];
  /** At `(slot * monthCount + column) * 3`: available seats, active seats, rows. */
  subscriptionSeats: Float64Array;
  /** At `slot * monthCount + column`: assigned seats (insights need them; the table's trends do not). */
  subscriptionAssigned: Float64Array;
  customers: CustomerLedger[];
  /** At `slot * monthCount + column`: available seats, rows, billed revenue (`NaN` without a revenue cell). */
  customerAvailable: Float64Array;
  customerRows: Uint32Array;
  customerRevenue: Float64Array;
  hasRevenue: boolean;
  rows: number;
  skipped: SkippedRow[];
  skippedCount: number;
}

/**
 * A sink that collects rows (as a table) and reads as their cube: for callers that feed records one by
 * one. The cube is built on first read and again after more rows.
 */
export function createUsageCube(): UsageCube & UsageSink {
  const builder = createUsageTableBuilder();
  let built: UsageCube | null = null;
  let builtAt = -1;
  let builtSkipped = -1;
  const cube = (): UsageCube => {
    const { length, skippedCount } = builder;
    if (!built || builtAt !== length || builtSkipped !== skippedCount) {
      built = cubeFromTable(builder.snapshot());
      builtAt = length;
      builtSkipped = skippedCount;
    }
    return built;
  };
  const sink: UsageSink = {
    add: (record, fields) => builder.add(record, fields),
    skip: (row) => builder.skip(row),
  };
  const view = { ...sink } as UsageCube & UsageSink;
  // Every field of a cube, read from the cube of no rows, reads through to the current one.
  for (const key of Object.keys(cubeFromTable(builder.snapshot())) as (keyof UsageCube)[]) {
    Object.defineProperty(view, key, { get: () => cube()[key], enumerable: true });
  }
  return view;
}
