// Where the table's rows come from when it does not hold them: a provider function, a `rows-src` template,
// or the page files of a report written in parts; and that page as the table's view shows it.
import type { CustomerRow } from '../../core/customer-rollup.js';
import type {
  CustomerPage,
  CustomerPageProvider,
  CustomerPageRequest,
  CustomerPageSortKey,
} from '../../core/customer-page.js';
import type { UsageReport } from '../../core/report.js';
import { fillRowsTemplate, rowsTemplateAsks, templateProvider } from '../../load/customer-page-source.js';
import type { ReactiveControllerHost } from 'lit';
import { CustomerPageController, CustomerPageStatus } from '../../controllers/customer-page-controller.js';
import { customerPageRequest, customerRowsOfPage } from '../../view/customer-page-rows.js';
import type { RemoteRowsView } from './subscription-table-view.js';

/** A data provider and what it can do. */
export interface RowsSource {
  provider: CustomerPageProvider;
  search: boolean;
  sort: boolean;
  /** The page size the source dictates (page files), or null for the table's `page-size`. */
  pageSize: number | null;
  /** What made it: the same key gives the same provider, so a render asks for nothing new. */
  key: string;
}

/** What the table's rows depend on: the data inputs, `download-src`, and the page, search and sort shown. */
export interface RemoteRowsInputs extends RowsSourceInputs {
  downloadSrc: string | null;
  page: number;
  pageSize: number;
  /** The search box's text, or `''` without a search. */
  query: string;
  sort: { key: CustomerPageSortKey; direction: 'ascending' | 'descending' };
  locale: string;
}

export interface RowsSourceInputs {
  provider: CustomerPageProvider | null;
  rowsSrc: string | null;
  src: string | null;
  report: UsageReport | null;
  /** The page's URL, which `rows-src` and `src` are relative to. */
  baseUri: string;
}

/**
 * The table's data provider: `provider`, else `rows-src` (relative to the page), else the page files of a
 * report written in parts (`subscriptions.pages`, relative to `src`, with their page size); null when the
 * table holds every row. `previous` is given back while nothing it was made of changed.
 */
export function rowsSourceOf(inputs: RowsSourceInputs, previous: RowsSource | null): RowsSource | null {
  const { provider, rowsSrc, src, report, baseUri } = inputs;
  if (provider) return { provider, search: true, sort: true, pageSize: null, key: '' };
  const pages = report?.subscriptions.rows.length === 0 ? report.subscriptions.pages : undefined;
  const template = rowsSrc ?? pages?.href ?? null;
  if (!template || !report) return null;
  const base = rowsSrc ? baseUri : new URL(src ?? '', baseUri).href;
  const months = report.months.length;
  const pageSize = rowsSrc ? null : (pages?.pageSize ?? null);
  const key = `${template}\n${base}\n${months}\n${pageSize}`;
  if (previous?.key === key) return previous;
  const made = templateProvider(template, base, months);
  return { provider: made, ...rowsTemplateAsks(template), pageSize, key };
}

/** The raw-data file's URL from `download-src` for what the table shows, or null without one. */
export function downloadHref(
  template: string | null,
  request: CustomerPageRequest,
  baseUri: string,
): string | null {
  return template ? new URL(fillRowsTemplate(template, request), baseUri).href : null;
}

/** What the table shows from a data provider: its page as rows, and the view's state of it. */
export interface RemoteShown {
  rows: readonly CustomerRow[];
  counts: { ranked: number; all: number; hasSegment: boolean };
  remote: RemoteRowsView;
}

/**
 * The table's rows when a data provider has them: which provider (made once per template), its page
 * (through `CustomerPageController`), and that page as customer rows (made once per page).
 */
export class RemoteRows {
  readonly pages: CustomerPageController;
  private made: RowsSource | null = null;
  private last: { page: CustomerPage; report: UsageReport; rows: CustomerRow[] } | null = null;
  private readonly inputs: () => RemoteRowsInputs;

  constructor(host: ReactiveControllerHost, inputs: () => RemoteRowsInputs) {
    this.inputs = inputs;
    this.pages = new CustomerPageController(host, {
      provider: () => this.source?.provider ?? null,
      request: () => this.request(),
      monthCount: () => inputs().report?.months.length ?? 0,
    });
  }

  /** The data provider, or null when the table holds every row. */
  get source(): RowsSource | null {
    return (this.made = rowsSourceOf(this.inputs(), this.made));
  }

  /** Customers per page: the page files' own size, else the table's `page-size`. */
  get pageSize(): number {
    return this.source?.pageSize ?? this.inputs().pageSize;
  }

  /** The page as the table shows it, or null when the table holds every row. */
  shown(report: UsageReport): RemoteShown | null {
    const source = this.source;
    if (!source) return null;
    const download = downloadHref(this.inputs().downloadSrc, this.request(), this.inputs().baseUri);
    const page = this.pages.page;
    if (page && (this.last?.page !== page || this.last.report !== report))
      this.last = { page, report, rows: customerRowsOfPage(page, report) };
    const rows = page ? (this.last?.rows ?? []) : [];
    const { status: at, error } = this.pages;
    const status =
      at === CustomerPageStatus.error ? 'error' : at === CustomerPageStatus.ready ? 'ready' : 'loading';
    const total = page?.total ?? 0;
    const onRetry = () => this.pages.retry();
    const { search, sort } = source;
    const remote = { status, total, error, onRetry, search, sort, downloadHref: download } as const;
    const ranked = report.topCustomers.customers.length;
    // Without a search the total is every customer; a parts document says so whatever the search.
    const all = report.subscriptions.pages?.customers ?? Math.max(ranked, total);
    const hasSegment = rows.some((row) => row.segment !== '');
    return { rows, counts: { ranked: Math.min(ranked, all), all, hasSegment }, remote };
  }

  private request(): CustomerPageRequest {
    const { page, query, sort, locale } = this.inputs();
    return customerPageRequest({ page, pageSize: this.pageSize, query, sort, locale });
  }

  /** The row of `customerKey` on the page once it has come (after a search for it), or -1. */
  async positionOf(customerKey: string): Promise<number> {
    await this.pages.settled();
    return (this.pages.page?.rows ?? []).findIndex((row) => row.customerKey === customerKey);
  }
}
