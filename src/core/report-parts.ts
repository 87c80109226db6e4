import { rollupCustomers } from './customer-rollup.js';
import type { CustomerPage } from './customer-page.js';
import type { SubscriptionPages, UsageReport } from './report.js';

/** Customers per page file: the subscription table's default `page-size`, so a page file is a table page. */
export const DEFAULT_PARTS_PAGE_SIZE = 25;

/** Where the page files are, relative to the document: `{page}` is 1, 2, … */
export const PARTS_PAGE_HREF = 'customers/page-{page}.json';

/** A report document written in parts: the document without subscription rows, and its pages. */
export interface ReportParts {
  /** The document with `subscriptions.rows` empty and `subscriptions.pages` saying where they are. */
  head: UsageReport;
  /** The pages, in order: page `n` (1-based) is the answer to offset `(n − 1) × pageSize`, no search. */
  pages: Iterable<CustomerPage>;
}

/**
 * The report as parts a CDN can serve: every section's figures in one small document, and the
 * subscription rows grouped by customer into pages in the table's first order (the ranking, then the
 * others by available seats in the last month, name and key: `compareCustomerRows`). Each page holds
 * its customers' every subscription in the section's order, so the pages together hold every
 * subscription row once.
 */
export function reportParts(report: UsageReport, pageSize = DEFAULT_PARTS_PAGE_SIZE): ReportParts {
  const size = Math.max(1, Math.floor(pageSize));
  const customers = rollupCustomers(report.subscriptions, report.topCustomers, report.months);
  const pages: SubscriptionPages = {
    customers: customers.length,
    pageSize: size,
    pages: Math.ceil(customers.length / size),
    href: PARTS_PAGE_HREF,
  };
  const head = { ...report, subscriptions: { total: report.subscriptions.total, rows: [], pages } };
  function* pageFiles(): Generator<CustomerPage> {
    for (let offset = 0; offset < customers.length; offset += size) {
      const rows = customers
        .slice(offset, offset + size)
        .map(({ customerKey, subscriptions }) => ({ customerKey, subscriptions }));
      yield { offset, total: customers.length, rows };
    }
  }
  return { head, pages: pageFiles() };
}

/** A page file's name from the template: `pageHref(PARTS_PAGE_HREF, 3)` is `customers/page-3.json`. */
export function pageHref(template: string, page: number): string {
  return template.replaceAll('{page}', String(page));
}
