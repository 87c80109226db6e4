import { compareText } from './compare-text.js';
import type { DistributionEntry } from './report.js';
import type { UsageCube } from './usage-cube.js';

/** Available, assigned and active seats per SKU in the snapshot month, by available seats, then name. */
export function computeDistribution(cube: UsageCube, month: string | null): DistributionEntry[] {
  if (month === null) return [];
  const entries: DistributionEntry[] = [];
  for (const [sku, byMonth] of cube.skus) {
    const totals = byMonth.get(month);
    if (!totals) continue;
    entries.push({ sku, available: totals.available, assigned: totals.assigned, active: totals.active });
  }
  return entries.sort((a, b) => b.available - a.available || compareText(a.sku, b.sku));
}
