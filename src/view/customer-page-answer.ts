import { rollupCustomers } from '../core/customer-rollup.js';
import type { CustomerRow } from '../core/customer-rollup.js';
import type { CustomerPage, CustomerPageRequest } from '../core/customer-page.js';
import type { UsageReport } from '../core/report.js';
import { matchesSearch } from './search-text.js';
import { sortCustomerRows } from './sort-customer-rows.js';

/** Every customer of a report in the table's first order, made once per report a server keeps. */
const rolledUp = new WeakMap<UsageReport, CustomerRow[]>();

/**
 * What a data provider answers for `request` over a whole report (or a parts document whose pages were
 * joined back into `subscriptions.rows`): the customers whose name or key matches the query under the
 * table's own search rules (`matchesSearch`: case, accents, whitespace runs), sorted as the table sorts
 * them (markets by the export's name, which a server knows, not the reader's), then sliced. A reference for
 * a server in Node, and the answer a server in another language is tested against.
 */
export function answerCustomerPage(report: UsageReport, request: CustomerPageRequest): CustomerPage {
  let all = rolledUp.get(report);
  if (!all) {
    all = rollupCustomers(report.subscriptions, report.topCustomers, report.months);
    rolledUp.set(report, all);
  }
  const query = request.query.trim();
  const found = query ? all.filter((row) => matchesSearch([row.customerName, row.customerKey], query)) : all;
  const { sort, direction, locale } = request;
  const sorted =
    sort === 'rank' && direction === 'ascending'
      ? found
      : sortCustomerRows(found, sort, direction, locale || 'en');
  const offset = Math.max(0, Math.floor(request.offset) || 0);
  const limit = Math.max(0, Math.floor(request.limit) || 0);
  const rows = sorted
    .slice(offset, offset + limit)
    .map(({ customerKey, subscriptions }) => ({ customerKey, subscriptions }));
  return { rows, total: sorted.length, offset };
}
