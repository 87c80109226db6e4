// The table section's view: toolbar with caption, the customer table and the pager, from the class's state.
import { html } from 'lit';
import type { TemplateResult } from 'lit';
import type { CustomerRow } from '../../core/customer-rollup.js';
import type { CustomerRanking, UsageReport } from '../../core/report.js';
import type { CustomerSortKey, SortDirection } from '../../view/sort-customer-rows.js';
import type { UsageFormatters } from '../../view/formatters.js';
import type { Localizer } from '../../i18n/localizer.js';
import type { UsageLoadError } from '../../load/usage-load-error.js';
import { isolate } from '../../i18n/isolate.js';
import { renderError } from '../shared/section-states.js';
import { pageWindow, renderPager, tableColumns } from './table-parts.js';
import { captionText, countText, renderToolbar } from './table-toolbar.js';
import { renderCustomerTable } from './customer-table.js';

/** The table's state as its element holds it, and what the reader's actions call. */
export interface SubscriptionTableView {
  report: UsageReport;
  rankedBy: CustomerRanking;
  /** How many customers the ranking shows and the table reaches, and whether any has a segment. */
  counts: { ranked: number; all: number; hasSegment: boolean };
  /** The rows in the order shown: the ranking, or a search's matches; with a data provider, its page. */
  rows: readonly CustomerRow[];
  /** How many customers a search matches; null without a search or while it runs. */
  matches: number | null;
  /** Rows from a data provider, or null when the table holds them all. */
  remote: RemoteRowsView | null;
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

/** A data provider's page as the view shows it. */
export interface RemoteRowsView {
  status: 'loading' | 'ready' | 'error';
  /** Customers the request matches: the last answer's while the next page loads. */
  total: number;
  error: UsageLoadError | null;
  onRetry: () => void;
  /** What the provider can do: search, sort; and the raw-data file's URL (`download-src`), if any. */
  search: boolean;
  sort: boolean;
  downloadHref: string | null;
}

/** Toolbar and caption, one page of the customer table (or a page's error), and the pager. */
export function renderSubscriptionTable(
  view: SubscriptionTableView,
  f: UsageFormatters,
  localizer: Localizer,
): TemplateResult {
  const { report, counts, query, remote } = view;
  const { t } = localizer;
  const columns = tableColumns({
    months: report.months,
    showRevenue: view.showRevenue,
    showSegment: counts.hasSegment,
    f,
    t,
  });
  const context = { columns, months: report.months, query, f, localizer };
  const total = remote ? remote.total : view.rows.length;
  const shown = pageWindow(total, view.page, view.pageSize);
  const loading = remote?.status === 'loading';
  // A provider's rows are the page itself; while the next loads, the table says so rather than show the last.
  const rows = loading ? [] : view.rows;
  const slice = remote ? { ...shown, start: 0, end: rows.length } : shown;
  const last = report.months[report.months.length - 1];
  const caption = captionText(
    {
      rankedBy: view.rankedBy,
      ranked: counts.ranked,
      all: counts.all,
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
  const matches = remote ? (remote.status === 'ready' ? remote.total : null) : view.matches;
  const toolbar = {
    search: remote?.search ?? true,
    query: view.searchText,
    count: countText(query, matches, localizer),
    caption,
    preparing: view.preparing,
    download: remote ? (remote.downloadHref ? { href: remote.downloadHref } : null) : ('button' as const),
    onSearch: view.onSearch,
    onDownload: view.onDownload,
  };
  const noRows =
    query && matches === null
      ? t('subscriptions.search.searching')
      : loading
        ? t('subscriptions.rows.loading')
        : query || !remote
          ? t('subscriptions.search.noRows')
          : t('subscriptions.rows.none');
  const { sort, expanded, onToggle } = view;
  const onSort = remote && !remote.sort ? null : view.onSort;
  const table = { columns, rows, shown: slice, sort, expanded, noRows, context, onSort, onToggle };
  const pager = { ...shown, total, f, t, rtl: localizer.dir === 'rtl', onPage: view.onPage };
  const body =
    remote?.status === 'error'
      ? renderError(
          pageError(remote.error, localizer),
          localizer,
          t('subscriptions.rows.error'),
          remote.onRetry,
        )
      : renderCustomerTable(table);
  return html`${renderToolbar(toolbar, localizer)} ${body} ${renderPager(pager)}`;
}

/** A page's error for `renderError`: the loader's (HTTP status and URL, network) or an unreadable page's. */
function pageError(error: UsageLoadError | null, { t }: Localizer) {
  if (error?.code !== 'rows-invalid') return error;
  const url = String(error.values['url'] ?? '');
  const detail = String(error.values['detail'] ?? '');
  return { message: t('subscriptions.rows.invalid', { url: isolate(url), detail }) };
}
