import { mapHeader } from './header-map.js';
import type { ColumnIndex } from './header-map.js';
import type { TextColumn } from './text-columns.js';

/** The export's columns whose trimmed text a usage table keeps by id, and the table column of each. */
const FROM_TABLE: [keyof ColumnIndex, TextColumn][] = [
  ['SubscriptionId', 'subscriptionId'],
  ['SKU', 'sku'],
  ['CustomerName', 'customerName'],
  ['CustomerTenantId', 'customerTenantId'],
  ['CustomerMarket', 'market'],
  ['CustomerSegment', 'segment'],
  ['SalesModel', 'salesModel'],
  ['PartnerLocation', 'partnerLocation'],
  ['PartnerAttachType', 'partnerAttachType'],
];

/**
 * Per column of `header`: the table column a kept row takes its text from, or `null` for a column kept
 * as read (Month is, as the table holds it as `YYYY-MM`; so are seat counts and every other column).
 */
export function rawRowColumns(header: readonly string[]): (TextColumn | null)[] {
  const at = mapHeader(header);
  const fromTable: (TextColumn | null)[] = header.map(() => null);
  for (const [name, column] of FROM_TABLE) if (at[name] !== -1) fromTable[at[name]] = column;
  return fromTable;
}
