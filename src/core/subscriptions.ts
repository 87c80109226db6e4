import { activePercent } from './active-percent.js';
import type { SubscriptionsSection, SubscriptionTrend } from './report.js';
import { runToEnd } from './run-steps.js';
import type { UsageCube } from './usage-cube.js';

/** Subscriptions done between two yields of `subscriptionSteps`: a few milliseconds of work. */
const STEP_SUBSCRIPTIONS = 2048;

/**
 * Every subscription with rows in the window: available and active seats and active usage % per month,
 * ordered by customer name, SKU and id (the cube's order) so the order is stable between runs.
 */
export function computeSubscriptions(cube: UsageCube, months: readonly string[]): SubscriptionsSection {
  return runToEnd(subscriptionSteps(cube, months));
}

/**
 * `computeSubscriptions` in steps: it yields every few thousand subscriptions, so a caller can pause.
 * `withRows` false only counts them (`rows` empty).
 */
export function* subscriptionSteps(
  cube: UsageCube,
  months: readonly string[],
  withRows = true,
): Generator<void, SubscriptionsSection> {
  const { subscriptionSeats: seats, monthCount } = cube;
  const columns = months.map((month) => cube.monthColumns.get(month) ?? -1);
  const rows: SubscriptionTrend[] = [];
  let total = 0;
  let done = 0;
  for (const ledger of cube.subscriptions) {
    if (++done % STEP_SUBSCRIPTIONS === 0) yield;
    const base = ledger.slot * monthCount;
    let present = false;
    for (const column of columns)
      if (column !== -1 && (seats[(base + column) * 3 + 2] as number) > 0) present = true;
    if (!present) continue;
    total += 1;
    if (!withRows) continue;
    // Arrays of the exact length, made only for rows kept: a big partner has a hundred thousand of these,
    // and all of them live as long as the report, so every spare byte is one more the GC copies.
    const available = new Array<number>(columns.length);
    const active = new Array<number>(columns.length);
    const percent = new Array<number | null>(columns.length);
    columns.forEach((column, k) => {
      const at = (base + column) * 3;
      const a = column !== -1 ? (seats[at] as number) : 0;
      const t = column !== -1 ? (seats[at + 1] as number) : 0;
      available[k] = a;
      active[k] = t;
      percent[k] = activePercent(t, a);
    });
    rows.push({
      subscriptionId: ledger.subscriptionId,
      customerName: ledger.customerName,
      customerKey: ledger.customerKey,
      sku: ledger.sku,
      market: ledger.market,
      segment: ledger.segment,
      available,
      active,
      activePercent: percent,
    });
  }
  return { total, rows };
}
