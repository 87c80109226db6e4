import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import type { CustomerRow } from '../../core/customer-rollup.js';
import type { CustomerSortKey, SortDirection } from '../../view/sort-customer-rows.js';
import type { UsageFormatters } from '../../view/formatters.js';
import type { Localizer } from '../../i18n/localizer.js';
import { countryName } from './customer-rows.js';
import type { TableColumn } from './customer-rows.js';

/** The customer table's columns; revenue and segment only when there is something to show. */
export function tableColumns(options: {
  months: readonly string[];
  showRevenue: boolean;
  showSegment: boolean;
  f: UsageFormatters;
  t: Localizer['t'];
}): TableColumn[] {
  const { months, showRevenue, showSegment, f, t } = options;
  const last = months[months.length - 1];
  const lastMonth = last ? f.monthShort(last, true) : undefined;
  const columns: (TableColumn | false)[] = [
    { key: 'rank', label: t('subscriptions.column.rank'), numeric: true },
    { key: 'customerName', label: t('subscriptions.column.customer'), numeric: false },
    { key: 'market', label: t('subscriptions.column.market'), numeric: false },
    showSegment && { key: 'segment', label: t('subscriptions.column.segment'), numeric: false },
    showRevenue && { key: 'billedRevenue', label: t('subscriptions.column.revenue'), numeric: true },
    { key: 'subscriptionCount', label: t('subscriptions.column.subscriptions'), numeric: true },
    { key: 'availableLast', label: t('metric.available.label'), detail: lastMonth, numeric: true },
    { key: 'activeLast', label: t('metric.active.label'), detail: lastMonth, numeric: true },
    { key: 'activePercentLast', label: t('metric.activePercent.label'), detail: lastMonth, numeric: true },
    { key: null, label: t('subscriptions.column.trend'), numeric: false },
  ];
  return columns.filter((column): column is TableColumn => column !== false);
}

/**
 * A column header; a sortable one holds a button and says how the table is sorted (`aria-sort`). With
 * `onSort` null (a data provider that cannot sort) no column sorts.
 */
export function renderHeaderCell(
  column: TableColumn,
  sort: { key: CustomerSortKey; direction: SortDirection },
  onSort: ((key: CustomerSortKey) => void) | null,
): TemplateResult {
  const detail = column.detail ? html`<span class="sub-label">${column.detail}</span>` : nothing;
  const key = column.key;
  if (key === null) {
    return html`<th scope="col" class="trend col-trend" role="columnheader">${column.label}${detail}</th>`;
  }
  const sorted = sort.key === key ? sort.direction : null;
  const words = key === 'market' || key === 'segment';
  const classes = `${column.numeric ? 'num' : ''} ${key === 'rank' ? 'rank' : ''} ${words ? 'words' : ''} col-${key}`;
  if (onSort === null)
    return html`<th scope="col" class=${classes} role="columnheader">${column.label}${detail}</th>`;
  return html`<th scope="col" class=${classes} role="columnheader" aria-sort=${sorted ?? 'none'}>
    <button type="button" class="sort ${sorted ?? ''}" @click=${() => onSort(key)}>
      ${column.label}<span class="arrow" aria-hidden="true"
        >${sorted === 'ascending' ? '▲' : sorted === 'descending' ? '▼' : '↕'}</span
      >${detail}
    </button>
  </th>`;
}

export interface PageWindow {
  page: number;
  pageCount: number;
  /** Index of the first row shown, and of the row after the last. */
  start: number;
  end: number;
}

/** The rows of `page` (kept inside the pages there are) out of `total`. */
export function pageWindow(total: number, page: number, pageSize: number): PageWindow {
  const size = Math.max(1, Math.floor(pageSize) || 25);
  const pageCount = Math.max(1, Math.ceil(total / size));
  const current = Math.min(Math.max(0, page), pageCount - 1);
  return { page: current, pageCount, start: current * size, end: Math.min(total, (current + 1) * size) };
}

export interface PagerModel extends PageWindow {
  total: number;
  f: UsageFormatters;
  t: Localizer['t'];
  /** Right to left, the previous page is to the right: the arrows point the other way. */
  rtl: boolean;
  onPage: (page: number) => void;
}

/**
 * Previous / next with "26–50 of 100". The buttons stay focusable at the ends (`aria-disabled`) so focus
 * is not dropped to the page when the last page is reached. Each arrow is drawn for the direction (and
 * isolated left to right, so that no bidi mirroring turns it again).
 */
export function renderPager(model: PagerModel): TemplateResult | typeof nothing {
  const { page, pageCount, start, end, total, f, t, rtl, onPage } = model;
  if (pageCount <= 1) return nothing;
  const go = (next: number) => () => {
    if (next >= 0 && next < pageCount) onPage(next);
  };
  return html`<nav class="pager" aria-label=${t('subscriptions.pager.label')}>
    <button type="button" aria-disabled=${page === 0 ? 'true' : 'false'} @click=${go(page - 1)}>
      <span class="arrow" dir="ltr" aria-hidden="true">${rtl ? '›' : '‹'}</span>
      ${t('subscriptions.pager.previous')}
    </button>
    <span class="pages" aria-live="polite"
      >${t('subscriptions.pager.range', { start: f.seats(start + 1), end: f.seats(end), total: f.seats(total) })}</span
    >
    <button type="button" aria-disabled=${page === pageCount - 1 ? 'true' : 'false'} @click=${go(page + 1)}>
      ${t('subscriptions.pager.next')}
      <span class="arrow" dir="ltr" aria-hidden="true">${rtl ? '‹' : '›'}</span>
    </button>
  </nav>`;
}

/**
 * The ranked customers for the figures CSV: the table's columns, plus active usage % per month. Headers in
 * the reader's language, like the table's; markets as the table shows them.
 */
export function customerFigures(
  rows: readonly CustomerRow[],
  months: readonly string[],
  showRevenue: boolean,
  { t }: Localizer,
  f: UsageFormatters,
) {
  const last = months[months.length - 1] ?? '';
  const ofMonth = (label: string, month: string) => t('subscriptions.csv.ofMonth', { label, month });
  return {
    header: [
      t('subscriptions.column.rank'),
      t('subscriptions.column.customer'),
      t('subscriptions.csv.customerKey'),
      t('subscriptions.column.market'),
      t('subscriptions.column.segment'),
      ...(showRevenue ? [t('subscriptions.csv.revenue')] : []),
      t('subscriptions.column.subscriptions'),
      ofMonth(t('metric.available.label'), last),
      ofMonth(t('metric.active.label'), last),
      ...months.map((month) => ofMonth(t('metric.activePercent.label'), month)),
    ],
    rows: rows.map((row) => [
      row.rank,
      row.customerName,
      row.customerKey,
      countryName(row.market, f),
      row.segment,
      ...(showRevenue ? [row.billedRevenue] : []),
      row.subscriptionCount,
      row.availableLast,
      row.activeLast,
      ...row.activePercent,
    ]),
  };
}
