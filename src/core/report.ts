import type { InputWarning } from '../data/input-warning.js';
import type { SkippedRow } from '../data/usage-record.js';
import type { InsightsSection } from './insights/insights-report.js';

export type * from './insights/insights-report.js';

/**
 * The report document: the one contract between the core, the `dyn-usage` CLI and the elements.
 * Arrays indexed by month follow `months`.
 */
export interface UsageReport {
  version: 1;
  /** The months of the window, oldest first, as `YYYY-MM`. */
  months: string[];
  /** The snapshot month of the geography and distribution sections (`YYYY-MM`), or `null` with no months. */
  month: string | null;
  /**
   * The latest month with rows (`YYYY-MM`) whatever the window, which may end before it: what "Data through"
   * names, and the month that may be partial (`partialLatestMonth`). Absent from documents made before it existed.
   */
  latestMonth?: string | null;
  summary: SummarySection;
  geo: GeoSection;
  sku: SkuTrend[];
  distribution: DistributionEntry[];
  subscriptions: SubscriptionsSection;
  topCustomers: TopCustomersSection;
  /**
   * What changed and why, unusual months, where to act (README "Insights"); `null` for a report made
   * without subscriptions (`subscriptions: false`). Absent from documents made before it existed.
   */
  insights?: InsightsSection | null;
  input: InputStats;
}

/** Seat totals per month of the window; `activePercent` is `100 × active / available`, `null` where available is 0. */
export interface SummarySection {
  available: number[];
  assigned: number[];
  active: number[];
  activePercent: (number | null)[];
}

export interface CountrySeats {
  /** ISO 3166-1 alpha-2. */
  code: string;
  /** The export's market name for this country. */
  market: string;
  available: number;
  assigned: number;
  active: number;
}

export interface UnmatchedMarket {
  market: string;
  /** Rows of the snapshot month with this market. */
  rows: number;
}

export interface GeoSection {
  /** Countries with rows in the snapshot month, by available seats (descending). */
  countries: CountrySeats[];
  /** Countries/regions with rows in the snapshot month (the length of `countries`). */
  countryCount: number;
  unmatched: UnmatchedMarket[];
}

export interface SkuTrend {
  sku: string;
  available: number[];
  assigned: number[];
  active: number[];
}

export interface DistributionEntry {
  sku: string;
  available: number;
  assigned: number;
  active: number;
}

export interface SubscriptionTrend {
  subscriptionId: string;
  customerName: string;
  customerKey: string;
  sku: string;
  market: string;
  /** Beyond the documented shape: the customer's segment (`''` when absent), used by the table. */
  segment: string;
  available: number[];
  active: number[];
  activePercent: (number | null)[];
}

export interface SubscriptionsSection {
  total: number;
  rows: SubscriptionTrend[];
  /**
   * Only in a document written in parts (`dyn-usage report FILE --parts DIR`): `rows` is empty and the
   * subscriptions are in page files, grouped by customer (README "Computing the report on a server or a
   * warehouse").
   */
  pages?: SubscriptionPages;
}

/** Where a document written in parts keeps its subscription rows. */
export interface SubscriptionPages {
  /** Customers with subscriptions in the window: the page files' rows together. */
  customers: number;
  /** Customers per page file. */
  pageSize: number;
  /** How many page files. */
  pages: number;
  /** The page files' URL relative to the document, `{page}` standing for 1 … `pages`. */
  href: string;
}

export type CustomerRanking = 'billedRevenue' | 'availableSeats';

export interface TopCustomer {
  customerKey: string;
  customerName: string;
  /**
   * Billed revenue (USD) summed over the window, or `null` without revenue data; absent from a report
   * made with `revenue: false`.
   */
  billedRevenue?: number | null;
  /** Available seats in the window's last month. */
  availableSeats: number;
}

export interface TopCustomersSection {
  rankedBy: CustomerRanking;
  customers: TopCustomer[];
}

export interface InputStats {
  /** Rows that fed the figures (skipped rows not included). */
  rows: number;
  /** Of those, the rows of each month of the window (`partialLatestMonth`); absent from documents made before it existed. */
  monthRows?: number[];
  /** Skipped rows, in line order; at most `SKIPPED_DETAIL_LIMIT` of them (see `skippedCount`). */
  skipped: SkippedRow[];
  /** Beyond the documented shape: every skipped row, also those past the detail limit. */
  skippedCount: number;
  /** Rows whose `AvailableSeats` cell was empty (read as 0). */
  emptyAvailable: number;
  /** What the reader guessed or recovered and what the window left out, in the order found (README "Input"). */
  warnings: InputWarning[];
}

/** Options of `computeReport` and of the CLI. */
export interface ReportOptions {
  /** First month of the window, `YYYY-MM`. Default: 11 months before `to`. */
  from?: string;
  /** Last month of the window, `YYYY-MM`. Default: the latest month in the data. */
  to?: string;
  /** Snapshot month for geography and distribution, `YYYY-MM`. Default: the window's last month. */
  month?: string;
  /** How many top customers. Default 100. */
  top?: number;
  /**
   * Billed revenue (USD) per customer key or customer name; overrides a `BilledRevenueUSD` column. With
   * `false`, the report holds no revenue at all (no `billedRevenue` key anywhere) and the top customers are
   * ranked by available seats: for viewers who may not see revenue, made where they cannot read the export.
   */
  revenue?: Record<string, number> | false;
  /**
   * Whether to make every subscription's monthly trend and the top customers (default true). With
   * `false`, `subscriptions.rows` and `topCustomers.customers` are empty and `subscriptions.total` still
   * counts: the sections other than the subscription table need neither, and for a big partner they are
   * most of a report's time and memory.
   */
  subscriptions?: boolean;
  /**
   * With `subscriptions: false`, `'anomalies'` still finds the unusual months for the trends to mark: they
   * read the month and SKU totals only (under a millisecond on the sample, where every insight takes
   * 50 ms). The insights that read every subscription stay empty: `changes` null, empty opportunity lists,
   * renewals `{ available: false, code: 'not-computed' }`. Default: every insight with subscriptions, no
   * `insights` (null) without.
   */
  insights?: 'anomalies';
  /** Renewals: how many days after the window's last month an end date may fall. Default 90. */
  renewalDays?: number;
  /** Renewals: list subscriptions whose active % in the window's last month is below this. Default 50. */
  renewalActiveBelow?: number;
}

export const REPORT_VERSION = 1;
export const DEFAULT_WINDOW_MONTHS = 12;
/** The longest window a report shows: a link or a command line asking for more is cut to the data. */
export const MAX_WINDOW_MONTHS = 120;
export const DEFAULT_TOP = 100;
export { SKIPPED_DETAIL_LIMIT } from '../table/usage-table.js';
export const DEFAULT_RENEWAL_DAYS = 90;
export const DEFAULT_RENEWAL_ACTIVE_BELOW = 50;
