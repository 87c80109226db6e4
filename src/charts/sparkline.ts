import { extent } from 'd3-array';
import { scaleLinear } from 'd3-scale';
import { line } from 'd3-shape';

export interface SparklineGeometry {
  /** Path of the series; gaps where a value is null. */
  path: string;
  /** The x and y of each point (y `null` where the value is null). */
  points: { x: number; y: number | null }[];
}

/**
 * Geometry of a micro chart: x spreads the months over the width, y fits the values' own range
 * (a sparkline shows the trend, not the magnitude) with 2 px of padding for the stroke. Right to left
 * (`rtl`), months run from the right edge to the left, as the reader's text does.
 */
export function sparklineGeometry(
  values: readonly (number | null)[],
  width: number,
  height: number,
  rtl = false,
): SparklineGeometry {
  const pad = 3;
  const defined = values.filter((v): v is number => v !== null);
  const [min = 0, max = 0] = extent(defined);
  const x = scaleLinear()
    .domain([0, Math.max(1, values.length - 1)])
    .range(rtl ? [width - pad, pad] : [pad, width - pad]);
  // A flat series sits in the middle rather than on the floor.
  const y = scaleLinear()
    .domain(min === max ? [min - 1, max + 1] : [min, max])
    .range([height - pad, pad]);
  const points = values.map((value, i) => ({ x: x(i), y: value === null ? null : y(value) }));
  const path =
    line<{ x: number; y: number | null }>()
      .defined((p) => p.y !== null)
      .x((p) => p.x)
      .y((p) => p.y ?? 0)(points) ?? '';
  return { path, points };
}

/** The index of the point nearest to `offsetX`. */
export function nearestIndex(points: readonly { x: number }[], offsetX: number): number {
  let best = 0;
  for (let i = 1; i < points.length; i++) {
    if (Math.abs((points[i]?.x ?? 0) - offsetX) < Math.abs((points[best]?.x ?? 0) - offsetX)) best = i;
  }
  return best;
}
