import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import type { InsightsSection } from '../../core/report.js';
import type { Localizer } from '../../i18n/localizer.js';
import { isolate } from '../../i18n/isolate.js';
import type { UsageFormatters } from '../../view/formatters.js';
import type { InsightColumn, InsightListId, InsightRow, InsightSort } from '../../view/insight-lists.js';
import { DEFAULT_SORT, activePercentOf } from '../../view/insight-lists.js';
import { dataName } from '../shared/data-text.js';

export interface InsightListContext {
  insights: InsightsSection;
  rows: Record<InsightListId, InsightRow[]>;
  sorts: Partial<Record<InsightListId, InsightSort>>;
  level: number;
  /** Whether a subscription table on the page can show a customer (each name then links to its row). */
  canShowCustomer: boolean;
  /** A narrow container: each list keeps its customer, ranked figure and active % only. */
  compact: boolean;
  /** Whether every renewal shows, or the first `RENEWALS_SHOWN`. */
  allRenewals: boolean;
  onToggleRenewals(): void;
  onSort(list: InsightListId, column: InsightColumn): void;
  onShowCustomer(row: InsightRow): void;
}

/** Renewals shown before "Show all": the list can hold every subscription of a big partner. */
export const RENEWALS_SHOWN = 10;

interface Column {
  id: InsightColumn | null;
  label: string;
  cell(row: InsightRow): unknown;
  numeric?: boolean;
}

/** The three opportunity lists and the renewals, each a sortable table. */
export function renderInsightLists(
  context: InsightListContext,
  localizer: Localizer,
  f: UsageFormatters,
): TemplateResult {
  const { t } = localizer;
  const { insights } = context;
  const month = insights.opportunities.month;
  const falling = insights.opportunities.falling[0];
  const customer: Column = {
    id: 'customer',
    label: t('insights.column.customer'),
    cell: (row) => customerCell(row, context, t),
  };
  const seats: Column = {
    id: 'seats',
    label: t('metric.available.short'),
    cell: (row) => f.seats(row.available),
    numeric: true,
  };
  const activePercent: Column = {
    id: 'activePercent',
    label: t('insights.column.activePercent'),
    cell: (row) => f.percent(activePercentOf(row)),
    numeric: true,
  };
  const subscriptions: Column = {
    id: null,
    label: t('insights.column.subscriptions'),
    cell: (row) => ('subscriptionIds' in row ? f.seats(row.subscriptionIds.length) : ''),
    numeric: true,
  };
  const value = (label: string): Column => ({
    id: 'value',
    label,
    cell: (row) => f.seats('value' in row ? row.value : 0),
    numeric: true,
  });
  return html`<section class="lists" part="lists">
    <div role="heading" aria-level=${context.level} class="subhead">
      ${month ? t('insights.lists.heading', { month: f.month(month) }) : t('insights.title')}
    </div>
    <div class="list-grid">
      ${renderList('unassigned', t('insights.unassigned.heading'), t('insights.unassigned.help'), [customer, value(t('insights.column.unassigned')), seats, subscriptions], context, t)}
      ${renderList('inactive', t('insights.inactive.heading'), t('insights.inactive.help'), [customer, value(t('insights.column.inactive')), seats, subscriptions], context, t)}
      ${renderList(
        'falling',
        t('insights.falling.heading'),
        falling
          ? t('insights.falling.help', {
              from: f.month(falling.fromMonth),
              to: f.month(month ?? falling.fromMonth),
            })
          : '',
        [
          customer,
          {
            id: 'value',
            label: t('insights.column.fall'),
            cell: (row) => ('value' in row ? f.change(-row.value, 'points') : ''),
            numeric: true,
          },
          {
            id: 'activePercent',
            label: t('insights.column.activePercent'),
            cell: (row) =>
              'toPercent' in row
                ? t('insights.percentFromTo', {
                    from: f.percent(row.fromPercent),
                    to: f.percent(row.toPercent),
                  })
                : '',
            numeric: true,
          },
        ],
        context,
        t,
      )}
    </div>
    ${renderRenewals(context, customer, seats, activePercent, localizer, f)}
  </section>`;
}

