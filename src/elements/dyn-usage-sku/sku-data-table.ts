import { html } from 'lit';
import type { TemplateResult } from 'lit';
import type { SkuTrend } from '../../core/report.js';
import type { UsageFormatters } from '../shared/formatters.js';
import { METRICS, SEAT_METRICS } from '../shared/glossary.js';
import type { SeatMetric } from '../shared/glossary.js';

/** The text alternative of the single-SKU chart: one row per month, a column per series. */
export function renderSkuTable(
  trend: SkuTrend,
  months: readonly string[],
  f: UsageFormatters,
): TemplateResult {
  return html`<div class="visually-hidden">
    <table>
      <caption>
        ${trend.sku}: seats by month
      </caption>
      <thead>
        <tr>
          <th scope="col">Month</th>
          ${SEAT_METRICS.map((metric) => html`<th scope="col">${METRICS[metric].label}</th>`)}
        </tr>
      </thead>
      <tbody>
        ${months.map(
          (month, i) =>
            html`<tr>
              <th scope="row">${f.month(month)}</th>
              ${SEAT_METRICS.map((metric) => html`<td>${f.seats(trend[metric][i] ?? 0)}</td>`)}
            </tr>`,
        )}
      </tbody>
    </table>
  </div>`;
}

/** The text alternative of compare mode: one row per month, a column per SKU, for one metric. */
export function renderCompareTable(
  trends: readonly SkuTrend[],
  months: readonly string[],
  metric: SeatMetric,
  f: UsageFormatters,
): TemplateResult {
  return html`<div class="visually-hidden">
    <table>
      <caption>
        ${METRICS[metric].label} by SKU and month
      </caption>
      <thead>
        <tr>
          <th scope="col">Month</th>
          ${trends.map((trend) => html`<th scope="col">${trend.sku}</th>`)}
        </tr>
      </thead>
      <tbody>
        ${months.map(
          (month, i) =>
            html`<tr>
              <th scope="row">${f.month(month)}</th>
              ${trends.map((trend) => html`<td>${f.seats(trend[metric][i] ?? 0)}</td>`)}
            </tr>`,
        )}
      </tbody>
    </table>
  </div>`;
}
