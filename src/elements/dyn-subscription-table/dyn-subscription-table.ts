import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import type { CustomerRow } from '../../core/customer-rollup.js';
import { DEFAULT_TOP } from '../../core/report.js';
import type {
  ReportOptions,
  SubscriptionsSection,
  SubscriptionTrend,
  TopCustomersSection,
  UsageReport,
} from '../../core/report.js';
import { firstSortDirection, sortCustomerRows } from '../../view/sort-customer-rows.js';
import type { CustomerSortKey, SortDirection } from '../../view/sort-customer-rows.js';
import { downloadFile } from '../shared/download-file.js';
import { UsageSectionElement } from '../shared/usage-section-element.js';
import type { FiguresTable } from '../shared/usage-section-element.js';
import { CustomerIndex } from '../../view/customer-index.js';
import { CustomerSearchController } from '../../controllers/customer-search.js';
import { countryName, renderCustomerRow } from './customer-rows.js';
import type { UsageFormatters } from '../../view/formatters.js';
import { rawDataDownload } from './raw-data-download.js';
import type { UsageDownloadDetail } from './raw-data-download.js';
import { subscriptionTableStyles } from './dyn-subscription-table.styles.js';
import { customerFigures, pageWindow, renderHeaderCell, renderPager, tableColumns } from './table-parts.js';
import { captionText, countText, renderToolbar } from './table-toolbar.js';
import { tableImage } from './table-image.js';
import type { ExportHeader, ExportImage } from '../../charts/export-svg-text.js';

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
 * @prop report - A report document (beats records and src).
 * @prop records - Raw export rows (beats src).
 * @prop revenue - Billed revenue (USD) per customer key or name; overrides a BilledRevenueUSD column.
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

  @state() private sort: { key: CustomerSortKey; direction: SortDirection } = {
    key: 'rank',
    direction: 'ascending',
  };
  @state() private page = 0;
  @state() private expanded: ReadonlySet<string> = new Set();
  @state() private preparing = false;

  private readonly search = new CustomerSearchController(this);
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
    const f = this.formatters;
    const customers = this.customersOf(report);
    const { ranked } = customers;
    const searching = this.search.active;
    const found = searching ? this.search.matchesIn(customers) : null;
    const rows = this.sortedRows(searching ? (found ?? []) : ranked);
    const localizer = this.localizer;
    const { t } = localizer;
    const columns = tableColumns({
      months: report.months,
      showRevenue: this.showsRevenue(section),
      showSegment: customers.hasSegment,
      f,
      t,
    });
    const query = searching ? this.search.query.trim() : '';
    const context = { columns, months: report.months, query, f, localizer };
    const shown = pageWindow(rows.length, this.page, this.pageSize);
    const last = report.months[report.months.length - 1];
    const caption = captionText(
      {
        rankedBy: section.topCustomers.rankedBy,
        ranked: ranked.length,
        all: customers.size,
        query,
        unranked: rows.some((row) => row.rank === null),
        showRevenue: this.showsRevenue(section),
        revenueHidden: this.hideRevenue,
        range: this.rangeText(report),
        month: last ? f.month(last) : '',
        f,
      },
      localizer,
    );
    return html`${renderToolbar(
        {
          query: this.search.query,
          count: countText(query, found, localizer),
          caption,
          preparing: this.preparing,
          onSearch: (text) => this.onSearch(text),
          onDownload: () => void this.download(),
        },
        localizer,
      )}
      <div class="scroller" role="region" aria-labelledby="caption" tabindex="0">
        <!-- Roles spelled out: a narrow table's rows are flex boxes (styles), which must stay a table. -->
        <table part="table" role="table" aria-labelledby="caption">
          <thead>
            <tr role="row">
              ${columns.map((column) => renderHeaderCell(column, this.sort, (key) => this.onSort(key)))}
            </tr>
          </thead>
          <tbody>
            ${repeat(
              rows.slice(shown.start, shown.end),
              (row) => row.customerKey,
              (row, i) => {
                const expanded = this.expanded.has(row.customerKey);
                const id = `detail-${shown.start + i}`;
                return renderCustomerRow(row, id, expanded, () => this.toggle(row), context);
              },
            )}
            ${
              rows.length === 0
                ? html`<tr role="row">
                    <td class="none" role="cell" colspan=${columns.length}>
                      ${found ? t('subscriptions.search.noRows') : t('subscriptions.search.searching')}
                    </td>
                  </tr>`
                : nothing
            }
          </tbody>
        </table>
      </div>
      ${renderPager({
        ...shown,
        total: rows.length,
        f,
        t,
        rtl: localizer.dir === 'rtl',
        onPage: (page) => (this.page = page),
      })}`;
  }

  protected figuresTable(section: SubscriptionTableSection, report: UsageReport): FiguresTable {
    return customerFigures(
      this.customersOf(report).ranked,
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
    const customers = this.customersOf(report);
    const rows = this.sortedRows(
      this.search.active ? (this.search.matchesIn(customers) ?? []) : customers.ranked,
    );
    const shown = { ...pageWindow(rows.length, this.page, this.pageSize), total: rows.length };
    const caption = this.renderRoot.querySelector('#caption')?.textContent?.trim() ?? '';
    return tableImage(
      rows,
      shown,
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
    if (!report || this.preparing) return null;
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
      const event = new CustomEvent('dyn-usage-download', {
        detail,
        bubbles: true,
        composed: true,
        cancelable: true,
      });
      if (this.dispatchEvent(event)) downloadFile(detail.blob, detail.fileName);
      return detail;
    } finally {
      this.preparing = false;
    }
  }

  private showsRevenue(section: SubscriptionTableSection): boolean {
    return section.topCustomers.rankedBy === 'billedRevenue' && !this.hideRevenue;
  }

  private customersOf(report: UsageReport): CustomerIndex {
    if (this.index?.report !== report) this.index = { report, customers: new CustomerIndex(report) };
    return this.index.customers;
  }

  private sortedRows(base: readonly CustomerRow[]): readonly CustomerRow[] {
    const { key, direction } = this.sort;
    const f = this.formatters;
    const locale = f.locale;
    const sortKey = `${key} ${direction} ${locale}`;
    if (this.sorted?.base !== base || this.sorted.sortKey !== sortKey) {
      // Rows come in ranking order, so the default order needs no sort.
      const ranking = key === 'rank' && direction === 'ascending';
      const rows = ranking
        ? base
        : key === 'market'
          ? sortByShownMarket(base, direction, f)
          : sortCustomerRows(base, key, direction, locale);
      this.sorted = { base, sortKey, rows };
    }
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
    const button = this.renderRoot.querySelectorAll<HTMLElement>('tbody tr.customer button[aria-expanded]')[
      position
    ];
    if (!button) return false;
    button.scrollIntoView({ block: 'nearest' });
    button.focus();
    return true;
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

/** Markets sort by the names the table shows (the reader's), not the export's English ones. */
function sortByShownMarket(
  rows: readonly CustomerRow[],
  direction: SortDirection,
  f: UsageFormatters,
): CustomerRow[] {
  const shown = rows.map((row) => ({ ...row, market: countryName(row.market, f) }));
  const original = new Map(shown.map((row, i) => [row, rows[i]!]));
  return sortCustomerRows(shown, 'market', direction, f.locale).map((row) => original.get(row)!);
}
