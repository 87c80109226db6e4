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
import type { MarketTotals, SeatTotals } from '../core/usage-cube.js';

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
 * Markets of one month from (code, spelling) totals, keyed as the cube keys them (the code, or `?spelling`
 * when unmatched): a country's label is its spelling with the most rows, then the least (README, tie rules).
 */
export function marketTotals(rows: readonly SqlRow[]): Map<string, MarketTotals> {
  const markets = new Map<string, MarketTotals>();
  const labelRows = new Map<string, number>();
  for (const row of rows) {
    const market = text(row.market);
    const rowCount = count(row.row_count);
    const code = row.market_code === null || row.market_code === undefined ? null : text(row.market_code);
    const key = code ?? `?${market}`;
    const seats = {
      available: count(row.available),
      assigned: count(row.assigned),
      active: count(row.active),
    };
    const seen = markets.get(key);
    if (!seen) {
      markets.set(key, { code, market, ...seats, rows: rowCount });
      labelRows.set(key, rowCount);
      continue;
    }
    const most = labelRows.get(key)!;
    if (rowCount > most || (rowCount === most && compareText(market, seen.market) < 0)) {
      seen.market = market;
      labelRows.set(key, rowCount);
    }
    seen.available += seats.available;
    seen.assigned += seats.assigned;
    seen.active += seats.active;
    seen.rows += rowCount;
  }
  return markets;
}

/** The geography from the snapshot month's (code, spelling) totals, ordered as `computeGeo`. */
export function geoSection(rows: readonly SqlRow[]): GeoSection {
  const countries: CountrySeats[] = [];
  const unmatched: UnmatchedMarket[] = [];
  for (const { code, market, available, assigned, active, rows: count } of marketTotals(rows).values()) {
    if (code === null) unmatched.push({ market, rows: count });
    else countries.push({ code, market, available, assigned, active });
  }
  countries.sort((a, b) => b.available - a.available || compareText(a.code, b.code));
  unmatched.sort((a, b) => b.rows - a.rows || compareText(a.market, b.market));
  return { countries, countryCount: countries.length, unmatched };
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
