/**
 * The report document's `insights`: what changed and why, unusual months, where to act. Computed from
 * per-subscription figures, so only for reports with subscriptions (`insights` is `null` otherwise).
 */
export interface InsightsSection {
  /** Last month of the window against the month before; `null` with fewer than two months. */
  changes: ChangesInsight | null;
  anomalies: Anomaly[];
  opportunities: OpportunitiesInsight;
  renewals: RenewalsInsight;
}

/** One group's part of a change: a SKU, a country (market code, `?name` when unmatched) or a customer. */
export interface ChangeDriver {
  key: string;
  name: string;
  /** The group's own figure in the previous and last month (its active %, `null` without seats, for `activePercent`). */
  from: number | null;
  to: number | null;
  /** Signed; the top drivers' contributions plus `other` add up to the change exactly. */
  contribution: number;
}

/** The biggest drivers by absolute contribution (at most `CHANGE_DRIVER_TOP`), and the rest in one sum. */
export interface DriverList {
  top: ChangeDriver[];
  /** The contribution of every group not in `top`. */
  other: number;
  /** How many groups with a non-zero contribution `other` holds. */
  otherCount: number;
}

export interface ChangeDrivers {
  sku: DriverList;
  country: DriverList;
  customer: DriverList;
}

export interface SeatChange {
  from: number;
  to: number;
  change: number;
  drivers: ChangeDrivers;
}

/**
 * The change of active usage % in percentage points (2 decimals, as the summary shows them): `seats`
 * (active seats gained or lost within SKUs) plus `mix` (available seats moving between SKUs of different
 * usage) is `change`, and so is each driver list's sum. README "Insights" gives the formula.
 */
export interface PercentChange {
  from: number;
  to: number;
  change: number;
  seats: number;
  mix: number;
  drivers: ChangeDrivers;
}

export interface ChangesInsight {
  from: string;
  to: string;
  available: SeatChange;
  assigned: SeatChange;
  active: SeatChange;
  /** `null` when either month has no available seats. */
  activePercent: PercentChange | null;
}

export type InsightMetric = 'available' | 'assigned' | 'active' | 'activePercent';

/** A month whose change from the month before is unusual for its series. */
export interface Anomaly {
  /** `null` for the total of all SKUs. */
  sku: string | null;
  metric: InsightMetric;
  month: string;
  value: number;
  previous: number;
  /** The range the month's value was expected in: the previous month plus the typical change ± the threshold. */
  expectedLow: number;
  expectedHigh: number;
  /** How unusual: |change − median change| / max(1.4826 × MAD, the floor); flagged above `ANOMALY_SCORE` (5). */
  score: number;
}

export interface OpportunityCustomer {
  customerKey: string;
  customerName: string;
  available: number;
  assigned: number;
  active: number;
  /** The figure ranked by: unassigned seats, assigned-but-inactive seats, or percentage points of fall. */
  value: number;
  /** The customer's subscriptions that make up `value`, largest part first. */
  subscriptionIds: string[];
}

export interface FallingCustomer extends OpportunityCustomer {
  /** The month the fall is measured from, and the active % then and in the last month. */
  fromMonth: string;
  fromPercent: number;
  toPercent: number;
}

export interface OpportunitiesInsight {
  /** The window's last month, or `null` without months. */
  month: string | null;
  unassigned: OpportunityCustomer[];
  inactive: OpportunityCustomer[];
  falling: FallingCustomer[];
}

export interface RenewalSubscription {
  subscriptionId: string;
  customerKey: string;
  customerName: string;
  sku: string;
  /** `YYYY-MM-DD`. */
  endDate: string;
  /** Days from the last day of the window's last month to the end date. */
  daysAfterMonth: number;
  available: number;
  assigned: number;
  active: number;
  activePercent: number;
}

export type RenewalsInsight =
  | {
      available: true;
      month: string;
      days: number;
      activeBelow: number;
      subscriptions: RenewalSubscription[];
      /** End dates that are not dates (kept out of the list). */
      unreadableDates: number;
    }
  | {
      available: false;
      /** Why, in English for the CLI; `code` `no-end-dates` when the export has no end dates at all. */
      reason: string;
      code?: 'no-end-dates' | 'not-computed';
    };
