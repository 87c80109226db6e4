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
  // A subscription's end date, for the renewals insight.
  'SubscriptionEndDate',
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
 * Finds each known column in `header`, ignoring case, spaces and underscores. Unknown columns may repeat.
 * @throws UsageInputError `'missing-columns'` naming every missing required column, then
 * `'duplicate-columns'` naming every known column given twice, with each spelling and position.
 */
export function mapHeader(header: readonly string[]): ColumnIndex {
  const positions = new Map<string, number[]>();
  header.forEach((name, i) => {
    const key = normalizeColumnName(name);
    const seen = positions.get(key);
    if (seen) seen.push(i);
    else positions.set(key, [i]);
  });
  const find = (column: string): number => positions.get(column.toLowerCase())?.[0] ?? -1;
  const missing = REQUIRED_COLUMNS.filter((column) => find(column) === -1);
  if (missing.length > 0) {
    const noun = missing.length === 1 ? 'column' : 'columns';
    throw new UsageInputError(`Missing required ${noun}: ${missing.join(', ')}`, 'missing-columns', {
      missingColumns: [...missing],
      values: { count: missing.length, columns: missing.join(', ') },
    });
  }
  const known = [...REQUIRED_COLUMNS, ...OPTIONAL_COLUMNS];
  // Two cells for one figure: reading either one would be a guess, so the file is refused.
  const twice = known.flatMap((column) => {
    const at = positions.get(column.toLowerCase()) ?? [];
    if (at.length < 2) return [];
    const spellings = at.map((i) => `${JSON.stringify(header[i])} (column ${i + 1})`);
    return [`${column} is given ${at.length === 2 ? 'twice' : `${at.length} times`}: ${listed(spellings)}`];
  });
  if (twice.length > 0) throw new UsageInputError(`Column ${twice.join('; column ')}`, 'duplicate-columns');
  const index = {} as ColumnIndex;
  for (const column of known) index[column] = find(column);
  return index;
}

/** `a`, `a and b`, `a, b and c`. */
function listed(items: readonly string[]): string {
  return items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}
