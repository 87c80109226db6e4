/** A class of whole-number values, both ends included. */
export interface ValueBin {
  from: number;
  to: number;
}

/**
 * Splits whole numbers (seat counts) into at most `count` classes holding about as many values each
 * (quantiles by rank), so one value far above the rest takes one class instead of pushing every other value
 * into the lowest. Equal values always share a class, so ties and few distinct values give fewer classes.
 * Classes are contiguous: each ends one below where the next starts, the last at the largest value.
 */
export function quantileBins(values: readonly number[], count = 5): ValueBin[] {
  const sorted = [...values].sort((a, b) => a - b);
  const n = sorted.length;
  const max = sorted[n - 1];
  if (max === undefined || count < 1) return [];
  const starts: number[] = [];
  for (let k = 0; k < count; k++) {
    const start = sorted[Math.floor((k * n) / count)] ?? max;
    if (start !== starts[starts.length - 1]) starts.push(start);
  }
  return starts.map((from, i) => ({ from, to: (starts[i + 1] ?? max + 1) - 1 }));
}

/** The index of the class `value` falls in (the last whose start is at most `value`), or -1 below them all. */
export function binIndexOf(bins: readonly ValueBin[], value: number): number {
  for (let i = bins.length - 1; i >= 0; i--) {
    if ((bins[i]?.from ?? Infinity) <= value) return i;
  }
  return -1;
}
