import { activePercent } from './active-percent.js';
import { compareText } from './compare-text.js';
import type { SubscriptionsSection, SubscriptionTrend } from './report.js';
import type { UsageCube } from './usage-cube.js';

/**
 * Every subscription with rows in the window: available and active seats and active usage % per month,
 * ordered by customer name, SKU and id so the order is stable between runs.
 */
export function computeSubscriptions(cube: UsageCube, months: readonly string[]): SubscriptionsSection {
  const rows: SubscriptionTrend[] = [];
  for (const ledger of cube.subscriptions.values()) {
    const totals = months.map((month) => ledger.months.get(month));
    if (totals.every((t) => t === undefined)) continue;
    const available = totals.map((t) => t?.available ?? 0);
    const active = totals.map((t) => t?.active ?? 0);
    rows.push({
      subscriptionId: ledger.subscriptionId,
      customerName: ledger.customerName,
      customerKey: ledger.customerKey,
      sku: ledger.sku,
      market: ledger.market,
      segment: ledger.segment,
      available,
      active,
      activePercent: active.map((value, i) => activePercent(value, available[i] ?? 0)),
    });
  }
  rows.sort(
    (a, b) =>
      compareText(a.customerName, b.customerName) ||
      compareText(a.sku, b.sku) ||
      compareText(a.subscriptionId, b.subscriptionId),
  );
  return { total: rows.length, rows };
}
