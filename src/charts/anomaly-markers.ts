/** A marker of an unusual month: a diamond around the month's point. */
export interface AnomalyMarker {
  /** The month's position in the series. */
  index: number;
  x: number;
  y: number;
  /** The diamond, as SVG path data. */
  path: string;
}

/**
 * Diamonds of half-diagonal `radius` centred on the points at `indexes` (a shape, not only a colour,
 * tells an unusual month from the dots of the others). A point without a value (`y` null) or outside
 * the series gets none. Coordinates are rounded to hundredths.
 */
export function anomalyMarkers(
  points: readonly { x: number; y: number | null }[],
  indexes: readonly number[],
  radius: number,
): AnomalyMarker[] {
  const markers: AnomalyMarker[] = [];
  for (const index of indexes) {
    const point = points[index];
    if (!point || point.y === null) continue;
    const x = round(point.x);
    const y = round(point.y);
    markers.push({ index, x, y, path: diamondPath(x, y, radius) });
  }
  return markers;
}

/** A diamond of half-diagonal `radius` centred on (x, y), as SVG path data rounded to hundredths. */
export function diamondPath(x: number, y: number, radius: number): string {
  const [cx, cy, top, right, bottom, left] = [x, y, y - radius, x + radius, y + radius, x - radius].map(
    round,
  );
  return `M${cx} ${top}L${right} ${cy}L${cx} ${bottom}L${left} ${cy}Z`;
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
