import { html } from 'lit';
import type { TemplateResult } from 'lit';
import type { DistributionShare, DistributionTop } from '../../core/distribution-top.js';
import type { Localizer } from '../../i18n/localizer.js';
import type { UsageFormatters } from '../../view/formatters.js';
import { SEAT_METRICS } from '../shared/glossary.js';
import type { SeatMetric } from '../shared/glossary.js';
import { dataName } from '../shared/data-text.js';

type Translate = Localizer['t'];

/** "Sales", or "Other (3 SKUs)" for the long tail. */
export function rowLabel(row: DistributionShare, t: Translate): string {
  return row.other ? t('distribution.other', { skus: skuCount(row.skuCount, t) }) : row.sku;
}

export function skuCount(count: number, t: Translate): string {
  return t('distribution.skus', { count });
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
export function chartSummary(
  top: DistributionTop,
  skus: number,
  month: string,
  f: UsageFormatters,
  t: Translate,
): string {
  const first = top.rows[0];
  const shown =
    top.otherCount > 0
      ? t('distribution.shown.top', { top: f.seats(top.rows.length - 1), skus: skuCount(skus, t) })
      : skuCount(skus, t);
  const monthText = f.monthLong(month);
  if (!first) return t('distribution.chart.label', { month: monthText, shown });
  return t('distribution.chart.labelLargest', {
    month: monthText,
    shown,
    sku: rowLabel(first, t),
    seats: f.seats(first.available),
    total: f.seats(top.total.available),
    share: shareText(first.availableShare, f),
  });
}

/** What the live region says when the keyboard reaches a group. */
export function groupReadout(row: DistributionShare, f: UsageFormatters, t: Translate): string {
  return t('distribution.readout', {
    sku: rowLabel(row, t),
    available: f.seats(row.available),
    availableShare: shareText(row.availableShare, f),
    assigned: f.seats(row.assigned),
    active: f.seats(row.active),
    activeShare: shareText(row.activeShare, f),
  });
}

/** The tooltip's content: the full SKU name, the three values, and the shares of the totals. */
export function renderTooltipBody(row: DistributionShare, f: UsageFormatters, t: Translate): TemplateResult {
  const shares: Partial<Record<SeatMetric, number | null>> = {
    available: row.availableShare,
    active: row.activeShare,
  };
  const figure = (metric: SeatMetric) => {
    const share = shares[metric];
    return share === undefined
      ? f.seats(row[metric])
      : t('distribution.tooltip.share', { seats: f.seats(row[metric]), share: shareText(share, f) });
  };
  return html`<strong class="tip-title">${row.other ? rowLabel(row, t) : dataName(row.sku)}</strong>
    <dl class="tip-rows">
      ${SEAT_METRICS.map(
        (metric) =>
          html`<div class="tip-row">
            <dt><span class="swatch swatch-${metric}"></span>${t(`metric.${metric}.short`)}</dt>
            <dd>${figure(metric)}</dd>
          </div>`,
      )}
    </dl>`;
}

/** The text alternative of the chart: the rows it shows, with their figures and shares. */
export function renderDataTable(
  rows: readonly DistributionShare[],
  month: string,
  f: UsageFormatters,
  t: Translate,
) {
  return html`<div class="visually-hidden">
    <table>
      <caption>
        ${t('distribution.table.caption', { month: f.monthLong(month) })}
      </caption>
      <thead>
        <tr>
          <th scope="col">${t('distribution.table.sku')}</th>
          ${SEAT_METRICS.map((metric) => html`<th scope="col">${t(`metric.${metric}.label`)}</th>`)}
          <th scope="col">${t('distribution.table.shareAvailable')}</th>
          <th scope="col">${t('distribution.table.shareActive')}</th>
        </tr>
      </thead>
      <tbody>
        ${rows.map(
          (row) =>
            html`<tr>
              <th scope="row">${row.other ? rowLabel(row, t) : dataName(row.sku)}</th>
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
