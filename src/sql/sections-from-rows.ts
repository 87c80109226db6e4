import { activePercent } from '../core/active-percent.js';
import { compareText } from '../core/compare-text.js';
import type {
  CountrySeats,
  CustomerRanking,
  DistributionEntry,
  GeoSection,
  SkuTrend,
  SubscriptionTrend,
  SummarySection,
  TopCustomer,
  UnmatchedMarket,
} from '../core/report.js';
import type { SeatTotals } from '../core/usage-cube.js';

/** A result row as a driver gives it: numbers may come as `bigint`, decimals as strings. */
export type SqlRow = Record<string, unknown>;

const count = (value: unknown): number => (value === null || value === undefined ? 0 : Number(value));
const text = (value: unknown): string => (value === null || value === undefined ? '' : String(value));

/** The summary from the months' totals, as `computeSummary`. */
export function summarySection(
  totals: ReadonlyMap<string, SeatTotals>,
  months: readonly string[],
): SummarySection {
  const at = months.map((month) => totals.get(month));
  const available = at.map((t) => t?.available ?? 0);
  const active = at.map((t) => t?.active ?? 0);
  return {
    available,
    assigned: at.map((t) => t?.assigned ?? 0),
    active,
    activePercent: active.map((value, i) => activePercent(value, available[i] ?? 0)),
  };
}

/** The SKU trend and the distribution from (SKU, month) totals, ordered as `computeSkuTrend` and `computeDistribution`. */
export function skuSections(
  rows: readonly SqlRow[],
  months: readonly string[],
  snapshot: string | null,
): { sku: SkuTrend[]; distribution: DistributionEntry[] } {
  const column = new Map(months.map((month, k) => [month, k]));
  const trends = new Map<string, SkuTrend>();
  const distribution: DistributionEntry[] = [];
  for (const row of rows) {
    const sku = text(row.sku);
    const k = column.get(text(row.month));
    if (k === undefined) continue;
    let trend = trends.get(sku);
    if (!trend) {
      const zeros = () => months.map(() => 0);
      trend = { sku, available: zeros(), assigned: zeros(), active: zeros() };
      trends.set(sku, trend);
    }
    const [available, assigned, active] = [count(row.available), count(row.assigned), count(row.active)];
    trend.available[k] = available;
    trend.assigned[k] = assigned;
    trend.active[k] = active;
    if (row.month === snapshot) distribution.push({ sku, available, assigned, active });
  }
  const last = months.length - 1;
  return {
    sku: [...trends.values()].sort(
      (a, b) => (b.available[last] ?? 0) - (a.available[last] ?? 0) || compareText(a.sku, b.sku),
    ),
    distribution: distribution.sort((a, b) => b.available - a.available || compareText(a.sku, b.sku)),
  };
}

/**
 * The geography from (code, spelling) totals of the snapshot month: a country's label is its spelling with
 * the most rows, then the least (README, tie rules); unmatched markets stay one per spelling.
 */
export function geoSection(rows: readonly SqlRow[]): GeoSection {
  const countries = new Map<string, CountrySeats & { rows: number }>();
  const unmatched: UnmatchedMarket[] = [];
  for (const row of rows) {
    const market = text(row.market);
    const rowCount = count(row.row_count);
    if (row.market_code === null || row.market_code === undefined) {
      unmatched.push({ market, rows: rowCount });
      continue;
    }
    const code = text(row.market_code);
    const seats = {
      available: count(row.available),
      assigned: count(row.assigned),
      active: count(row.active),
    };
    const seen = countries.get(code);
    if (!seen) {
      countries.set(code, { code, market, ...seats, rows: rowCount });
      continue;
    }
    if (rowCount > seen.rows || (rowCount === seen.rows && compareText(market, seen.market) < 0)) {
      seen.market = market;
      seen.rows = rowCount;
    }
    seen.available += seats.available;
    seen.assigned += seats.assigned;
    seen.active += seats.active;
  }
  const list = [...countries.values()].map(({ code, market, available, assigned, active }) => ({
    code,
    market,
    available,
    assigned,
    active,
  }));
  list.sort((a, b) => b.available - a.available || compareText(a.code, b.code));
  unmatched.sort((a, b) => b.rows - a.rows || compareText(a.market, b.market));
  return { countries: list, countryCount: list.length, unmatched };
}

/** A top customer from its row; revenue rounded to cents after summing, as `computeTopCustomers`. */
export function topCustomer(row: SqlRow, rankedBy: CustomerRanking, revenue: false | undefined): TopCustomer {
  const customerKey = text(row.customer_key);
  const customerName = text(row.customer_name);
  const availableSeats = count(row.available_seats);
  if (revenue === false) return { customerKey, customerName, availableSeats };
  const sum = row.revenue === null || row.revenue === undefined ? null : Number(row.revenue);
  const billedRevenue = rankedBy === 'billedRevenue' && sum !== null ? Math.round(sum * 100) / 100 : null;
  return { customerKey, customerName, billedRevenue, availableSeats };
}

/** A subscription's trend from its row (`a0…`, `t0…` per month of the window). */
export function subscriptionRow(row: SqlRow, monthCount: number): SubscriptionTrend {
  const available = new Array<number>(monthCount);
  const active = new Array<number>(monthCount);
  const percent = new Array<number | null>(monthCount);
  for (let k = 0; k < monthCount; k++) {
    available[k] = count(row[`a${k}`]);
    active[k] = count(row[`t${k}`]);
    percent[k] = activePercent(active[k]!, available[k]!);
  }
  return {
    subscriptionId: text(row.subscription_id),
    customerName: text(row.customer_name),
    customerKey: text(row.customer_key),
    sku: text(row.sku),
    market: text(row.market),
    segment: text(row.segment),
    available,
    active,
    activePercent: percent,
  };
}
