import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { ref } from 'lit/directives/ref.js';
import { keyedIndex, labelledIndexes, lineChartGeometry } from '../../charts/line-chart.js';
import {
  renderLineChartAxes,
  renderLineChartGuide,
  renderLineChartSeries,
} from '../../charts/line-chart-svg.js';
import { renderSeriesLegend } from '../../charts/series-legend.js';
import { anomalyMarkers } from '../../charts/anomaly-markers.js';
import { renderAnomalyMarkers } from '../../charts/anomaly-markers-svg.js';
import { nearestIndex } from '../../charts/sparkline.js';
import { placePointTooltip } from '../../charts/point-tooltip.js';
import { textWidth } from '../../charts/grouped-bars-text.js';
import type { SkuTrend } from '../../core/report.js';
import type { Localizer } from '../../i18n/localizer.js';
import type { UsageFormatters } from '../../view/formatters.js';
import { anomalyNote } from '../../view/series-anomalies.js';
import type { SeriesAnomaly } from '../../view/series-anomalies.js';
import { SEAT_METRICS } from '../shared/glossary.js';
import type { SeatMetric } from '../shared/glossary.js';

export interface SkuLineChartModel {
  trend: SkuTrend;
  months: readonly string[];
  width: number;
  visible: readonly SeatMetric[];
  activeIndex: number | null;
  /** The legend item whose definition shows (hover or focus), or null. */
  defined: SeatMetric | null;
  onActive: (index: number | null) => void;
  onToggle: (metric: SeatMetric) => void;
  onDefine: (metric: SeatMetric | null) => void;
  /** The SKU's unusual months (`report.insights`), any seat metric; none without insights. */
  anomalies: readonly SeriesAnomaly[];
}

/**
 * The single-SKU view: legend with definitions, the three-series line chart, and its tooltip. Right to
 * left (`localizer.dir`), months run from the right and the value axis stands on the right.
 */
export function renderSkuLineChart(
  model: SkuLineChartModel,
  f: UsageFormatters,
  localizer: Localizer,
): TemplateResult {
  const { trend, months, width, visible, activeIndex } = model;
  const { t, dir } = localizer;
  const height = width < 480 ? 220 : Math.min(360, Math.round(width * 0.36));
  const series = visible.map((key) => ({ key, values: trend[key] }));
  const yLabel = (value: number) => f.seatsCompact(value);
  // Room for the longest y label: estimated from the largest value, the widest a tick can get.
  const peak = Math.max(1, ...series.flatMap((s) => s.values));
  const left = Math.max(32, f.seatsCompact(peak * 1.2).length * 7 + 12);
  const geometry = lineChartGeometry({
    count: months.length,
    series,
    width,
    height,
    margin: { top: 12, right: 18, bottom: 28, left },
    tickSpacing: 56,
    dir,
  });
  // Only the series shown are marked, each on its own line, in the order drawn.
  const shownAnomalies = model.anomalies.filter((mark) =>
    visible.includes(mark.anomaly.metric as SeatMetric),
  );
  const markers = geometry.lines.flatMap((line) =>
    anomalyMarkers(
      line.points,
      shownAnomalies.filter((mark) => mark.anomaly.metric === line.key).map((mark) => mark.index),
      width < 480 ? 5 : 6,
    ),
  );
  const notes = shownAnomalies.map((mark) => anomalyNote(mark.anomaly, localizer, f));
  const plotWidth = geometry.plot.right - geometry.plot.left;
  const labels = months.map((month) => f.monthShort(month));
  // Measured, not counted: a Japanese month ("25年11月") is twice as wide as a Latin one of that length.
  const widest = Math.max(0, ...months.map((month) => textWidth(f.monthShort(month, true), 11)));
  const xLabels = labelledIndexes(months.length, plotWidth, widest + 14).map((index, n) => ({
    index,
    // The year goes on the first label and on every January, so a reader never loses the year.
    text:
      n === 0 || months[index]?.endsWith('-01')
        ? f.monthShort(months[index] ?? '', true)
        : (labels[index] ?? ''),
  }));
  const first = months[0] ?? '';
  const last = months.length - 1;
  const lastMonth = months[last] ?? '';
  const latest = (key: SeatMetric) => f.seats(trend[key][last] ?? 0);
  const ariaLabel = t('sku.chart.label', {
    sku: trend.sku,
    from: f.month(first),
    to: f.month(lastMonth),
    month: f.month(lastMonth),
    available: latest('available'),
    assigned: latest('assigned'),
    active: latest('active'),
  });
  const activeMonth = activeIndex === null ? undefined : months[activeIndex];
  const figures = visible.map((key) =>
    t('sku.readout.figure', {
      name: t(`metric.${key}.label`),
      value: f.seats(trend[key][activeIndex ?? 0] ?? 0),
    }),
  );
  const activeNotes = shownAnomalies.filter((mark) => mark.index === activeIndex);
  const readout = activeMonth
    ? [
        t('sku.readout', { month: f.month(activeMonth), figures: figures.join(t('sku.readout.separator')) }),
        ...activeNotes.map((mark) => anomalyNote(mark.anomaly, localizer, f)),
      ].join(' ')
    : '';

  const onKey = (event: KeyboardEvent) => {
    const next = keyedIndex(event.key, activeIndex, months.length, dir);
    if (next === null) return;
    event.preventDefault();
    model.onActive(next);
  };
  const legendTarget = (event: Event): SeatMetric | null => {
    const button = (event.target as Element | null)?.closest('.legend-item');
    const items = [...((event.currentTarget as Element).querySelectorAll('.legend-item') ?? [])];
    return button ? (SEAT_METRICS[items.indexOf(button)] ?? null) : null;
  };

  return html`<div
      class="legend-wrap"
      @focusin=${(event: FocusEvent) => model.onDefine(legendTarget(event))}
      @focusout=${() => model.onDefine(null)}
      @pointerover=${(event: PointerEvent) => model.onDefine(legendTarget(event))}
      @pointerleave=${() => model.onDefine(null)}
    >
      ${renderSeriesLegend(
        SEAT_METRICS.map((key) => ({
          key,
          label: t(`metric.${key}.label`),
          definition: t(`metric.${key}.definition`),
          on: visible.includes(key),
        })),
        (key) => model.onToggle(key as SeatMetric),
        t('sku.legend.label', { sku: trend.sku }),
      )}
      ${
        model.defined
          ? html`<p class="definition" part="definition" aria-hidden="true">
              ${t(`metric.${model.defined}.definition`)}
            </p>`
          : nothing
      }
    </div>
    <div class="plot">
      <svg
        data-export
        class="chart"
        part="chart"
        role="img"
        tabindex="0"
        aria-label=${[ariaLabel, ...notes].join(' ')}
        width=${width}
        height=${height}
        viewBox="0 0 ${width} ${height}"
        direction=${dir}
        @keydown=${onKey}
        @pointermove=${(event: PointerEvent) =>
          model.onActive(
            nearestIndex(
              geometry.xs.map((x) => ({ x })),
              event.offsetX,
            ),
          )}
        @pointerleave=${() => model.onActive(null)}
        @blur=${() => model.onActive(null)}
      >
        ${renderLineChartAxes(geometry, { x: xLabels, y: yLabel })}
        ${renderLineChartGuide(geometry, activeIndex)}
        ${renderLineChartSeries(geometry, activeIndex, { radius: width < 480 ? 2.5 : 3 })}
        <g class="anomalies">${renderAnomalyMarkers(markers)}</g>
      </svg>
      ${activeMonth ? renderTooltip(model, activeMonth, geometry.xs[activeIndex ?? 0] ?? 0, geometry.plot.top, f, localizer, activeNotes) : nothing}
    </div>
    <p class="visually-hidden" aria-live="polite">${readout}</p>`;
}

