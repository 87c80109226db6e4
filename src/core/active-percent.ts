/** Percentages from 0.00 to 100.00 in hundredths: the common ones, handed out from one table. */
const SHARED_UP_TO = 10_000;
const shared: (number | null)[] = new Array<number | null>(SHARED_UP_TO + 1).fill(null);

/**
 * Active usage %: `100 × active / available`, rounded to 2 decimals; `null` where nothing is available.
 * A report holds one per subscription and month (a million for a big partner); in an array that also
 * holds `null`, each number is an object of its own, so the common values come from one table and are
 * shared, which keeps the report smaller and the garbage collector's copying shorter.
 */
export function activePercent(active: number, available: number): number | null {
  if (available <= 0) return null;
  const hundredths = Math.round((10000 * active) / available);
  if (hundredths >= 0 && hundredths <= SHARED_UP_TO) return (shared[hundredths] ??= hundredths / 100);
  return hundredths / 100;
}
