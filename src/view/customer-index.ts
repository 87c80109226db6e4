import { addToGroup, compareCustomerRows, rankingOf } from '../core/customer-rollup.js';
import type { CustomerRank, CustomerRow } from '../core/customer-rollup.js';
import { customerName, customerRow } from '../core/customer-row.js';
import type { SubscriptionTrend, UsageReport } from '../core/report.js';
import { foldSearchText } from '../view/search-text.js';
import { SLICE_MS, yieldToPage } from '../schedule/yield.js';

/** Customers between two looks at the clock: reading it per customer would cost more than the match. */
const CLOCK_EVERY = 256;

/** Subscriptions grouped between two looks at the clock. */
const GROUP_EVERY = 4096;

/**
 * The customers of a report, made into table rows only when shown: with 100,000 subscriptions, rows for
 * every customer would hold the first render for hundreds of milliseconds, while the page needs only the
 * top ones. The first render groups only the top customers' subscriptions (one pass, no array per
 * customer); a search groups the rest, folds each customer's name and key once, in slices of a few
 * milliseconds that yield to the page, and builds rows for the matches only.
 */
export class CustomerIndex {
  /** Customers with subscriptions in the window. */
  readonly size: number;
  /** The top customers' rows, in ranking order. */
  readonly ranked: CustomerRow[];
  /** Whether any subscription has a segment. */
  readonly hasSegment: boolean;
  private readonly months: readonly string[];
  private readonly subscriptions: readonly SubscriptionTrend[];
  /** The top customers' subscriptions; every customer's once a search has grouped them. */
  private groups: Map<string, SubscriptionTrend[]>;
  private allGrouped = false;
  /** Every customer's key, in order of first appearance (the section's order). */
  private readonly keys: string[];
  private readonly ranking: Map<string, CustomerRank>;
  private readonly rows = new Map<string, CustomerRow>();
  private readonly folded: string[] = [];

  constructor(report: UsageReport) {
    this.months = report.months;
    this.subscriptions = report.subscriptions.rows;
    this.ranking = rankingOf(report.topCustomers);
    const keys = new Set<string>();
    const top = new Map<string, SubscriptionTrend[]>();
    let hasSegment = false;
    for (const subscription of this.subscriptions) {
      const key = subscription.customerKey;
      keys.add(key);
      if (subscription.segment !== '') hasSegment = true;
      if (this.ranking.has(key)) addToGroup(top, subscription);
    }
    this.keys = [...keys];
    this.size = this.keys.length;
    this.hasSegment = hasSegment;
    this.groups = top;
    this.ranked = report.topCustomers.customers
      .filter((customer) => top.has(customer.customerKey))
      .map((customer) => this.row(customer.customerKey));
  }

  /**
   * The customers whose name or key matches, under `matchesSearch`'s rules, in the table's order (ranked
   * first); `null` when aborted.
   */
  async find(query: string, signal: AbortSignal): Promise<CustomerRow[] | null> {
    if (!(await this.groupAll(signal))) return null;
    const needle = foldSearchText(query);
    const found: CustomerRow[] = [];
    let deadline = performance.now() + SLICE_MS;
    for (let i = 0; i < this.keys.length; i++) {
      if (i % CLOCK_EVERY === 0 && performance.now() > deadline) {
        await yieldToPage();
        if (signal.aborted) return null;
        deadline = performance.now() + SLICE_MS;
      }
      const key = this.keys[i] ?? '';
      // A NUL never comes out of a search box, so the joined text matches only where one of the two does.
      this.folded[i] ??=
        `${foldSearchText(customerName(key, this.groups.get(key) ?? [], this.ranking.get(key)))}\u0000${foldSearchText(key)}`;
      if (this.folded[i]?.includes(needle)) found.push(this.row(key));
    }
    return signal.aborted ? null : found.sort(compareCustomerRows);
  }

  /** Groups every customer's subscriptions, once, in slices; false when aborted. */
  private async groupAll(signal: AbortSignal): Promise<boolean> {
    if (this.allGrouped) return true;
    const groups = new Map<string, SubscriptionTrend[]>();
    let deadline = performance.now() + SLICE_MS;
    for (let i = 0; i < this.subscriptions.length; i++) {
      if (i % GROUP_EVERY === 0 && performance.now() > deadline) {
        await yieldToPage();
        if (signal.aborted) return false;
        if (this.allGrouped) return true; // another search finished it meanwhile
        deadline = performance.now() + SLICE_MS;
      }
      addToGroup(groups, this.subscriptions[i]!);
    }
    this.groups = groups;
    this.allGrouped = true;
    return true;
  }

  private row(key: string): CustomerRow {
    let row = this.rows.get(key);
    if (!row) {
      row = customerRow(key, this.groups.get(key) ?? [], this.ranking.get(key), this.months);
      this.rows.set(key, row);
    }
    return row;
  }
}