/** How far inside the card's border a tooltip keeps (its shadow stays on the card). */
const CARD_INSET = 6;

function renderTooltip(
  model: SkuLineChartModel,
  month: string,
  x: number,
  top: number,
  f: UsageFormatters,
  localizer: Localizer,
  unusual: readonly SeriesAnomaly[],
): TemplateResult {
  const { t } = localizer;
  const index = model.activeIndex ?? 0;
  // Placed from code (CSSOM), which a strict style-src allows where a style attribute is blocked: beside
  // the month and inside the card (placePointTooltip), measured once lit has filled it in (the ref comes
  // before its rows). It is measured at the plot's left edge, where it has the most room to be as wide as
  // its words, and keeps that width where it goes (beside a month on the right it would wrap, and grow).
  // Left and x are physical here, in either direction.
  const place = (element: Element | undefined) => {
    if (!(element instanceof HTMLElement)) return;
    const style = element.style;
    style.removeProperty('width');
    style.setProperty('left', '0px');
    style.setProperty('top', `${Math.round(top)}px`);
    queueMicrotask(() => {
      const plot = element.offsetParent;
      const card = element.closest('.frame');
      if (!plot || !card) return;
      const p = plot.getBoundingClientRect();
      const c = card.getBoundingClientRect();
      const area = {
        left: c.left - p.left + CARD_INSET,
        top: c.top - p.top + CARD_INSET,
        right: c.right - p.left - CARD_INSET,
        bottom: c.bottom - p.top - CARD_INSET,
      };
      const size = { width: element.offsetWidth, height: element.offsetHeight };
      const at = placePointTooltip(x, top, size, area);
      style.setProperty('width', `${size.width}px`);
      style.setProperty('left', `${Math.round(at.x)}px`);
      style.setProperty('top', `${Math.round(at.y)}px`);
    });
  };
  return html`<div class="tooltip" part="tooltip" aria-hidden="true" ${ref(place)}>
    <strong class="tooltip-month">${f.month(month)}</strong>
    ${model.visible.map(
      (key) =>
        html`<span class="tooltip-row tooltip-${key}"
          ><span class="swatch swatch-${key}"></span
          ><span class="tooltip-label">${t(`metric.${key}.short`)}</span
          ><span class="tooltip-value">${f.seats(model.trend[key][index] ?? 0)}</span></span
        >`,
    )}
    ${unusual.map(
      (mark) =>
        html`<span class="tooltip-note"
          ><span class="anomaly-glyph">◆</span> ${anomalyNote(mark.anomaly, localizer, f)}</span
        >`,
    )}
  </div>`;
}
