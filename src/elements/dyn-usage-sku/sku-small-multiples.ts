import { html, nothing, svg } from 'lit';
import type { SVGTemplateResult, TemplateResult } from 'lit';
import { keyedIndex, lineChartGeometry } from '../../charts/line-chart.js';
import type { LineChartGeometry } from '../../charts/line-chart.js';
import { renderLineChartGuide, renderLineChartSeries } from '../../charts/line-chart-svg.js';
import { nearestIndex } from '../../charts/sparkline.js';
import { textWidth } from '../../charts/grouped-bars-text.js';
import { anomalyMarkers } from '../../charts/anomaly-markers.js';
import { renderAnomalyMarkers } from '../../charts/anomaly-markers-svg.js';
import { isolate } from '../../i18n/isolate.js';
import { anomalyNote } from '../../view/series-anomalies.js';
import type { SeriesAnomaly } from '../../view/series-anomalies.js';
import type { SkuTrend } from '../../core/report.js';
import type { Localizer } from '../../i18n/localizer.js';
import type { UsageFormatters } from '../../view/formatters.js';
import type { SeatMetric } from '../shared/glossary.js';

export interface SkuSmallMultiplesModel {
  trends: readonly SkuTrend[];
  months: readonly string[];
  metric: SeatMetric;
  width: number;
  /** One y scale for every SKU (compares sizes) instead of one per SKU (compares shapes). */
  sharedScale: boolean;
  activeIndex: number | null;
  onActive: (index: number | null) => void;
  /** Each SKU's unusual months of `metric`, by SKU (`report.insights`); none without insights. */
  anomalies: ReadonlyMap<string, readonly SeriesAnomaly[]>;
}

const GAP = 12;
const PAD = 10;
const CELL_HEIGHT = 170;
// Inside a cell: two lines of name, the value, then the mini chart with its first and last month.
const NAME_Y = [PAD + 11, PAD + 26] as const;
const VALUE_Y = PAD + 50;
const CHART_TOP = PAD + 64;
const CHART_HEIGHT = CELL_HEIGHT - CHART_TOP - PAD;
/** An unusual month's diamond in a mini chart: smaller than the full chart's 5–6 px, larger than its dots. */
const MARKER_RADIUS = 4;

/**
 * Compare mode: one mini line chart per SKU for one metric, in report order (latest available seats
 * first), each with the value of the active month (default the latest) and its unusual months marked with
 * a diamond (explained in the chart's label and the cell's title). One SVG, so it exports whole. Right to
 * left, cells fill rows from the right and each cell is mirrored.
 */
export function renderSkuSmallMultiples(
  model: SkuSmallMultiplesModel,
  f: UsageFormatters,
  localizer: Localizer,
): TemplateResult {
  const { trends, months, metric, width, activeIndex } = model;
  const { t, dir } = localizer;
  const columns = Math.max(1, Math.floor((width + GAP) / ((width < 480 ? 135 : 210) + GAP)));
  const cellWidth = (width - GAP * (columns - 1)) / columns;
  const rows = Math.ceil(trends.length / columns);
  const height = Math.max(1, rows * (CELL_HEIGHT + GAP) - GAP);
  const sharedMax = model.sharedScale ? Math.max(0, ...trends.flatMap((t) => t[metric])) : undefined;
  const shown = activeIndex ?? months.length - 1;
  const geometryOf = (values: readonly number[]) =>
    lineChartGeometry({
      count: months.length,
      series: [{ key: metric, values }],
      width: cellWidth - 2 * PAD,
      height: CHART_HEIGHT,
      // The same margins in every cell, so months line up down a column and one x finds the month.
      margin: { top: 4, right: 6, bottom: 16, left: 38 },
      tickCount: 3,
      yMax: sharedMax,
      dir,
    });
  const cells = trends.map((trend, i) => {
    const column = dir === 'rtl' ? columns - 1 - (i % columns) : i % columns;
    const x = column * (cellWidth + GAP);
    const y = Math.floor(i / columns) * (CELL_HEIGHT + GAP);
    const notes = (model.anomalies.get(trend.sku) ?? []).map((mark) =>
      anomalyNote(mark.anomaly, localizer, f),
    );
    const cell = { trend, geometry: geometryOf(trend[metric]), cellWidth, shown, notes };
    return renderCell(cell, model, x, y, f, dir);
  });
  const xs = geometryOf([]).xs.map((cx) => ({ x: cx + PAD }));
  const onPointer = (event: PointerEvent) => {
    // Every cell has the same x for a month, so the offset inside the cell under the pointer finds it.
    const column = Math.min(columns - 1, Math.floor(event.offsetX / (cellWidth + GAP)));
    model.onActive(nearestIndex(xs, event.offsetX - column * (cellWidth + GAP)));
  };
  const onKey = (event: KeyboardEvent) => {
    const next = keyedIndex(event.key, activeIndex, months.length, dir);
    if (next === null) return;
    event.preventDefault();
    model.onActive(next);
  };
  const label = t(model.sharedScale ? 'sku.multiples.label.shared' : 'sku.multiples.label.own', {
    count: trends.length,
    metric: t(`metric.${metric}.label`),
    from: f.month(months[0] ?? ''),
    to: f.month(months.at(-1) ?? ''),
  });
  // Each SKU's unusual months after what the chart shows: "Sales: Available seats in June 2026 is unusual: …".
  const unusual = trends.flatMap((trend) =>
    (model.anomalies.get(trend.sku) ?? []).map((mark) =>
      t('sku.multiples.unusual', { sku: isolate(trend.sku), note: anomalyNote(mark.anomaly, localizer, f) }),
    ),
  );
  const monthShown = months[shown] ?? '';
  const figures = trends.map((trend) =>
    t('sku.readout.figure', { name: trend.sku, value: f.seats(trend[metric][shown] ?? 0) }),
  );
  const readout =
    activeIndex === null
      ? ''
      : t('sku.readout', { month: f.month(monthShown), figures: figures.join(t('sku.readout.separator')) });
  return html`<svg
      data-export
      class="multiples metric-${metric}"
      part="chart"
      role="img"
      tabindex="0"
      aria-label=${[label, ...unusual].join(' ')}
      width=${width}
      height=${height}
      viewBox="0 0 ${width} ${height}"
      direction=${dir}
      @keydown=${onKey}
      @pointermove=${onPointer}
      @pointerleave=${() => model.onActive(null)}
      @blur=${() => model.onActive(null)}
    >
      ${cells}
    </svg>
    <p class="visually-hidden" aria-live="polite">${readout}</p>`;
}

