import { html, nothing, svg } from 'lit';
import type { SVGTemplateResult, TemplateResult } from 'lit';
import { keyedIndex, lineChartGeometry } from '../../charts/line-chart.js';
import type { LineChartGeometry } from '../../charts/line-chart.js';
import { renderLineChartGuide, renderLineChartSeries } from '../../charts/line-chart-svg.js';
import { nearestIndex } from '../../charts/sparkline.js';
import type { SkuTrend } from '../../core/report.js';
import type { UsageFormatters } from '../../view/formatters.js';
import { METRICS } from '../shared/glossary.js';
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
}

const GAP = 12;
const PAD = 10;
const CELL_HEIGHT = 170;
// Inside a cell: two lines of name, the value, then the mini chart with its first and last month.
const NAME_Y = [PAD + 11, PAD + 26] as const;
const VALUE_Y = PAD + 50;
const CHART_TOP = PAD + 64;
const CHART_HEIGHT = CELL_HEIGHT - CHART_TOP - PAD;

/**
 * Compare mode: one mini line chart per SKU for one metric, in report order (latest available seats
 * first), each with the value of the active month (default the latest). One SVG, so it exports whole.
 */
export function renderSkuSmallMultiples(model: SkuSmallMultiplesModel, f: UsageFormatters): TemplateResult {
  const { trends, months, metric, width, activeIndex } = model;
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
    });
  const cells = trends.map((trend, i) => {
    const x = (i % columns) * (cellWidth + GAP);
    const y = Math.floor(i / columns) * (CELL_HEIGHT + GAP);
    const cell = { trend, geometry: geometryOf(trend[metric]), cellWidth, shown };
    return renderCell(cell, model, x, y, f);
  });
  const xs = geometryOf([]).xs.map((cx) => ({ x: cx + PAD }));
  const onPointer = (event: PointerEvent) => {
    const column = Math.min(columns - 1, Math.floor(event.offsetX / (cellWidth + GAP)));
    model.onActive(nearestIndex(xs, event.offsetX - column * (cellWidth + GAP)));
  };
  const onKey = (event: KeyboardEvent) => {
    const next = keyedIndex(event.key, activeIndex, months.length);
    if (next === null) return;
    event.preventDefault();
    model.onActive(next);
  };
  const label = `${METRICS[metric].label} by SKU, ${f.month(months[0] ?? '')} to ${f.month(months.at(-1) ?? '')}: ${trends.length} small charts, ${model.sharedScale ? 'on one shared scale' : 'each on its own scale'}. Use the arrow keys to read each month.`;
  const monthShown = months[shown] ?? '';
  const readout =
    activeIndex === null
      ? ''
      : `${f.month(monthShown)}: ${trends.map((t) => `${t.sku} ${f.seats(t[metric][shown] ?? 0)}`).join(', ')}`;
  return html`<svg
      data-export
      class="multiples metric-${metric}"
      part="chart"
      role="img"
      tabindex="0"
      aria-label=${label}
      width=${width}
      height=${height}
      viewBox="0 0 ${width} ${height}"
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
}

function renderCell(
  cell: Cell,
  model: SkuSmallMultiplesModel,
  x: number,
  y: number,
  f: UsageFormatters,
): SVGTemplateResult {
  const { trend, geometry, cellWidth, shown } = cell;
  const { months, metric, activeIndex } = model;
  const { plot, yTicks } = geometry;
  const ends = [yTicks[0], yTicks.at(-1)].filter((tick) => tick !== undefined);
  const name = wrapName(trend.sku, Math.floor((cellWidth - 2 * PAD) / 7.2));
  const firstLabel = f.monthShort(months[0] ?? '', true);
  const lastLabel = f.monthShort(months.at(-1) ?? '', true);
  // The first month's label only where it cannot run into the last one's (11 px text, ~6.5 px a character).
  const bothEnds =
    months.length > 1 && plot.right - plot.left > (firstLabel.length + lastLabel.length) * 6.5 + 12;
  return svg`<g class="cell" transform="translate(${x} ${y})">
    <title>${trend.sku}</title>
    <rect class="cell-bg" width=${cellWidth} height=${CELL_HEIGHT} rx="6"></rect>
    ${name.map((line, i) => svg`<text class="cell-name data-name" x=${PAD} y=${NAME_Y[i] ?? 0}>${line}</text>`)}
    <text class="cell-value" x=${PAD} y=${VALUE_Y}>${f.seats(trend[metric][shown] ?? 0)}</text>
    <text class="cell-month" x=${cellWidth - PAD} y=${VALUE_Y} text-anchor="end">${f.monthShort(months[shown] ?? '', true)}</text>
    <g transform="translate(${PAD} ${CHART_TOP})" aria-hidden="true">
      ${ends.map(
        (tick) => svg`<line class="grid ${tick.value === 0 ? 'zero' : ''}" x1=${plot.left} x2=${plot.right}
            y1=${tick.y} y2=${tick.y}></line>
          <text class="tick" x=${plot.left - 5} y=${tick.y} dy="0.32em" text-anchor="end">${f.seatsCompact(tick.value)}</text>`,
      )}
      ${bothEnds ? svg`<text class="tick" x=${plot.left} y=${plot.bottom + 13} text-anchor="start">${firstLabel}</text>` : nothing}
      <text class="tick" x=${plot.right} y=${plot.bottom + 13} text-anchor="end">${lastLabel}</text>
      ${renderLineChartGuide(geometry, activeIndex)}
      ${renderLineChartSeries(geometry, shown, { radius: 1.5, activeDotOnly: true })}
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
