/** Active usage %: `100 × active / available`, rounded to 2 decimals; `null` where nothing is available. */
export function activePercent(active: number, available: number): number | null {
  if (available <= 0) return null;
  return Math.round((10000 * active) / available) / 100;
}
