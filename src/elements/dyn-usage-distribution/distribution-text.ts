import { html } from 'lit';
import type { TemplateResult } from 'lit';
import type { DistributionShare, DistributionTop } from '../../core/distribution-top.js';
import type { UsageFormatters } from '../../view/formatters.js';
import { METRICS, SEAT_METRICS } from '../shared/glossary.js';
import type { SeatMetric } from '../shared/glossary.js';
import { dataName } from '../shared/data-text.js';

/** "Sales", or "Other (3 SKUs)" for the long tail. */
export function rowLabel(row: DistributionShare, f: UsageFormatters): string {
  return row.other ? `Other (${skuCount(row.skuCount, f)})` : row.sku;
}

export function skuCount(count: number, f: UsageFormatters): string {
  return `${f.seats(count)} ${count === 1 ? 'SKU' : 'SKUs'}`;
}

/** A share as a percentage; "<0.1%" for a share that would round to a misleading "0%". */
export function shareText(share: number | null, f: UsageFormatters): string {
  return share !== null && share > 0 && share < 0.05 ? `<${f.percent(0.1)}` : f.percent(share);
}

/** A bar's value label: seats, and the share for the two series that have one ("32 · 86.5%"). */
export function barLabel(row: DistributionShare, metric: string, f: UsageFormatters): string {
  if (metric === 'available') return `${f.seats(row.available)} · ${shareText(row.availableShare, f)}`;
  if (metric === 'active') return `${f.seats(row.active)} · ${shareText(row.activeShare, f)}`;
  return f.seats(row.assigned);
}

/** The chart's accessible name: what it shows, for which month, and the largest SKU. */
export function chartSummary(top: DistributionTop, skus: number, month: string, f: UsageFormatters): string {
  const first = top.rows[0];
  const shown =
    top.otherCount > 0
      ? `top ${f.seats(top.rows.length - 1)} of ${skuCount(skus, f)} and Other`
      : skuCount(skus, f);
  const largest = first
    ? ` Largest: ${rowLabel(first, f)}, ${f.seats(first.available)} of ${f.seats(top.total.available)} available seats (${shareText(first.availableShare, f)}).`
    : '';
  return `Available, assigned and active seats by SKU, ${f.monthLong(month)}: ${shown}.${largest} Arrow keys read each SKU.`;
}

/** What the live region says when the keyboard reaches a group. */
export function groupReadout(row: DistributionShare, f: UsageFormatters): string {
  return (
    `${rowLabel(row, f)}: ${f.seats(row.available)} available, ${shareText(row.availableShare, f)} of all available; ` +
    `${f.seats(row.assigned)} assigned; ${f.seats(row.active)} active, ${shareText(row.activeShare, f)} of all active`
  );
}

/** The tooltip's content: the full SKU name, the three values, and the shares of the totals. */
export function renderTooltipBody(row: DistributionShare, f: UsageFormatters): TemplateResult {
  const share: Partial<Record<SeatMetric, string>> = {
    available: ` · ${shareText(row.availableShare, f)} of total`,
    active: ` · ${shareText(row.activeShare, f)} of total`,
  };
  return html`<strong class="tip-title">${rowLabel(row, f)}</strong>
    <dl class="tip-rows">
      ${SEAT_METRICS.map(
        (metric) =>
          html`<div class="tip-row">
            <dt><span class="swatch swatch-${metric}"></span>${METRICS[metric].short}</dt>
            <dd>${f.seats(row[metric])}${share[metric] ?? ''}</dd>
          </div>`,
      )}
    </dl>`;
}

/** The text alternative of the chart: the rows it shows, with their figures and shares. */
export function renderDataTable(rows: readonly DistributionShare[], month: string, f: UsageFormatters) {
  return html`<div class="visually-hidden">
    <table>
      <caption>
        Seats by SKU, ${f.monthLong(month)}
      </caption>
      <thead>
        <tr>
          <th scope="col">SKU</th>
          ${SEAT_METRICS.map((metric) => html`<th scope="col">${METRICS[metric].label}</th>`)}
          <th scope="col">Share of available</th>
          <th scope="col">Share of active</th>
        </tr>
      </thead>
      <tbody>
        ${rows.map(
          (row) =>
            html`<tr>
              <th scope="row">${row.other ? rowLabel(row, f) : dataName(row.sku)}</th>
              <td>${f.seats(row.available)}</td>
              <td>${f.seats(row.assigned)}</td>
              <td>${f.seats(row.active)}</td>
              <td>${shareText(row.availableShare, f)}</td>
              <td>${shareText(row.activeShare, f)}</td>
            </tr>`,
        )}
      </tbody>
    </table>
  </div>`;
}