interface Cell {
  trend: SkuTrend;
  geometry: LineChartGeometry;
  cellWidth: number;
  /** The month index whose value the cell shows. */
  shown: number;
  /** Its unusual months explained, for the cell's title (what a pointer over it shows). */
  notes: readonly string[];
}

function renderCell(
  cell: Cell,
  model: SkuSmallMultiplesModel,
  x: number,
  y: number,
  f: UsageFormatters,
  dir: 'ltr' | 'rtl',
): SVGTemplateResult {
  const { trend, geometry, cellWidth, shown, notes } = cell;
  const { months, metric, activeIndex } = model;
  const { plot, yTicks } = geometry;
  const marked = model.anomalies.get(trend.sku) ?? [];
  const markers = anomalyMarkers(
    geometry.lines[0]?.points ?? [],
    marked.map((mark) => mark.index),
    MARKER_RADIUS,
  );
  const ends = [yTicks[0], yTicks.at(-1)].filter((tick) => tick !== undefined);
  const name = wrapName(trend.sku, Math.floor((cellWidth - 2 * PAD) / 7.2));
  const firstLabel = f.monthShort(months[0] ?? '', true);
  const lastLabel = f.monthShort(months.at(-1) ?? '', true);
  // The first month's label only where it cannot run into the last one's (11 px text, measured: "25年11月"
  // is twice as wide as its length suggests).
  const bothEnds =
    months.length > 1 && plot.right - plot.left > textWidth(firstLabel, 11) + textWidth(lastLabel, 11) + 12;
  // The SVG is written in the reader's direction, so text-anchor "start" is the right edge in rtl: only the
  // x of each text mirrors. The reading start of a cell is its left side, or its right side in rtl.
  const rtl = dir === 'rtl';
  const [startX, endX] = rtl ? [cellWidth - PAD, PAD] : [PAD, cellWidth - PAD];
  const tickX = rtl ? plot.right + 5 : plot.left - 5;
  // The first month where months begin (the left, or the right in rtl), the last at the other end.
  const [firstX, lastX] = rtl ? [plot.right, plot.left] : [plot.left, plot.right];
  return svg`<g class="cell" transform="translate(${x} ${y})">
    <title>${[trend.sku, ...notes].join('\n')}</title>
    <rect class="cell-bg" width=${cellWidth} height=${CELL_HEIGHT} rx="6"></rect>
    ${name.map((line, i) => svg`<text class="cell-name data-name" x=${startX} y=${NAME_Y[i] ?? 0} text-anchor="start">${line}</text>`)}
    <text class="cell-value" x=${startX} y=${VALUE_Y} text-anchor="start">${f.seats(trend[metric][shown] ?? 0)}</text>
    <text class="cell-month" x=${endX} y=${VALUE_Y} text-anchor="end">${f.monthShort(months[shown] ?? '', true)}</text>
    <g transform="translate(${PAD} ${CHART_TOP})" aria-hidden="true">
      ${ends.map(
        (tick) => svg`<line class="grid ${tick.value === 0 ? 'zero' : ''}" x1=${plot.left} x2=${plot.right}
            y1=${tick.y} y2=${tick.y}></line>
          <text class="tick" x=${tickX} y=${tick.y} dy="0.32em" text-anchor="end">${f.seatsCompact(tick.value)}</text>`,
      )}
      ${bothEnds ? svg`<text class="tick" x=${firstX} y=${plot.bottom + 13} text-anchor="start">${firstLabel}</text>` : nothing}
      <text class="tick" x=${lastX} y=${plot.bottom + 13} text-anchor="end">${lastLabel}</text>
      ${renderLineChartGuide(geometry, activeIndex)}
      ${renderLineChartSeries(geometry, shown, { radius: 1.5, activeDotOnly: true })}
      ${renderAnomalyMarkers(markers)}
    </g>
  </g>`;
}

/** A SKU name in at most two lines of about `width` characters, broken between words; "…" if longer. */
function wrapName(name: string, width: number): string[] {
  const lines: string[] = [''];
  for (const word of name.split(/\s+/)) {
    const current = lines[lines.length - 1] ?? '';
    if (!current || current.length + 1 + word.length <= width)
      lines[lines.length - 1] = current ? `${current} ${word}` : word;
    else lines.push(word);
  }
  const two = lines.slice(0, 2).map((line) => (line.length > width ? `${line.slice(0, width - 1)}…` : line));
  if (lines.length > 2) two[1] = `${(two[1] ?? '').slice(0, width - 1)}…`;
  return two;
}
