// Medians for the Node side (the page has its own in bench/page/timing.ts).
export function median(values) {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** How many times each measurement is repeated (BENCH_RUNS, at least 3). */
export const RUNS = Math.max(3, Number(process.env.BENCH_RUNS) || 3);
