import { compareText } from '../compare-text.js';
import { firstRanked } from '../first-ranked.js';
import type { ChangeDriver, DriverList } from './insights-report.js';
import { roundToTotal } from './round-to-total.js';

/** How many drivers of each kind a change lists by name; the rest are summed in `other`. */
export const CHANGE_DRIVER_TOP = 5;

/**
 * The drivers with a non-zero contribution, largest absolute contribution first (ties by key), the first
 * `top` by name and the rest summed. Seat contributions are whole numbers, so the sum is exact.
 */
export function driverList(drivers: readonly ChangeDriver[], top = CHANGE_DRIVER_TOP): DriverList {
  const nonZero = drivers.filter((d) => d.contribution !== 0);
  // Whole numbers add up to the same sum in any order: the first `top` are picked in one pass instead of
  // sorting a customer list of tens of thousands (four times per report). Fractions are summed in rank
  // order, as the rounding that follows was worked out on.
  if (nonZero.every((d) => Number.isInteger(d.contribution))) {
    const first = firstRanked(nonZero, top, byRank);
    const listed = first.reduce((sum, d) => sum + d.contribution, 0);
    const all = nonZero.reduce((sum, d) => sum + d.contribution, 0);
    return { top: first, other: all - listed, otherCount: nonZero.length - first.length };
  }
  const ranked = nonZero.sort(byRank);
  const rest = ranked.slice(top);
  return {
    top: ranked.slice(0, top),
    other: rest.reduce((sum, d) => sum + d.contribution, 0),
    otherCount: rest.length,
  };
}

function byRank(a: ChangeDriver, b: ChangeDriver): number {
  return Math.abs(b.contribution) - Math.abs(a.contribution) || compareText(a.key, b.key);
}

/**
 * `driverList` of contributions in exact hundredths of a percentage point, rounded only now: the listed
 * contributions and `other` become hundredths that add up to `totalHundredths` (see `roundToTotal`), and
 * are then given in percentage points.
 */
export function roundedDriverList(drivers: readonly ChangeDriver[], totalHundredths: number): DriverList {
  const list = driverList(drivers);
  const rounded = roundToTotal([...list.top.map((d) => d.contribution), list.other], totalHundredths);
  return {
    top: list.top.map((d, i) => ({ ...d, contribution: (rounded[i] as number) / 100 })),
    other: (rounded[list.top.length] as number) / 100,
    otherCount: list.otherCount,
  };
}
