import { tickIncrement, ticks } from './ticks.js';

/**
 * d3-scale's `scaleLinear()` for one domain and range (unclamped), written out: d3-scale's module cannot be
 * tree-shaken (its scales' methods pull d3-interpolate, d3-color and d3-format: 27 kB minified for a
 * sparkline's two numbers), and these are the few lines a section uses of it. Same arithmetic, same figures.
 */
export interface LinearScale {
  (value: number): number;
  /** Ticks as `scale.ticks(count)` gives them (`ticks` over the domain). */
  ticks(count?: number): number[];
}

/** Maps `domain` onto `range` linearly, as d3-scale does: a flat domain maps to the middle of the range. */
export function linearScale(
  domain: readonly [number, number],
  range: readonly [number, number],
): LinearScale {
  const [d0, d1] = domain;
  const reversed = d1 < d0;
  const [a, b] = reversed ? [d1, d0] : [d0, d1];
  const [r0, r1] = reversed ? [range[1], range[0]] : range;
  const span = b - a;
  const scale = (value: number): number => {
    const t = span ? (value - a) / span : isNaN(span) ? NaN : 0.5;
    return r0 * (1 - t) + r1 * t;
  };
  scale.ticks = (count = 10) => ticks(d0, d1, count);
  return scale;
}

/** The domain widened to round ends, as d3-scale's `linear.nice(count)` does (at most ten rounds). */
export function niceDomain(domain: readonly [number, number], count = 10): [number, number] {
  const nice: [number, number] = [domain[0], domain[1]];
  let [i0, i1] = [0, 1];
  let [start, stop] = nice;
  if (stop < start) [start, stop, i0, i1] = [stop, start, 1, 0];
  let previous: number | undefined;
  for (let round = 0; round < 10; round++) {
    const step = tickIncrement(start, stop, count);
    if (step === previous) {
      nice[i0] = start;
      nice[i1] = stop;
      return nice;
    } else if (step > 0) {
      start = Math.floor(start / step) * step;
      stop = Math.ceil(stop / step) * step;
    } else if (step < 0) {
      start = Math.ceil(start * step) / step;
      stop = Math.floor(stop * step) / step;
    } else break;
    previous = step;
  }
  return nice;
}
