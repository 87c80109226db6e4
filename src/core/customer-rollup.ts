import { compareText } from './compare-text.js';
import { customerRow } from './customer-row.js';
import type { CustomerRank, CustomerRow } from './customer-row.js';
import type { SubscriptionsSection, SubscriptionTrend, TopCustomersSection } from './report.js';

export type { CustomerRank, CustomerRow } from './customer-row.js';

/**
 * Every customer with subscriptions in the window: the ranked ones first, in ranking order, then the
 * others by available seats in the last month (descending) and name, so a search can reach any customer.
 */
export function rollupCustomers(
  subscriptions: SubscriptionsSection,
  topCustomers: TopCustomersSection,
  months: readonly string[],
): CustomerRow[] {
  const ranking = rankingOf(topCustomers);
  const rows: CustomerRow[] = [];
  for (const [key, group] of groupByCustomer(subscriptions)) {
    rows.push(customerRow(key, group, ranking.get(key), months));
  }
  return rows.sort(compareCustomerRows);
}

/** Each customer's subscriptions, by customer key, in the section's order. */
export function groupByCustomer(subscriptions: SubscriptionsSection): Map<string, SubscriptionTrend[]> {
  const groups = new Map<string, SubscriptionTrend[]>();
  for (const subscription of subscriptions.rows) addToGroup(groups, subscription);
  return groups;
}

/** Adds a subscription to its customer's group (for callers that group in slices, or only some customers). */
export function addToGroup(groups: Map<string, SubscriptionTrend[]>, subscription: SubscriptionTrend): void {
  const group = groups.get(subscription.customerKey);
  if (group) group.push(subscription);
  else groups.set(subscription.customerKey, [subscription]);
}

/** The ranked customers by key. */
export function rankingOf(topCustomers: TopCustomersSection): Map<string, CustomerRank> {
  return new Map(
    topCustomers.customers.map((customer, i) => [customer.customerKey, { customer, rank: i + 1 }]),
  );
}

/** The table's order: by rank, unranked last; then by last-month available seats (descending), name, key. */
export function compareCustomerRows(a: CustomerRow, b: CustomerRow): number {
  return (
    (a.rank ?? Infinity) - (b.rank ?? Infinity) ||
    b.availableLast - a.availableLast ||
    compareText(a.customerName, b.customerName) ||
    compareText(a.customerKey, b.customerKey)
  );
}
