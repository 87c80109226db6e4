import { compareText } from '../compare-text.js';
import type { ChangeDriver, DriverList } from './insights-report.js';
import { roundToTotal } from './round-to-total.js';

/** How many drivers of each kind a change lists by name; the rest are summed in `other`. */
export const CHANGE_DRIVER_TOP = 5;

/**
 * The drivers with a non-zero contribution, largest absolute contribution first (ties by key), the first
 * `top` by name and the rest summed. Seat contributions are whole numbers, so the sum is exact.
 */
export function driverList(drivers: readonly ChangeDriver[], top = CHANGE_DRIVER_TOP): DriverList {
  const ranked = drivers
    .filter((d) => d.contribution !== 0)
    .sort((a, b) => Math.abs(b.contribution) - Math.abs(a.contribution) || compareText(a.key, b.key));
  const rest = ranked.slice(top);
  return {
    top: ranked.slice(0, top),
    other: rest.reduce((sum, d) => sum + d.contribution, 0),
    otherCount: rest.length,
  };
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
