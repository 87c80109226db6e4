import { html, nothing, svg } from 'lit';
import type { TemplateResult } from 'lit';
import { nearestIndex, sparklineGeometry } from '../../charts/sparkline.js';
import type { SummaryHeadline } from '../../core/summary-headline.js';
import type { UsageFormatters } from '../../view/formatters.js';
import { METRICS } from '../shared/glossary.js';

export interface KpiTileModel {
  headline: SummaryHeadline;
  series: readonly (number | null)[];
  months: readonly string[];
  width: number;
  /** The month index the readout shows, or null for none. */
  focusIndex: number | null;
  onFocusIndex: (index: number | null) => void;
}

const SPARK_HEIGHT = 40;

/** One KPI tile: the metric (with its definition), the headline, its change, and a sparkline with readout. */
export function renderKpiTile(model: KpiTileModel, f: UsageFormatters): TemplateResult {
  const { headline, series, months, width, focusIndex, onFocusIndex } = model;
  const metric = METRICS[headline.metric];
  const isPercent = headline.metric === 'activePercent';
  const format = (value: number | null) =>
    isPercent ? f.percent(value) : value === null ? '–' : f.seats(value);
  const id = headline.metric;
  const geometry = sparklineGeometry(series, Math.max(width, 60), SPARK_HEIGHT);
  const focused = focusIndex === null ? null : geometry.points[focusIndex];
  const first = months[0];
  const last = months[months.length - 1];
  const sparkLabel =
    first && last
      ? `${metric.label}, ${f.month(first)} to ${f.month(last)}: from ${format(series[0] ?? null)} to ${format(series[series.length - 1] ?? null)}. Use the arrow keys to read each month.`
      : metric.label;
  const readoutMonth = focusIndex === null ? null : months[focusIndex];

  const onKey = (event: KeyboardEvent) => {
    const lastIndex = series.length - 1;
    const current = focusIndex ?? lastIndex;
    const next =
      event.key === 'ArrowLeft'
        ? current - 1
        : event.key === 'ArrowRight'
          ? current + 1
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? lastIndex
              : null;
    if (next === null) return;
    event.preventDefault();
    onFocusIndex(Math.max(0, Math.min(lastIndex, next)));
  };

  return html`<article class="tile" part="tile tile-${id}">
    <div class="term-wrap">
      <button type="button" class="term" aria-describedby="def-${id}">${metric.label}</button>
      <span id="def-${id}" class="definition" part="tooltip">${metric.definition}</span>
    </div>
    <p class="value">${format(headline.value)}</p>
    ${renderChange(headline, months, f)}
    <svg
      class="spark spark-${id}"
      role="img"
      tabindex="0"
      aria-label=${sparkLabel}
      width=${Math.max(width, 60)}
      height=${SPARK_HEIGHT}
      part="chart"
      @keydown=${onKey}
      @pointermove=${(event: PointerEvent) => onFocusIndex(nearestIndex(geometry.points, event.offsetX))}
      @pointerleave=${() => onFocusIndex(null)}
      @blur=${() => onFocusIndex(null)}
    >
      <path class="line" d=${geometry.path}></path>
      ${
        focused && focused.y !== null
          ? svg`<circle class="dot" cx=${focused.x} cy=${focused.y} r="3.5"></circle>`
          : nothing
      }
    </svg>
    <p class="readout" aria-live="polite">
      ${readoutMonth ? `${f.month(readoutMonth)}: ${format(series[focusIndex ?? 0] ?? null)}` : '\u00a0'}
    </p>
  </article>`;
}

function renderChange(headline: SummaryHeadline, months: readonly string[], f: UsageFormatters) {
  const previousMonth = months[months.length - 2];
  if (headline.change === null || !previousMonth) {
    return html`<p class="change none">No previous month to compare</p>`;
  }
  const unit = headline.metric === 'activePercent' ? 'points' : 'seats';
  const direction = headline.change > 0 ? 'up' : headline.change < 0 ? 'down' : 'flat';
  const arrow = direction === 'up' ? '▲' : direction === 'down' ? '▼' : '■';
  const amount =
    unit === 'points'
      ? `${f.change(Math.abs(headline.change), 'points').replace(/^\+/, '')}`
      : f.seats(Math.abs(headline.change));
  const words =
    direction === 'flat'
      ? `unchanged from ${f.monthLong(previousMonth)}`
      : `${direction} ${amount}${unit === 'points' ? '' : ' seats'} from ${f.monthLong(previousMonth)}`;
  return html`<p class="change ${direction}">
    <span aria-hidden="true"
      >${arrow} ${f.change(headline.change, unit)} vs ${f.monthShort(previousMonth)}</span
    >
    <span class="visually-hidden">${words}</span>
  </p>`;
}
