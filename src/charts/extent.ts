// d3-array's extent and max for plain numbers, written out for the reason given in ticks.ts.

/** The least and greatest value, ignoring NaN; `[undefined, undefined]` for none. */
export function extent(values: Iterable<number>): [number, number] | [undefined, undefined] {
  let min: number | undefined;
  let max: number | undefined;
  for (const value of values) {
    if (min === undefined || max === undefined) {
      if (value >= value) min = max = value;
    } else {
      if (min > value) min = value;
      if (max < value) max = value;
    }
  }
  return min === undefined || max === undefined ? [undefined, undefined] : [min, max];
}

/** The greatest value, ignoring NaN; undefined for none. */
export function max(values: Iterable<number>): number | undefined {
  let greatest: number | undefined;
  for (const value of values) {
    if ((greatest !== undefined && greatest < value) || (greatest === undefined && value >= value))
      greatest = value;
  }
  return greatest;
}
