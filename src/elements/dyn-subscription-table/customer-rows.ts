import { html, nothing, svg } from 'lit';
import type { TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { sparklineGeometry } from '../../charts/sparkline.js';
import type { CustomerRow } from '../../core/customer-rollup.js';
import type { SubscriptionTrend } from '../../core/report.js';
import { findSearchMatch } from '../../view/search-match.js';
import type { CustomerSortKey } from '../../view/sort-customer-rows.js';
import type { UsageFormatters } from '../../view/formatters.js';
import { marketToAlpha2 } from '../../data/markets.js';
import { isolate } from '../../i18n/isolate.js';
import type { Localizer } from '../../i18n/localizer.js';
import { dataName } from '../shared/data-text.js';

/** A column of the customer table; `key` null for the trend, which does not sort. */
export interface TableColumn {
  key: CustomerSortKey | null;
  label: string;
  /** A second header line, e.g. the month a figure is from. */
  detail?: string;
  numeric: boolean;
}

export interface RowContext {
  columns: readonly TableColumn[];
  months: readonly string[];
  query: string;
  f: UsageFormatters;
  localizer: Localizer;
}

/** More than this many subscriptions under one customer would make the page scroll forever. */
export const SUBSCRIPTIONS_SHOWN = 100;
const SPARK_WIDTH = 88;
const SPARK_HEIGHT = 24;

/** A customer's row, and below it, when expanded, the row holding its subscriptions. */
export function renderCustomerRow(
  row: CustomerRow,
  detailId: string,
  expanded: boolean,
  onToggle: () => void,
  context: RowContext,
): TemplateResult {
  const { columns } = context;
  return html`<tr class="customer ${expanded ? 'open' : ''}" part="row" role="row">
      ${columns.map((column) =>
        column.key === 'customerName'
          ? html`<th scope="row" class="name" role="rowheader">
              <button
                type="button"
                class="expand"
                aria-expanded=${expanded ? 'true' : 'false'}
                aria-controls=${ifDefined(expanded ? detailId : undefined)}
                @click=${onToggle}
              >
                <span class="chevron" aria-hidden="true"></span>
                <span class="label"
                  ><span class="customer-name"
                    >${dataName(row.customerName, highlight(row.customerName, context.query))}</span
                  >${keyLine(row, context.query)}</span
                >
              </button>
            </th>`
          : html`<td class=${cellClass(column)} role="cell" data-label=${column.label}>
              ${customerCell(row, column, context)}
            </td>`,
      )}
    </tr>
    ${
      expanded
        ? html`<tr class="detail" id=${detailId} role="row">
            <td role="cell" colspan=${columns.length}>${renderSubscriptions(row, context)}</td>
          </tr>`
        : nothing
    }`;
}

/**
 * Figures align at the end; markets and segments break between words, never inside one ("Vereinigtes").
 * `col-<key>` places a cell in the stacked rows of a narrow table (styles).
 */
export function cellClass(column: TableColumn): string {
  const kind = column.numeric ? 'num' : column.key === 'market' || column.key === 'segment' ? 'words' : '';
  return `${kind} col-${column.key ?? 'trend'}`;
}

function customerCell(row: CustomerRow, column: TableColumn, context: RowContext) {
  const { f, months } = context;
  switch (column.key) {
    case 'rank':
      return row.rank === null ? '–' : f.seats(row.rank);
    case 'market':
      return row.market ? dataName(countryName(row.market, f)) : '–';
    case 'segment':
      return row.segment ? dataName(row.segment) : '–';
    case 'billedRevenue':
      return row.billedRevenue === null ? '–' : f.usd(row.billedRevenue);
    case 'subscriptionCount':
      return f.seats(row.subscriptionCount);
    case 'availableLast':
      return f.seats(row.availableLast);
    case 'activeLast':
      return f.seats(row.activeLast);
    case 'activePercentLast':
      return f.percent(row.activePercentLast);
    default:
      return renderSparkline(row.activePercent, months, context);
  }
}

/**
 * A market as the reader names it: the export's English market name ("Germany") becomes the country's
 * name in the reader's language (Intl, as the map shows it); a market that names no country stays as it is.
 */
export function countryName(market: string, f: UsageFormatters): string {
  const code = market ? marketToAlpha2(market) : null;
  return code ? f.country(code, market) : market;
}

/** The tenant id under the name, only when it is what the search found. */
function keyLine(row: CustomerRow, query: string) {
  if (row.customerKey === row.customerName || !query || findSearchMatch(row.customerName, query))
    return nothing;
  if (!findSearchMatch(row.customerKey, query)) return nothing;
  return html`<span class="key">${highlight(row.customerKey, query)}</span>`;
}

/** `text` with the search's match in a `<mark>`; text nodes only, so markup in a name stays text. */
export function highlight(text: string, query: string): TemplateResult | string {
  const match = query ? findSearchMatch(text, query) : null;
  if (!match) return text;
  return html`${text.slice(0, match.start)}<mark>${text.slice(match.start, match.end)}</mark>${text.slice(match.end)}`;
}

function renderSubscriptions(row: CustomerRow, context: RowContext): TemplateResult {
  const { f, months, localizer } = context;
  const { t } = localizer;
  const last = months.length - 1;
  const lastMonth = months[last] ? f.monthShort(months[last], true) : '';
  const ofMonth = (label: string) =>
    lastMonth ? t('subscriptions.subs.ofMonth', { label, month: lastMonth }) : label;
  const shown = row.subscriptions.slice(0, SUBSCRIPTIONS_SHOWN);
  return html`<table class="subs" part="subscriptions">
      <caption class="visually-hidden">
        ${t('subscriptions.subs.caption', { customer: isolate(row.customerName) })}
      </caption>
      <thead>
        <tr>
          <th scope="col">${t('subscriptions.subs.sku')}</th>
          <th scope="col">${t('subscriptions.subs.subscription')}</th>
          <th scope="col" class="num">${ofMonth(t('metric.available.short'))}</th>
          <th scope="col" class="num">${ofMonth(t('metric.active.short'))}</th>
          <th scope="col" class="num">${t('metric.activePercent.label')}</th>
          <th scope="col">${t('subscriptions.subs.trend')}</th>
        </tr>
      </thead>
      <tbody>
        ${shown.map((s: SubscriptionTrend) => {
          const available = s.available[last] ?? 0;
          const active = s.active[last] ?? 0;
          return html`<tr>
            <th scope="row">${dataName(s.sku)}</th>
            <td class="id">${dataName(s.subscriptionId)}</td>
            <td class="num">${f.seats(available)}</td>
            <td class="num">${f.seats(active)}</td>
            <td class="num">${f.percent(s.activePercent[last] ?? null)}</td>
            <td>${renderSparkline(s.activePercent, months, context)}</td>
          </tr>`;
        })}
      </tbody>
    </table>
    ${
      row.subscriptions.length > shown.length
        ? html`<p class="more">
            ${t('subscriptions.subs.more', { shown: f.seats(shown.length), count: row.subscriptions.length })}
          </p>`
        : nothing
    }`;
}

/**
 * Active usage % over the window as a micro chart, labelled with its first and last month. Right to left,
 * the months run from the right, as the reader's text and the table's columns do.
 */
function renderSparkline(values: readonly (number | null)[], months: readonly string[], context: RowContext) {
  const { f, localizer } = context;
  const first = months[0];
  const last = months[months.length - 1];
  if (!first || !last || values.every((v) => v === null)) return html`<span class="no-trend">–</span>`;
  const geometry = sparklineGeometry(values, SPARK_WIDTH, SPARK_HEIGHT, localizer.dir === 'rtl');
  const end = [...geometry.points].reverse().find((p) => p.y !== null);
  const label = localizer.t('subscriptions.trend.label', {
    from: f.month(first),
    fromValue: f.percent(values[0] ?? null),
    to: f.month(last),
    toValue: f.percent(values[values.length - 1] ?? null),
  });
  return html`<svg
    class="spark"
    role="img"
    aria-label=${label}
    width=${SPARK_WIDTH}
    height=${SPARK_HEIGHT}
    viewBox="0 0 ${SPARK_WIDTH} ${SPARK_HEIGHT}"
  >
    <path class="line" d=${geometry.path}></path>
    ${end && end.y !== null ? svg`<circle class="dot" cx=${end.x} cy=${end.y} r="2"></circle>` : nothing}
  </svg>`;
}
