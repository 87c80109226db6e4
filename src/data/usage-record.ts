import type { MessageValues } from './input-warning.js';
import type { SkipReasonCode } from './skip-reason.js';

/**
 * One row of a Partner Center `DynamicsUsage` export after normalising: one subscription in one month.
 * Seat counts are stock values for that month (never summed across months for a headline).
 */
export interface UsageRecord {
  subscriptionId: string;
  /** The month the row describes, as `YYYY-MM`. */
  month: string;
  sku: string;
  customerName: string;
  /** `CustomerTenantId` when the export has it, else the customer name. */
  customerKey: string;
  /** `CustomerTenantId`, or `''` when absent. */
  customerTenantId: string;
  /** The export's market name as written (`United States`, `Türkiye`, …). */
  market: string;
  /** ISO 3166-1 alpha-2 code of `market`, or `null` when the market is unknown. */
  marketCode: string | null;
  /** `CustomerSegment`, or `''` when absent. */
  segment: string;
  /** `SalesModel`, `PartnerLocation`, `PartnerAttachType` (Partner Center's page filters), `''` when absent. */
  salesModel?: string;
  partnerLocation?: string;
  partnerAttachType?: string;
  /** `SubscriptionEndDate` as written (a date in the file's date order), only when the export has the column. */
  subscriptionEndDate?: string;
  available: number;
  assigned: number;
  active: number;
  /** `BilledRevenueUSD` for this row, or `null` when the column is absent or the cell empty. */
  billedRevenue: number | null;
}

/** A row the reader could not use, with the 1-based line it started on (the header is line 1). */
export interface SkippedRow {
  line: number;
  /** Why, in English (the CLI prints it). */
  reason: string;
  /** Why, as a stable code (see `SkipReasonCode`); absent in documents written before codes. */
  code?: SkipReasonCode;
  /** The values `reason` names (column, cell, counts), by placeholder name. */
  values?: MessageValues;
}
