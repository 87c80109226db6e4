import type { ChangeDriver, SeatChange } from './insights-report.js';
import { driverList } from './driver-list.js';
import type { Dimension, GroupSeats } from './group-seats.js';

export type SeatMetric = 'available' | 'assigned' | 'active';

/** Each dimension's groups in the previous and the last month. */
export type GroupsByDimension = Record<
  Dimension,
  { from: Map<string, GroupSeats>; to: Map<string, GroupSeats> }
>;

/**
 * A seat total's change and its drivers: each group's contribution is its own last-month figure minus
 * its previous one (a group with no rows in a month counts 0 there), so the contributions of one
 * dimension add up to the change exactly.
 */
export function seatChange(
  metric: SeatMetric,
  from: number,
  to: number,
  groups: GroupsByDimension,
): SeatChange {
  const list = (dimension: Dimension) => {
    const { from: before, to: after } = groups[dimension];
    const keys = new Set([...before.keys(), ...after.keys()]);
    const drivers: ChangeDriver[] = [...keys].map((key) => {
      const a = before.get(key);
      const b = after.get(key);
      const was = a?.[metric] ?? 0;
      const is = b?.[metric] ?? 0;
      return { key, name: (b ?? a)!.name, from: was, to: is, contribution: is - was };
    });
    return driverList(drivers);
  };
  return {
    from,
    to,
    change: to - from,
    drivers: { sku: list('sku'), country: list('country'), customer: list('customer') },
  };
}
