import { html, nothing, svg } from 'lit';
import type { TemplateResult } from 'lit';
import { anomalyMarkers } from '../../charts/anomaly-markers.js';
import { renderAnomalyMarkers } from '../../charts/anomaly-markers-svg.js';
import { kpiMinSpan, nearestIndex, sparklineGeometry } from '../../charts/sparkline.js';
import type { SummaryHeadline } from '../../core/summary-headline.js';
import type { Localizer } from '../../i18n/localizer.js';
import type { UsageFormatters } from '../../view/formatters.js';
import { anomalyCell, anomalyNote } from '../../view/series-anomalies.js';
import type { SeriesAnomaly } from '../../view/series-anomalies.js';

export interface KpiTileModel {
  headline: SummaryHeadline;
  series: readonly (number | null)[];
  months: readonly string[];
  /** The sparkline's width: its box in the tile. */
  width: number;
  /** The month index the readout shows, or null for none. */
  focusIndex: number | null;
  onFocusIndex: (index: number | null) => void;
  /** The series' unusual months (`report.insights`), marked on the sparkline; none without insights. */
  anomalies: readonly SeriesAnomaly[];
}

const SPARK_HEIGHT = 40;
/** The unusual month's diamond: its half-diagonal, a little over the focus dot's radius so both show. */
const MARKER_RADIUS = 5;

/** One KPI tile: the metric (with its definition), the headline, its change, and a sparkline with readout. */
export function renderKpiTile(model: KpiTileModel, f: UsageFormatters, localizer: Localizer): TemplateResult {
  const { headline, series, months, width, focusIndex, onFocusIndex, anomalies } = model;
  const { t } = localizer;
  const id = headline.metric;
  const label = t(`metric.${id}.label`);
  const isPercent = id === 'activePercent';
  const format = (value: number | null) =>
    isPercent ? f.percent(value) : value === null ? '–' : f.seats(value);
  const rtl = localizer.dir === 'rtl';
  const sparkWidth = Math.max(width, 60);
  const minSpan = kpiMinSpan(series, isPercent ? 'percent' : 'seats');
  const geometry = sparklineGeometry(series, sparkWidth, SPARK_HEIGHT, rtl, minSpan);
  const focused = focusIndex === null ? null : geometry.points[focusIndex];
  const first = months[0];
  const last = months[months.length - 1];
  const sparkLabel =
    first && last
      ? t('summary.spark.label', {
          metric: label,
          from: f.month(first),
          to: f.month(last),
          first: format(series[0] ?? null),
          last: format(series[series.length - 1] ?? null),
        })
      : label;
  const readoutMonth = focusIndex === null ? null : months[focusIndex];
  const markers = anomalyMarkers(
    geometry.points,
    anomalies.map((mark) => mark.index),
    MARKER_RADIUS,
  );
  const notes = anomalies.map((mark) => anomalyNote(mark.anomaly, localizer, f));
  const focusedAnomaly = anomalies.find((mark) => mark.index === focusIndex)?.anomaly;

  // The arrows follow the chart: right to left, ArrowLeft goes to the later month.
  const [earlier, later] = rtl ? ['ArrowRight', 'ArrowLeft'] : ['ArrowLeft', 'ArrowRight'];
  const onKey = (event: KeyboardEvent) => {
    const lastIndex = series.length - 1;
    const current = focusIndex ?? lastIndex;
    const next =
      event.key === earlier
        ? current - 1
        : event.key === later
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
      <button type="button" class="term" aria-describedby="def-${id}">${label}</button>
      <span id="def-${id}" class="definition" part="tooltip">${t(`metric.${id}.definition`)}</span>
    </div>
    <p class="value">${format(headline.value)}</p>
    ${renderChange(headline, months, f, t)}
    <div class="spark-box" data-metric=${id}>
      <svg
        class="spark spark-${id}"
        role="img"
        tabindex="0"
        aria-label=${[sparkLabel, ...notes].join(' ')}
        width=${sparkWidth}
        height=${SPARK_HEIGHT}
        viewBox="0 0 ${sparkWidth} ${SPARK_HEIGHT}"
        preserveAspectRatio="none"
        part="chart"
        @keydown=${onKey}
        @pointermove=${(event: PointerEvent) => onFocusIndex(nearestIndex(geometry.points, event.offsetX))}
        @pointerleave=${() => onFocusIndex(null)}
        @blur=${() => onFocusIndex(null)}
      >
        <path class="line" d=${geometry.path}></path>
        ${renderAnomalyMarkers(markers)}
        ${
          focused && focused.y !== null
            ? svg`<circle class="dot" cx=${focused.x} cy=${focused.y} r="3.5"></circle>`
            : nothing
        }
      </svg>
    </div>
    <p class="readout ${focusedAnomaly ? 'unusual' : ''}" aria-live="polite">
      ${focusedAnomaly ? html`<span class="anomaly-glyph" aria-hidden="true">◆</span> ` : nothing}${
        readoutMonth
          ? t('summary.spark.readout', {
              month: f.month(readoutMonth),
              value: focusedAnomaly
                ? anomalyCell(focusedAnomaly, localizer, f)
                : format(series[focusIndex ?? 0] ?? null),
            })
          : '\u00a0'
      }
    </p>
  </article>`;
}

/** "▲ +22 vs Feb" to see, "up 22 seats from February 2026" to hear. */
function renderChange(
  headline: SummaryHeadline,
  months: readonly string[],
  f: UsageFormatters,
  t: Localizer['t'],
) {
  const previousMonth = months[months.length - 2];
  if (headline.change === null || !previousMonth) {
    return html`<p class="change none">${t('summary.change.none')}</p>`;
  }
  const points = headline.metric === 'activePercent';
  const change = headline.change;
  const direction = change > 0 ? 'up' : change < 0 ? 'down' : 'flat';
  const month = f.monthLong(previousMonth);
  // The plural form follows the rounded figure the reader hears (1.04 points is "1 point").
  const count = points ? Math.round(Math.abs(change) * 10) / 10 : Math.round(Math.abs(change));
  const words =
    direction === 'flat'
      ? t('summary.change.unchanged', { month })
      : direction === 'up'
        ? t(points ? 'summary.change.upPoints' : 'summary.change.upSeats', { count, month })
        : t(points ? 'summary.change.downPoints' : 'summary.change.downSeats', { count, month });
  return html`<p class="change ${direction}">
    <span aria-hidden="true">${visibleChange(headline, months, f, t)}</span>
    <span class="visually-hidden">${words}</span>
  </p>`;
}

/** The change as a tile shows it, "▲ +22 vs Feb" (or the words for none); also an exported image's. */
export function visibleChange(
  headline: SummaryHeadline,
  months: readonly string[],
  f: UsageFormatters,
  t: Localizer['t'],
): string {
  const previousMonth = months[months.length - 2];
  if (headline.change === null || !previousMonth) return t('summary.change.none');
  const change = headline.change;
  const arrow = change > 0 ? '▲' : change < 0 ? '▼' : '■';
  const signed =
    headline.metric === 'activePercent'
      ? t('summary.change.points', { change: f.change(change, 'points') })
      : f.change(change, 'seats');
  return `${arrow} ${t('summary.change.vs', { change: signed, month: f.monthShort(previousMonth) })}`;
}
