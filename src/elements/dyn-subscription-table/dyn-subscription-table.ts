import type { TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { CustomerRow } from '../../core/customer-rollup.js';
import { DEFAULT_TOP } from '../../core/report.js';
import type {
  ReportOptions,
  SubscriptionsSection,
  SubscriptionTrend,
  TopCustomersSection,
  UsageReport,
} from '../../core/report.js';
import { firstSortDirection } from '../../view/sort-customer-rows.js';
import type { CustomerSortKey, SortDirection } from '../../view/sort-customer-rows.js';
import { UsageSectionElement } from '../shared/usage-section-element.js';
import type { FiguresTable } from '../shared/usage-section-element.js';
import { CustomerIndex } from '../../view/customer-index.js';
import { CustomerSearchController } from '../../controllers/customer-search.js';
import { offerDownload, rawDataDownload } from './raw-data-download.js';
import type { UsageDownloadDetail } from './raw-data-download.js';
import { subscriptionTableStyles } from './dyn-subscription-table.styles.js';
import { customerFigures, pageWindow } from './table-parts.js';
import { focusCustomerRow } from './customer-table.js';
import { sortShownRows } from './sort-shown-rows.js';
import { renderSubscriptionTable } from './subscription-table-view.js';
import { tableImage } from './table-image.js';
import type { CustomerPageProvider } from '../../core/customer-page.js';
import { RemoteRows } from './rows-source.js';
import type { RemoteShown } from './rows-source.js';
import type { ExportHeader, ExportImage } from '../../charts/export-svg-text.js';
import enSubscriptions from '../../i18n/locales/en/subscriptions.js';
import { addEnglish } from '../../i18n/registry.js';

addEnglish(enSubscriptions);

export type { UsageDownloadDetail } from './raw-data-download.js';

/** The figures the table shows, in the report document's shape. */
export interface SubscriptionTableSection {
  subscriptions: SubscriptionsSection;
  topCustomers: TopCustomersSection;
}

/**
 * Subscriptions performance: the top customers by billed revenue (or, without revenue, by available
 * seats), each with its active usage trend and, on expanding, its subscriptions. A search reaches every
 * customer; "Download raw data" saves the export's rows behind what the table shows (the window, the
 * `filter` and the search; every customer, not only the ranked top), in a file named after them.
 *
 * @summary Dynamics subscriptions performance: top customers, trends, search, raw-data download.
 * @attr src - URL of a CSV, TSV or JSON export, or of a report document.
 * @attr from - First month of the window, YYYY-MM.
 * @attr to - Last month of the window, YYYY-MM.
 * @attr locale - Locale for numbers and months.
 * @attr theme - `light` or `dark`; unset follows the OS.
 * @attr top - How many customers the ranking keeps (default 100).
 * @attr hide-revenue - Leave billed revenue out of the data itself (`section`, events, downloads) and rank by available seats; for real protection remove it on the server (`dyn-usage report --no-revenue`).
 * @attr page-size - Customers per page (default 25).
 * @attr rows-src - URL template of a data provider's pages (`/api/rows?offset={offset}&limit={limit}&q={query}&sort={sort}&direction={direction}`; also `{page}`, `{locale}`): the table asks for the page and search it shows instead of holding every row. A search only with `{query}`, sorting only with `{sort}`.
 * @attr download-src - With a data provider, the raw-data download's URL (`{query}`, `{sort}`, `{direction}`, `{locale}` filled); without it the download button is hidden.
 * @prop report - A report document (beats records and src).
 * @prop records - Raw export rows (beats src).
 * @prop revenue - Billed revenue (USD) per customer key or name; overrides a BilledRevenueUSD column.
 * @prop provider - A data provider function `({ offset, limit, query, sort, direction, locale }, signal) => Promise<{ rows, total }>`; beats `rows-src`.
 * @fires dyn-usage-load - Data is ready; detail `{ section, input, parsedIn?, fallbackReason? }` (`parsedIn`: `worker` or `main-thread`, for a `src` export).
 * @fires dyn-usage-error - Data could not be shown; detail `{ message, status? }`.
 * @fires dyn-usage-download - A raw-data CSV is ready; detail `{ fileName, blob, rows, source }`. Cancel it to save the file yourself.
 * @csspart frame - The card around the section.
 * @csspart title - The section title.
 * @csspart table - The customer table.
 * @csspart row - A customer's row.
 * @csspart subscriptions - An expanded customer's subscriptions table.
 * @csspart search - The search box.
 * @csspart download - The "Download raw data" button.
 * @csspart notice - The skipped-rows notice.
 * @cssprop [--dyn-usage-active-color=#1d7f45] - The sparklines.
 * @cssprop [--dyn-usage-mark-background=#ffe08a] - A search match's highlight.
 * @cssprop [--dyn-usage-mark-text=#1b1f24] - A search match's text.
 */
export class DynSubscriptionTable extends UsageSectionElement<SubscriptionTableSection> {
  static override styles = [...UsageSectionElement.styles, subscriptionTableStyles];

  /** How many customers the ranking keeps. */
  @property({ type: Number }) top = DEFAULT_TOP;
  /** Billed revenue (USD) per customer key or name; overrides a `BilledRevenueUSD` column. */
  @property({ attribute: false }) revenue: Record<string, number> | null = null;
  /**
   * Leave billed revenue out of the data itself: the report the table makes has none (`section`, the
   * `dyn-usage-load` detail, the figures and raw-data downloads), and customers rank by available seats.
   * What reaches a browser can be read: remove revenue on the server for real protection.
   */
  @property({ type: Boolean, attribute: 'hide-revenue' }) hideRevenue = false;
  /** Customers per page. */
  @property({ type: Number, attribute: 'page-size' }) pageSize = 25;
  /**
   * A data provider: answers the page of customers the table shows (README "Computing the report on a
   * server or a warehouse"), so the page need not hold every subscription. Beats `rows-src`.
   */
  @property({ attribute: false }) provider: CustomerPageProvider | null = null;
  /**
   * URL template of a data provider's pages, relative to the page: `{offset}`, `{limit}`, `{page}` (from 1),
   * `{query}`, `{sort}`, `{direction}`, `{locale}`. Without it, a report written in parts
   * (`subscriptions.pages`) is paged from its page files beside `src`.
   */
  @property({ attribute: 'rows-src' }) rowsSrc: string | null = null;
  /**
   * With a data provider, the raw-data download's URL template (`{query}`, `{sort}`, `{direction}`,
   * `{locale}`); the button becomes a link to it. Without it the button is hidden: the page has no rows to save.
   */
  @property({ attribute: 'download-src' }) downloadSrc: string | null = null;

  @state() private sort: { key: CustomerSortKey; direction: SortDirection } = {
    key: 'rank',
    direction: 'ascending',
  };
  @state() private page = 0;
  @state() private expanded: ReadonlySet<string> = new Set();
  @state() private preparing = false;

  private readonly search = new CustomerSearchController(this);
  private readonly remote = new RemoteRows(this, () => {
    const { provider, rowsSrc, src, downloadSrc, page, pageSize, sort } = this;
    const query = this.search.active ? this.search.query : '';
    const [report, baseUri, locale] = [this.data.report, document.baseURI, this.formatters.locale];
    return { provider, rowsSrc, src, report, baseUri, downloadSrc, page, pageSize, query, sort, locale };
  });
  private index: { report: UsageReport; customers: CustomerIndex } | null = null;
  private sorted: { base: readonly CustomerRow[]; sortKey: string; rows: readonly CustomerRow[] } | null =
    null;

  constructor() {
    super({ keepRows: true });
  }

  protected get defaultTitle(): string {
    return this.localizer.t('subscriptions.title');
  }

  protected sectionOf(report: UsageReport): SubscriptionTableSection {
    return { subscriptions: report.subscriptions, topCustomers: report.topCustomers };
  }

  protected override reportOptions(): ReportOptions {
    const top = Number.isFinite(this.top) && this.top >= 0 ? Math.floor(this.top) : DEFAULT_TOP;
    // Hidden revenue leaves the report itself (el.section, events, downloads), not only the column.
    if (this.hideRevenue) return { top, revenue: false };
    return this.revenue ? { top, revenue: this.revenue } : { top };
  }

  protected renderSection(section: SubscriptionTableSection, report: UsageReport): TemplateResult {
    const { rows, matches, counts, remote } = this.shown(report);
    const view = {
      report,
      rankedBy: section.topCustomers.rankedBy,
      counts,
      rows,
      matches,
      remote,
      searchText: this.search.query,
      query: this.search.active ? this.search.query.trim() : '',
      showRevenue: this.showsRevenue(section),
      revenueHidden: this.hideRevenue,
      range: this.rangeText(report),
      page: this.page,
      pageSize: this.remote.pageSize,
      sort: this.sort,
      expanded: this.expanded,
      preparing: this.preparing,
      onSearch: (text: string) => this.onSearch(text),
      onDownload: () => void this.download(),
      onSort: (key: CustomerSortKey) => this.onSort(key),
      onToggle: (row: CustomerRow) => this.toggle(row),
      onPage: (page: number) => (this.page = page),
    };
    return renderSubscriptionTable(view, this.formatters, this.localizer);
  }

  /** The ranked customers; with a data provider, the page shown. */
  protected figuresTable(section: SubscriptionTableSection, report: UsageReport): FiguresTable {
    return customerFigures(
      this.remote.source ? this.shown(report).rows : this.customersOf(report).ranked,
      report.months,
      this.showsRevenue(section),
      this.localizer,
      this.formatters,
    );
  }

  /** The page of customers shown (sort and search as they are), as an image. */
  protected override exportImage(report: UsageReport, header: ExportHeader): ExportImage | null {
    const frame = this.renderRoot.querySelector('.frame');
    if (!frame) return null;
    const { rows, remote } = this.shown(report);
    const total = remote ? remote.total : rows.length;
    const window = pageWindow(total, this.page, this.remote.pageSize);
    const caption = this.renderRoot.querySelector('#caption')?.textContent?.trim() ?? '';
    return tableImage(
      // A provider's rows are the page already.
      remote ? rows : rows.slice(window.start, window.end),
      { ...window, total },
      { header, caption, months: report.months, frame },
      this.localizer,
      this.formatters,
    );
  }

  /**
   * Builds the raw-data CSV of the rows behind what the table shows (window, filter and search; every
   * customer without a search), fires a cancelable
   * `dyn-usage-download`, and saves the file unless a listener cancelled it. Resolves to the event's
   * detail, or `null` before data is ready or while a download is being prepared.
   */
  async download(): Promise<UsageDownloadDetail | null> {
    const report = this.data.report;
    // With a data provider the page holds no rows to save: `download-src` links to the server's file.
    if (!report || this.preparing || this.remote.source) return null;
    this.preparing = true;
    try {
      let subscriptions: SubscriptionTrend[] | null = null;
      if (this.search.active) {
        const customers = this.customersOf(report);
        this.search.matchesIn(customers);
        await this.search.settled();
        subscriptions = (this.search.matchesIn(customers) ?? []).flatMap((row) => row.subscriptions);
      }
      const detail = await rawDataDownload({
        report,
        columns: this.data.columns,
        table: this.data.table,
        subscriptions,
        filter: this.filter,
        search: this.search.active ? this.search.query : '',
        hideRevenue: this.hideRevenue,
        fileName: this.localizer.t('subscriptions.file.name'),
        searchWord: this.localizer.t('subscriptions.file.search'),
      });
      offerDownload(this, detail);
      return detail;
    } finally {
      this.preparing = false;
    }
  }

  /** Customers per page: the page files' own size, else `page-size`. */
  /** What the table shows: its own rows (sorted, searched), or a data provider's page. */
  private shown(report: UsageReport): Omit<RemoteShown, 'remote'> & {
    matches: number | null;
    remote: RemoteShown['remote'] | null;
  } {
    const remote = this.remote.shown(report);
    if (remote) return { ...remote, matches: null };
    const customers = this.customersOf(report);
    const { found, rows } = this.shownRows(customers);
    const counts = { ranked: customers.ranked.length, all: customers.size, hasSegment: customers.hasSegment };
    return { rows, matches: found?.length ?? null, counts, remote: null };
  }

  private showsRevenue(section: SubscriptionTableSection): boolean {
    return section.topCustomers.rankedBy === 'billedRevenue' && !this.hideRevenue;
  }

  private customersOf(report: UsageReport): CustomerIndex {
    if (this.index?.report !== report) this.index = { report, customers: new CustomerIndex(report) };
    return this.index.customers;
  }

  /** The rows in the order shown: the ranking, or a search's matches (none yet while it runs). */
  private shownRows(customers: CustomerIndex): {
    found: readonly CustomerRow[] | null;
    rows: readonly CustomerRow[];
  } {
    const found = this.search.active ? this.search.matchesIn(customers) : null;
    return { found, rows: this.sortedRows(this.search.active ? (found ?? []) : customers.ranked) };
  }

  private sortedRows(base: readonly CustomerRow[]): readonly CustomerRow[] {
    const { key, direction } = this.sort;
    const f = this.formatters;
    const sortKey = `${key} ${direction} ${f.locale}`;
    if (this.sorted?.base !== base || this.sorted.sortKey !== sortKey)
      this.sorted = { base, sortKey, rows: sortShownRows(base, this.sort, f) };
    return this.sorted.rows;
  }

  /**
   * Brings a customer's row into view, as `<dyn-usage-insights>` asks when a name is chosen there: turns to
   * its page (clearing a search that hides it; a customer outside the ranking is found by searching its
   * key), expands its subscriptions and moves focus to it. False when the table has no such customer.
   */
  async showCustomer(customerKey: string): Promise<boolean> {
    const report = this.data.report;
    if (!report) return false;
    if (this.remote.source) return this.showRemoteCustomer(customerKey);
    const customers = this.customersOf(report);
    const index = this.sortedRows(customers.ranked).findIndex((row) => row.customerKey === customerKey);
    if (index >= 0) {
      if (this.search.active) this.search.query = '';
      this.page = Math.floor(index / Math.max(1, this.pageSize));
    } else {
      this.onSearch(customerKey);
    }
    this.expanded = new Set([...this.expanded, customerKey]);
    await this.updateComplete;
    const position = index >= 0 ? index % Math.max(1, this.pageSize) : 0;
    return focusCustomerRow(this.renderRoot, position);
  }

  /** `showCustomer` with a data provider: searches its key (when the provider can), expands and focuses it. */
  private async showRemoteCustomer(customerKey: string): Promise<boolean> {
    if (this.remote.source?.search) this.onSearch(customerKey);
    this.expanded = new Set([...this.expanded, customerKey]);
    await this.updateComplete;
    const position = await this.remote.positionOf(customerKey);
    await this.updateComplete;
    return position >= 0 && focusCustomerRow(this.renderRoot, position);
  }

  private onSearch(query: string): void {
    this.search.query = query;
    this.page = 0;
    this.requestUpdate();
  }

  private onSort(key: CustomerSortKey): void {
    const { sort } = this;
    const flipped = sort.direction === 'ascending' ? 'descending' : 'ascending';
    this.sort = { key, direction: sort.key === key ? flipped : firstSortDirection(key) };
    this.page = 0;
  }

  private toggle(row: CustomerRow): void {
    const expanded = new Set(this.expanded);
    if (!expanded.delete(row.customerKey)) expanded.add(row.customerKey);
    this.expanded = expanded;
  }
}
