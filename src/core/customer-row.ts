import { activePercent } from './active-percent.js';
import { compareText } from './compare-text.js';
import type { SubscriptionTrend, TopCustomer } from './report.js';

/** One customer of the subscriptions table: its subscriptions summed per month, and its place in the ranking. */
export interface CustomerRow {
  customerKey: string;
  customerName: string;
  /** Its subscriptions' market; with several, the one with most available seats in the last month. */
  market: string;
  /** Its subscriptions' segment, chosen like `market`; `''` when the export has none. */
  segment: string;
  /** 1-based place among the top customers, or `null` outside them. */
  rank: number | null;
  /** Billed revenue (USD) over the window from the ranking, or `null` (no revenue, or outside the top). */
  billedRevenue: number | null;
  subscriptionCount: number;
  /** Per month of the window. */
  available: number[];
  active: number[];
  activePercent: (number | null)[];
  /** The window's last month. */
  availableLast: number;
  activeLast: number;
  activePercentLast: number | null;
  subscriptions: SubscriptionTrend[];
}

/** A customer's place in the ranking: its `topCustomers` entry and 1-based rank. */
export interface CustomerRank {
  customer: TopCustomer;
  rank: number;
}

/** The name a customer goes by: the ranking's (the latest row's), else its first subscription's. */
export function customerName(
  key: string,
  group: readonly SubscriptionTrend[],
  ranked?: CustomerRank,
): string {
  return ranked?.customer.customerName ?? group[0]?.customerName ?? key;
}

/** One customer's row from its subscriptions (a group of `groupByCustomer`) and its place in the ranking. */
export function customerRow(
  customerKey: string,
  group: SubscriptionTrend[],
  ranked: CustomerRank | undefined,
  months: readonly string[],
): CustomerRow {
  const last = months.length - 1;
  const { available, active } = sumSeats(group, months.length);
  const percents = active.map((value, m) => activePercent(value, available[m] ?? 0));
  return {
    customerKey,
    customerName: customerName(customerKey, group, ranked),
    market: dominant(group, 'market', last),
    segment: dominant(group, 'segment', last),
    rank: ranked?.rank ?? null,
    billedRevenue: ranked?.customer.billedRevenue ?? null,
    subscriptionCount: group.length,
    available,
    active,
    activePercent: percents,
    availableLast: available[last] ?? 0,
    activeLast: active[last] ?? 0,
    activePercentLast: percents[last] ?? null,
    subscriptions: group,
  };
}

function sumSeats(group: readonly SubscriptionTrend[], monthCount: number) {
  const available = new Array<number>(monthCount).fill(0);
  const active = new Array<number>(monthCount).fill(0);
  for (const subscription of group) {
    for (let m = 0; m < monthCount; m++) {
      available[m] = (available[m] ?? 0) + (subscription.available[m] ?? 0);
      active[m] = (active[m] ?? 0) + (subscription.active[m] ?? 0);
    }
  }
  return { available, active };
}

/** The value whose subscriptions hold most available seats in the last month; ties go to more subscriptions, then name. */
function dominant(group: readonly SubscriptionTrend[], field: 'market' | 'segment', last: number): string {
  const first = group[0]?.[field] ?? '';
  // Most customers have one market and one segment: no weighing needed.
  if (group.every((subscription) => subscription[field] === first)) return first;
  const weights = new Map<string, { seats: number; count: number }>();
  for (const subscription of group) {
    const weight = weights.get(subscription[field]) ?? { seats: 0, count: 0 };
    weight.seats += subscription.available[last] ?? 0;
    weight.count += 1;
    weights.set(subscription[field], weight);
  }
  let best = '';
  let bestWeight = { seats: -1, count: 0 };
  for (const [value, weight] of weights) {
    const better =
      weight.seats - bestWeight.seats || weight.count - bestWeight.count || compareText(best, value);
    if (better > 0) [best, bestWeight] = [value, weight];
  }
  return best;
}
