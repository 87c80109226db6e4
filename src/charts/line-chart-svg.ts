import { nothing, svg } from 'lit';
import type { SVGTemplateResult } from 'lit';
import type { LineChartGeometry } from './line-chart.js';

export interface LineChartAxisLabels {
  /** The labelled months: index into `xs`, and text. */
  x: readonly { index: number; text: string }[];
  /** A y tick's label. */
  y: (value: number) => string;
}

/**
 * Gridlines with y tick labels beside the plot (on the left, or on the right for a geometry laid out
 * `rtl`), and month labels under the plot.
 */
export function renderLineChartAxes(
  geometry: LineChartGeometry,
  labels: LineChartAxisLabels,
): SVGTemplateResult {
  const { plot, xs, yTicks, dir } = geometry;
  const yLabelX = dir === 'rtl' ? plot.right + 6 : plot.left - 6;
  // The labels are written in the geometry's direction, set here so that an exported SVG keeps it: text
  // such as "70 ألف" reads in the right order, and text-anchor "end" is the side nearer the plot either way
  // (the left edge in rtl).
  return svg`<g class="axes" aria-hidden="true" direction=${dir}>
    ${yTicks.map(
      (tick) => svg`<line class="grid ${tick.value === 0 ? 'zero' : ''}" x1=${plot.left} x2=${plot.right}
          y1=${tick.y} y2=${tick.y}></line>
        <text class="tick tick-y" x=${yLabelX} y=${tick.y} dy="0.32em" text-anchor="end">${labels.y(tick.value)}</text>`,
    )}
    ${labels.x.map(
      (label) =>
        svg`<text class="tick tick-x" x=${xs[label.index] ?? plot.left} y=${plot.bottom + 16}
          text-anchor="middle">${label.text}</text>`,
    )}
  </g>`;
}

/**
 * One path per series with a dot per month (larger at the active month), or with `activeDotOnly` just
 * the active month's dot, for charts too small to carry a dot per month.
 */
export function renderLineChartSeries(
  geometry: LineChartGeometry,
  activeIndex: number | null,
  options: { radius?: number; activeDotOnly?: boolean } = {},
): SVGTemplateResult {
  const { radius = 3, activeDotOnly = false } = options;
  return svg`${geometry.lines.map(
    (series) => svg`<g class="series series-${series.key}" data-series=${series.key}>
      <path class="line" d=${series.path}></path>
      ${series.points.map((point, i) =>
        activeDotOnly && i !== activeIndex
          ? nothing
          : svg`<circle class="dot ${i === activeIndex ? 'active' : ''}" cx=${point.x} cy=${point.y}
            r=${i === activeIndex ? radius + 2 : radius}></circle>`,
      )}
    </g>`,
  )}`;
}

/** A vertical line at the active month. */
export function renderLineChartGuide(
  geometry: LineChartGeometry,
  activeIndex: number | null,
): SVGTemplateResult | typeof nothing {
  const x = activeIndex === null ? undefined : geometry.xs[activeIndex];
  if (x === undefined) return nothing;
  const { top, bottom } = geometry.plot;
  return svg`<line class="guide" x1=${x} x2=${x} y1=${top} y2=${bottom}></line>`;
}
