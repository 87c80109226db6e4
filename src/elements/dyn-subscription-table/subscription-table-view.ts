// The table section's view: toolbar with caption, the customer table and the pager, from the class's state.
import { html } from 'lit';
import type { TemplateResult } from 'lit';
import type { CustomerRow } from '../../core/customer-rollup.js';
import type { CustomerRanking, UsageReport } from '../../core/report.js';
import type { CustomerIndex } from '../../view/customer-index.js';
import type { CustomerSortKey, SortDirection } from '../../view/sort-customer-rows.js';
import type { UsageFormatters } from '../../view/formatters.js';
import type { Localizer } from '../../i18n/localizer.js';
import { pageWindow, renderPager, tableColumns } from './table-parts.js';
import { captionText, countText, renderToolbar } from './table-toolbar.js';
import { renderCustomerTable } from './customer-table.js';

/** The table's state as its element holds it, and what the reader's actions call. */
export interface SubscriptionTableView {
  report: UsageReport;
  rankedBy: CustomerRanking;
  customers: CustomerIndex;
  /** The rows in the order shown: the ranking, or a search's matches. */
  rows: readonly CustomerRow[];
  /** A search's matches, null without a search or while it runs. */
  found: readonly CustomerRow[] | null;
  /** The search box's text, and the query it searches for (trimmed; empty without a search). */
  searchText: string;
  query: string;
  showRevenue: boolean;
  revenueHidden: boolean;
  /** The window's months, formatted. */
  range: string;
  page: number;
  pageSize: number;
  sort: { key: CustomerSortKey; direction: SortDirection };
  expanded: ReadonlySet<string>;
  preparing: boolean;
  onSearch: (text: string) => void;
  onDownload: () => void;
  onSort: (key: CustomerSortKey) => void;
  onToggle: (row: CustomerRow) => void;
  onPage: (page: number) => void;
}

/** Toolbar and caption, one page of the customer table, and the pager. */
export function renderSubscriptionTable(
  view: SubscriptionTableView,
  f: UsageFormatters,
  localizer: Localizer,
): TemplateResult {
  const { report, customers, rows, found, query } = view;
  const { t } = localizer;
  const columns = tableColumns({
    months: report.months,
    showRevenue: view.showRevenue,
    showSegment: customers.hasSegment,
    f,
    t,
  });
  const context = { columns, months: report.months, query, f, localizer };
  const shown = pageWindow(rows.length, view.page, view.pageSize);
  const last = report.months[report.months.length - 1];
  const caption = captionText(
    {
      rankedBy: view.rankedBy,
      ranked: customers.ranked.length,
      all: customers.size,
      query,
      unranked: rows.some((row) => row.rank === null),
      showRevenue: view.showRevenue,
      revenueHidden: view.revenueHidden,
      range: view.range,
      month: last ? f.month(last) : '',
      f,
    },
    localizer,
  );
  const toolbar = {
    query: view.searchText,
    count: countText(query, found, localizer),
    caption,
    preparing: view.preparing,
    onSearch: view.onSearch,
    onDownload: view.onDownload,
  };
  const { sort, expanded, onSort, onToggle } = view;
  const table = { columns, rows, shown, sort, expanded, found, context, onSort, onToggle };
  const pager = { ...shown, total: rows.length, f, t, rtl: localizer.dir === 'rtl', onPage: view.onPage };
  return html`${renderToolbar(toolbar, localizer)} ${renderCustomerTable(table, localizer)}
  ${renderPager(pager)}`;
}