function renderRenewals(
  context: InsightListContext,
  customer: Column,
  seats: Column,
  activePercent: Column,
  { t }: Localizer,
  f: UsageFormatters,
): TemplateResult {
  const renewals = context.insights.renewals;
  if (!renewals.available)
    return html`<div class="list renewals" part="renewals">
      <div role="heading" aria-level=${context.level + 1} class="list-head">
        ${t('insights.renewals.heading')}
      </div>
      <p class="muted">
        ${
          renewals.code === 'no-end-dates'
            ? t('insights.renewals.noEndDates')
            : t('insights.renewals.unavailable', { reason: renewals.reason })
        }
      </p>
    </div>`;
  const limits = {
    days: renewals.days,
    month: f.month(renewals.month),
    below: f.percent(renewals.activeBelow),
  };
  const columns: Column[] = [
    customer,
    { id: null, label: t('insights.column.sku'), cell: (row) => ('sku' in row ? dataName(row.sku) : '') },
    {
      id: null,
      label: t('insights.column.endDate'),
      // The reader's date ("Jan 5, 2027"), not the export's ISO text, which also wrapped at its hyphens.
      cell: (row) => ('endDate' in row ? f.day(Date.parse(`${row.endDate}T00:00:00Z`)) : ''),
    },
    {
      id: 'value',
      label: t('insights.column.days', { month: f.month(renewals.month) }),
      cell: (row) => ('daysAfterMonth' in row ? f.seats(row.daysAfterMonth) : ''),
      numeric: true,
    },
    seats,
    activePercent,
  ];
  return html`${renderList(
    'renewals',
    t('insights.renewals.heading'),
    t('insights.renewals.help', limits),
    columns,
    context,
    t,
    renewals.subscriptions.length === 0 ? t('insights.renewals.none', limits) : undefined,
  )}
  ${
    renewals.unreadableDates > 0
      ? html`<p class="muted">${t('insights.renewals.unreadable', { count: renewals.unreadableDates })}</p>`
      : nothing
  }`;
}

function renderList(
  id: InsightListId,
  heading: string,
  help: string,
  allColumns: Column[],
  context: InsightListContext,
  t: Localizer['t'],
  emptyText?: string,
): TemplateResult {
  const all = context.rows[id];
  const capped = id === 'renewals' && !context.allRenewals && all.length > RENEWALS_SHOWN;
  const rows = capped ? all.slice(0, RENEWALS_SHOWN) : all;
  // Narrow: the customer, the figure the list is ranked by and active %; the rest is in the CSV.
  const columns = context.compact
    ? allColumns.filter(
        (column) => column.id === 'customer' || column.id === 'value' || column.id === 'activePercent',
      )
    : allColumns;
  const sort = context.sorts[id] ?? DEFAULT_SORT;
  const sorted = context.sorts[id] !== undefined;
  const headingId = `list-${id}`;
  return html`<div class="list ${id}" part="list list-${id}">
    <div role="heading" aria-level=${context.level + 1} class="list-head" id=${headingId}>${heading}</div>
    ${help ? html`<p class="muted help">${help}</p>` : nothing}
    ${
      rows.length === 0
        ? html`<p class="muted">${emptyText ?? t('insights.list.empty')}</p>`
        : html`<div class="scroll">
            <table aria-labelledby=${headingId}>
              <thead>
                <tr>
                  ${columns.map((column) => {
                    const active = sorted && column.id === sort.column;
                    return html`<th
                      scope="col"
                      class=${column.numeric ? 'numeric' : ''}
                      aria-sort=${active ? (sort.descending ? 'descending' : 'ascending') : nothing}
                    >
                      ${
                        column.id === null
                          ? column.label
                          : html`<button
                              type="button"
                              class="sort"
                              title=${t('insights.sort', { column: column.label })}
                              @click=${() => context.onSort(id, column.id!)}
                            >
                              ${column.label}<span class="arrow" aria-hidden="true"
                                >${active ? (sort.descending ? '▼' : '▲') : ''}</span
                              >
                            </button>`
                      }
                    </th>`;
                  })}
                </tr>
              </thead>
              <tbody>
                ${rows.map(
                  (row) =>
                    html`<tr>
                      ${columns.map((column, index) =>
                        index === 0
                          ? html`<th scope="row">${column.cell(row)}</th>`
                          : html`<td class=${column.numeric ? 'numeric' : ''}>${column.cell(row)}</td>`,
                      )}
                    </tr>`,
                )}
              </tbody>
            </table>
          </div>`
    }
    ${
      id === 'renewals' && all.length > RENEWALS_SHOWN
        ? html`<button
            type="button"
            class="more"
            aria-expanded=${context.allRenewals ? 'true' : 'false'}
            @click=${context.onToggleRenewals}
          >
            ${context.allRenewals ? t('insights.showFewer') : t('insights.showAll', { count: all.length })}
          </button>`
        : nothing
    }
  </div>`;
}

function customerCell(row: InsightRow, context: InsightListContext, t: Localizer['t']): TemplateResult {
  if (!context.canShowCustomer) return dataName(row.customerName);
  return html`<button
    type="button"
    class="customer-link"
    title=${t('insights.showCustomer', { name: isolate(row.customerName) })}
    @click=${() => context.onShowCustomer(row)}
  >
    ${dataName(row.customerName)}
  </button>`;
}
