import { chartKit } from './chart-kit-loader.js';

export interface SparklineGeometry {
  /** Path of the series; gaps where a value is null. */
  path: string;
  /** The x and y of each point (y `null` where the value is null). */
  points: { x: number; y: number | null }[];
}

/**
 * Geometry of a micro chart: x spreads the months over the width, y fits the values' own range
 * (a sparkline shows the trend, not the magnitude) with 3 px of padding for the stroke. Right to left
 * (`rtl`), months run from the right edge to the left, as the reader's text does.
 *
 * `minSpan` is the least height of the y domain, in the values' unit: a range narrower than it is
 * widened around its middle (kept at or above 0 when the values are), so that noise does not fill the
 * chart (active usage moving between 50.0 and 52.7 % must not look like a swing from floor to ceiling).
 */
export function sparklineGeometry(
  values: readonly (number | null)[],
  width: number,
  height: number,
  rtl = false,
  minSpan = 0,
): SparklineGeometry {
  const pad = 3;
  const defined = values.filter((v): v is number => v !== null);
  const { extent, line, scaleLinear } = chartKit();
  const [min = 0, max = 0] = extent(defined);
  const x = scaleLinear()
    .domain([0, Math.max(1, values.length - 1)])
    .range(rtl ? [width - pad, pad] : [pad, width - pad]);
  const y = scaleLinear()
    .domain(yDomain(min, max, minSpan))
    .range([height - pad, pad]);
  const points = values.map((value, i) => ({ x: x(i), y: value === null ? null : y(value) }));
  const path =
    line<{ x: number; y: number | null }>()
      .defined((p) => p.y !== null)
      .x((p) => p.x)
      .y((p) => p.y ?? 0)(points) ?? '';
  return { path, points };
}

/**
 * The least y span of a KPI's sparkline. Percentages: 10 points, so active usage that wanders by 1–3 points
 * a month (the sample's 50.0–52.7 %) draws as a gentle line in the chart's middle third, while a real fall
 * of 10 points still crosses it. Seats: 10 % of the largest value, the same idea relative to the level
 * (308,000 → 308,400 seats is flat, not a climb from floor to ceiling).
 */
export function kpiMinSpan(values: readonly (number | null)[], unit: 'percent' | 'seats'): number {
  if (unit === 'percent') return 10;
  const largest = Math.max(0, ...values.map((v) => Math.abs(v ?? 0)));
  return largest / 10;
}

/** `[min, max]`, widened around its middle to `minSpan`; a flat series gets at least 2, to sit in the middle. */
function yDomain(min: number, max: number, minSpan: number): [number, number] {
  if (max > min && max - min >= minSpan) return [min, max];
  const span = max > min ? minSpan : Math.max(minSpan, 2);
  const low = (min + max) / 2 - span / 2;
  // With a floor asked for, non-negative values keep a non-negative axis: 2–4 % on 0–10, not on −2–8.
  const start = minSpan > 0 && min >= 0 ? Math.max(0, low) : low;
  return [start, start + span];
}

/** The index of the point nearest to `offsetX`. */
export function nearestIndex(points: readonly { x: number }[], offsetX: number): number {
  let best = 0;
  for (let i = 1; i < points.length; i++) {
    if (Math.abs((points[i]?.x ?? 0) - offsetX) < Math.abs((points[best]?.x ?? 0) - offsetX)) best = i;
  }
  return best;
}
