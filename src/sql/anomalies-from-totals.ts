import { anomaliesOnly } from '../core/insights/insights.js';
import type { InsightsSection } from '../core/report.js';
import type { SeatTotals, UsageCube } from '../core/usage-cube.js';
import type { SqlRow } from './sections-from-rows.js';

/**
 * The unusual months (`insights: 'anomalies'`, as `computeReport` gives them without subscriptions): they
 * read the month and SKU totals only, which the SQL returns, so they are the core's own rule on a cube that
 * holds just those totals (no subscription or customer figures).
 */
export function anomaliesFromTotals(
  months: ReadonlyMap<string, SeatTotals>,
  skuRows: readonly SqlRow[],
  window: readonly string[],
): InsightsSection {
  const skus = new Map<string, Map<string, SeatTotals>>();
  for (const row of skuRows) {
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
  const cube: UsageCube = {
    months: new Map(months),
    markets: new Map(),
    skus,
    monthColumns: new Map(),
    monthCount: 0,
    subscriptions: [],
    subscriptionSeats: new Float64Array(0),
    subscriptionAssigned: new Float64Array(0),
    customers: [],
    customerAvailable: new Float64Array(0),
    customerRows: new Uint32Array(0),
    customerRevenue: new Float64Array(0),
    hasRevenue: false,
    rows: 0,
    skipped: [],
    skippedCount: 0,
  };
  return anomaliesOnly(cube, window);
}
