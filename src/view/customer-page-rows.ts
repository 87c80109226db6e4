import { rankingOf } from '../core/customer-rollup.js';
import type { CustomerRow } from '../core/customer-rollup.js';
import { customerRow } from '../core/customer-row.js';
import type { CustomerPage, CustomerPageRequest, CustomerPageSortKey } from '../core/customer-page.js';
import type { UsageReport } from '../core/report.js';

/**
 * The request for the table's page `page` (0-based) of `pageSize` customers, with the search box's text
 * (trimmed: spaces around a name find the same customers) and the sort shown.
 */
export function customerPageRequest(state: {
  page: number;
  pageSize: number;
  query: string;
  sort: { key: CustomerPageSortKey; direction: 'ascending' | 'descending' };
  locale: string;
}): CustomerPageRequest {
  const limit = Math.max(1, Math.floor(state.pageSize) || 25);
  return {
    offset: Math.max(0, Math.floor(state.page)) * limit,
    limit,
    query: state.query.trim(),
    sort: state.sort.key,
    direction: state.sort.direction,
    locale: state.locale,
  };
}

/**
 * A provider's page as the table's customer rows: each customer's subscriptions summed per month, its
 * market and segment chosen by the kit's rules, its rank and revenue from the report's ranking (the
 * provider sends subscriptions only, so figures cannot disagree with the rest of the report).
 */
export function customerRowsOfPage(page: CustomerPage, report: UsageReport): CustomerRow[] {
  const ranking = rankingOf(report.topCustomers);
  return page.rows.map((row) =>
    customerRow(row.customerKey, row.subscriptions, ranking.get(row.customerKey), report.months),
  );
}
