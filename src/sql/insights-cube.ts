import type {
  CustomerLedger,
  MarketTotals,
  SeatTotals,
  SubscriptionLedger,
  UsageCube,
} from '../core/usage-cube.js';
import { compareText } from '../core/compare-text.js';
import { marketTotals } from './sections-from-rows.js';
import type { SqlRow } from './sections-from-rows.js';

/** What the insights read besides the subscriptions, as the SQL returns it. */
export interface InsightsTotals {
  /** Every month with rows. */
  months: ReadonlyMap<string, SeatTotals>;
  /** (SKU, month) totals of the window, with `row_count`. */
  skuRows: readonly SqlRow[];
  /** (month, code, spelling) totals of the window. */
  marketRows: readonly SqlRow[];
  /** Every customer key and its name. */
  customerRows: readonly SqlRow[];
  window: readonly string[];
}

/**
 * A cube of the window's months for the core's insights (`computeInsights`), filled from the SQL's totals
 * and the subscription rows as they stream in (`add`), so the insights are the core's own rules, not a
 * second version of them. Holds what the core's cube holds for those months: a number per subscription,
 * month and figure.
 */
export function createInsightsCube(totals: InsightsTotals): {
  add(row: SqlRow): void;
  cube(): UsageCube;
} {
  const monthCount = totals.window.length;
  const subscriptions: SubscriptionLedger[] = [];
  const seats: number[] = [];
  const assigned: number[] = [];
  return {
    add(row) {
      subscriptions.push({
        subscriptionId: String(row.subscription_id),
        customerKey: String(row.customer_key),
        customerName: String(row.customer_name),
        sku: String(row.sku),
        market: String(row.market),
        segment: String(row.segment ?? ''),
        endDate: String(row.end_date ?? ''),
        slot: subscriptions.length,
      });
      for (let k = 0; k < monthCount; k++) {
        seats.push(Number(row[`a${k}`] ?? 0), Number(row[`t${k}`] ?? 0), Number(row[`r${k}`] ?? 0));
        assigned.push(Number(row[`g${k}`] ?? 0));
      }
    },
    cube() {
      const customers: CustomerLedger[] = totals.customerRows.map((row, slot) => ({
        customerKey: String(row.customer_key),
        customerName: String(row.customer_name),
        slot,
      }));
      const size = customers.length * monthCount;
      return {
        months: new Map(totals.months),
        markets: marketsByMonth(totals.marketRows),
        skus: skusByName(totals.skuRows),
        monthColumns: new Map(totals.window.map((month, k) => [month, k])),
        monthCount,
        subscriptions,
        subscriptionSeats: Float64Array.from(seats),
        subscriptionAssigned: Float64Array.from(assigned),
        customers,
        customerAvailable: new Float64Array(size),
        customerRows: new Uint32Array(size),
        customerRevenue: new Float64Array(size).fill(Number.NaN),
        hasRevenue: false,
        rows: 0,
        skipped: [],
        skippedCount: 0,
      };
    },
  };
}

function marketsByMonth(rows: readonly SqlRow[]): Map<string, Map<string, MarketTotals>> {
  const byMonth = new Map<string, SqlRow[]>();
  for (const row of rows) {
    const month = String(row.month);
    const list = byMonth.get(month);
    if (list) list.push(row);
    else byMonth.set(month, [row]);
  }
  // Keys in code-unit order, as the cube keeps them (an engine sorts NULL codes its own way).
  const sorted = (markets: Map<string, MarketTotals>) =>
    new Map([...markets].sort(([a], [b]) => compareText(a, b)));
  return new Map([...byMonth].map(([month, list]) => [month, sorted(marketTotals(list))]));
}

/** (SKU, month) totals as the cube's map, SKUs in code-unit order as the cube keeps them. */
export function skusByName(rows: readonly SqlRow[]): Map<string, Map<string, SeatTotals>> {
  const skus = new Map<string, Map<string, SeatTotals>>();
  for (const row of [...rows].sort((a, b) => compareText(String(a.sku), String(b.sku)))) {
    const sku = String(row.sku);
    let byMonth = skus.get(sku);
    if (!byMonth) skus.set(sku, (byMonth = new Map()));
    byMonth.set(String(row.month), {
      available: Number(row.available),
      assigned: Number(row.assigned),
      active: Number(row.active),
      rows: Number(row.row_count),
    });
  }
  return skus;
}
