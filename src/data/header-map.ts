import { UsageInputError } from './usage-input-error.js';

/** The export's columns the reader uses, by canonical name (as in Partner Center's header). */
export const REQUIRED_COLUMNS = [
  'SubscriptionId',
  'Month',
  'SKU',
  'CustomerName',
  'CustomerMarket',
  'AvailableSeats',
  'AssignedSeats',
  'ActiveSeats',
] as const;
export const OPTIONAL_COLUMNS = [
  'CustomerTenantId',
  'CustomerSegment',
  'BilledRevenueUSD',
  // Partner Center's page filters, used by <dyn-usage-report>'s filter bar.
  'SalesModel',
  'PartnerLocation',
  'PartnerAttachType',
] as const;

export type RequiredColumn = (typeof REQUIRED_COLUMNS)[number];
export type OptionalColumn = (typeof OPTIONAL_COLUMNS)[number];

/** Field index of each column: required ones always present, optional ones `-1` when absent. */
export type ColumnIndex = Record<RequiredColumn | OptionalColumn, number>;

/** `' Subscription_Id '`, `subscriptionId` and `SUBSCRIPTIONID` all become `subscriptionid`. */
export function normalizeColumnName(name: string): string {
  return name.replace(/[\s_]+/g, '').toLowerCase();
}

/**
 * Finds each known column in `header`, ignoring case, spaces and underscores; the first of duplicates wins.
 * @throws UsageInputError `'missing-columns'` naming every missing required column.
 */
export function mapHeader(header: readonly string[]): ColumnIndex {
  const positions = new Map<string, number>();
  header.forEach((name, i) => {
    const key = normalizeColumnName(name);
    if (!positions.has(key)) positions.set(key, i);
  });
  const find = (column: string): number => positions.get(column.toLowerCase()) ?? -1;
  const missing = REQUIRED_COLUMNS.filter((column) => find(column) === -1);
  if (missing.length > 0) {
    const noun = missing.length === 1 ? 'column' : 'columns';
    throw new UsageInputError(`Missing required ${noun}: ${missing.join(', ')}`, 'missing-columns', {
      missingColumns: [...missing],
    });
  }
  const index = {} as ColumnIndex;
  for (const column of [...REQUIRED_COLUMNS, ...OPTIONAL_COLUMNS]) index[column] = find(column);
  return index;
}
