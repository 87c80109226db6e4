/** A point of a line; `y` null where the series has no value (a gap). */
export interface LinePoint {
  x: number;
  y: number | null;
}

/** A coordinate as d3-path writes it with d3-shape's default three digits. */
const round = (value: number): number => Math.round(value * 1000) / 1000;

/**
 * The SVG path of a line through `points`, as d3-shape's `line()` with `curveLinear` draws it: `M` then `L` to
 * each point, a new `M` after a gap (points whose `y` is null), a lone point closed (`M…Z`, so that a round
 * cap shows it); null without a point. Written out because d3-shape's module does not tree-shake: `line`
 * alone brings its 18 kB (minified) of shapes, curves and symbols into every section.
 */
export function linePath(points: readonly LinePoint[]): string | null {
  let path = '';
  let inLine = false;
  let pointsInLine = 0;
  for (const { x, y } of points) {
    if (y === null) {
      if (inLine && pointsInLine === 1) path += 'Z';
      inLine = false;
      continue;
    }
    path += `${inLine ? 'L' : 'M'}${round(x)},${round(y)}`;
    pointsInLine = inLine ? pointsInLine + 1 : 1;
    inLine = true;
  }
  if (inLine && pointsInLine === 1) path += 'Z';
  return path || null;
}
