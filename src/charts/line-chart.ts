import { chartKit } from './chart-kit-loader.js';

export interface ChartMargin {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

export interface LineChartSpec {
  /** How many x positions (months), oldest first. */
  count: number;
  series: readonly { key: string; values: readonly number[] }[];
  width: number;
  height: number;
  margin: ChartMargin;
  /** About how many pixels between y ticks. Default 44. */
  tickSpacing?: number;
  /** How many y ticks to aim for, instead of fitting them by `tickSpacing`. */
  tickCount?: number;
  /** A y maximum to reach at least (a scale shared between charts). Default: the series' own maximum. */
  yMax?: number;
  /**
   * `rtl` mirrors the chart for right-to-left readers: months run right to left and the margins swap
   * sides, so `margin.left` (the room kept for the value axis) is on the right. Default `ltr`.
   */
  dir?: 'ltr' | 'rtl';
}

export interface ChartPoint {
  x: number;
  y: number;
}

export interface LineChartGeometry {
  /** The x of each month. */
  xs: number[];
  /** Whole-number y ticks (seats) with their y. */
  yTicks: { value: number; y: number }[];
  lines: { key: string; path: string; points: ChartPoint[] }[];
  /** The plot area inside the margins. */
  plot: { left: number; top: number; right: number; bottom: number };
  /** The direction it was laid out for: the value axis is on the left in `ltr`, on the right in `rtl`. */
  dir: 'ltr' | 'rtl';
}

/**
 * Geometry of a multi-line chart over months: a point scale for x, a linear nice scale for y that
 * always holds 0 and every value (never clamped: a value beyond the ticks still gets its place).
 */
export function lineChartGeometry(spec: LineChartSpec): LineChartGeometry {
  const { count, series, width, height, tickSpacing = 44, yMax, dir = 'ltr' } = spec;
  const margin =
    dir === 'rtl' ? { ...spec.margin, left: spec.margin.right, right: spec.margin.left } : spec.margin;
  const plot = {
    left: margin.left,
    top: margin.top,
    right: Math.max(margin.left + 1, width - margin.right),
    bottom: Math.max(margin.top + 1, height - margin.bottom),
  };
  const { extent, line, scaleLinear, scalePoint } = chartKit();
  const x = scalePoint<number>()
    .domain(Array.from({ length: count }, (_, i) => i))
    .range(dir === 'rtl' ? [plot.right, plot.left] : [plot.left, plot.right])
    .padding(0.5);
  const [low = 0, high = 0] = extent(series.flatMap((s) => s.values));
  const top = Math.max(high, yMax ?? 0);
  const bottom = Math.min(0, low);
  const tickCount = spec.tickCount ?? Math.max(2, Math.floor((plot.bottom - plot.top) / tickSpacing));
  const y = scaleLinear()
    .domain([bottom, top > bottom ? top : bottom + 1])
    .range([plot.bottom, plot.top])
    .nice(tickCount);
  const xs = Array.from({ length: count }, (_, i) => x(i) ?? plot.left);
  const yTicks = y
    .ticks(tickCount)
    .filter((value) => Number.isInteger(value))
    .map((value) => ({ value, y: y(value) }));
  const lines = series.map(({ key, values }) => {
    const points = values.map((value, i) => ({ x: xs[i] ?? plot.left, y: y(value) }));
    const path =
      line<ChartPoint>()
        .x((p) => p.x)
        .y((p) => p.y)(points) ?? '';
    return { key, path, points };
  });
  return { xs, yTicks, lines, plot, dir };
}

/**
 * Which months get an x label when labels `labelWidth` wide must not overlap: every `step`-th one,
 * counted back from the last month so the latest month is always labelled.
 */
export function labelledIndexes(count: number, plotWidth: number, labelWidth: number): number[] {
  if (count === 0) return [];
  const slot = plotWidth / count;
  const step = Math.max(1, Math.ceil(labelWidth / Math.max(1, slot)));
  const indexes: number[] = [];
  for (let i = count - 1; i >= 0; i -= step) indexes.unshift(i);
  return indexes;
}

/**
 * The month index a key moves to (Left/Right/Home/End), or `null` for any other key. Arrows follow the
 * chart: in `rtl`, where months run right to left, ArrowLeft goes to the later month.
 */
export function keyedIndex(
  key: string,
  current: number | null,
  count: number,
  dir: 'ltr' | 'rtl' = 'ltr',
): number | null {
  const last = count - 1;
  if (last < 0) return null;
  // The first press shows the latest month, the one a reader most often wants.
  if (current === null && (key === 'ArrowLeft' || key === 'ArrowRight')) return last;
  const from = current ?? last;
  const [earlier, later] = dir === 'rtl' ? ['ArrowRight', 'ArrowLeft'] : ['ArrowLeft', 'ArrowRight'];
  const next =
    key === earlier ? from - 1 : key === later ? from + 1 : key === 'Home' ? 0 : key === 'End' ? last : null;
  return next === null ? null : Math.max(0, Math.min(last, next));
}
