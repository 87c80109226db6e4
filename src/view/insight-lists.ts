import type {
  FallingCustomer,
  InsightsSection,
  OpportunityCustomer,
  RenewalSubscription,
} from '../core/report.js';
import { foldSearchText } from './search-text.js';

/** The insights' lists, each a table a partner works through. */
export type InsightListId = 'unassigned' | 'inactive' | 'falling' | 'renewals';

/** A list's sortable columns: `value` is what the list is ranked by (seats, points of fall, days left). */
export type InsightColumn = 'customer' | 'value' | 'seats' | 'activePercent';

export interface InsightSort {
  column: InsightColumn;
  descending: boolean;
}

/** How each list is ranked by the core: its biggest first, renewals soonest first after seats. */
export const DEFAULT_SORT: InsightSort = { column: 'value', descending: true };

export type InsightRow = OpportunityCustomer | FallingCustomer | RenewalSubscription;

/** The rows of each list whose customer (name or subscription's SKU) matches `query`, in `sorts` order. */
export function insightLists(
  insights: InsightsSection,
  query: string,
  sorts: Partial<Record<InsightListId, InsightSort>>,
): Record<InsightListId, InsightRow[]> {
  const needle = foldSearchText(query);
  const matches = (row: InsightRow) =>
    needle === '' ||
    foldSearchText(row.customerName).includes(needle) ||
    ('sku' in row && foldSearchText(row.sku).includes(needle));
  const renewals = insights.renewals.available ? insights.renewals.subscriptions : [];
  const lists = {
    unassigned: insights.opportunities.unassigned,
    inactive: insights.opportunities.inactive,
    falling: insights.opportunities.falling,
    renewals,
  };
  return Object.fromEntries(
    Object.entries(lists).map(([id, rows]) => {
      const sort = sorts[id as InsightListId];
      const kept = (rows as InsightRow[]).filter(matches);
      return [id, sort ? sortInsightRows(kept, sort) : kept];
    }),
  ) as Record<InsightListId, InsightRow[]>;
}

/** The figure a column sorts by. */
export function columnValue(row: InsightRow, column: InsightColumn): number | string {
  switch (column) {
    case 'customer':
      return row.customerName;
    case 'seats':
      return row.available;
    case 'activePercent':
      return 'toPercent' in row ? row.toPercent : (activePercentOf(row) ?? 0);
    default:
      return 'daysAfterMonth' in row ? row.daysAfterMonth : row.value;
  }
}

/** A row's active usage % in the last month: a renewal's own, else active / available; `null` without seats. */
export function activePercentOf(row: InsightRow): number | null {
  if ('activePercent' in row) return row.activePercent;
  return row.available > 0 ? (100 * row.active) / row.available : null;
}

const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

/** Rows sorted by one column; ties keep the core's order (a stable sort). */
export function sortInsightRows<Row extends InsightRow>(rows: readonly Row[], sort: InsightSort): Row[] {
  const sign = sort.descending ? -1 : 1;
  return [...rows].sort((a, b) => {
    const x = columnValue(a, sort.column);
    const y = columnValue(b, sort.column);
    const order =
      typeof x === 'string' || typeof y === 'string' ? collator.compare(String(x), String(y)) : x - y;
    return sign * order;
  });
}
