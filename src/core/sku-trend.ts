import { compareText } from './compare-text.js';
import type { SkuTrend } from './report.js';
import type { UsageCube } from './usage-cube.js';

/**
 * Available, assigned and active seats of every SKU with rows in the window, per month; SKUs ordered
 * by available seats in the window's last month, then by name.
 */
export function computeSkuTrend(cube: UsageCube, months: readonly string[]): SkuTrend[] {
  const trends: SkuTrend[] = [];
  for (const [sku, byMonth] of cube.skus) {
    const totals = months.map((month) => byMonth.get(month));
    if (totals.every((t) => t === undefined)) continue;
    trends.push({
      sku,
      available: totals.map((t) => t?.available ?? 0),
      assigned: totals.map((t) => t?.assigned ?? 0),
      active: totals.map((t) => t?.active ?? 0),
    });
  }
  const last = months.length - 1;
  return trends.sort(
    (a, b) => (b.available[last] ?? 0) - (a.available[last] ?? 0) || compareText(a.sku, b.sku),
  );
}
