import type { UsageCube } from '../usage-cube.js';
import { runToEnd } from '../run-steps.js';
import { groupSeatSteps } from './group-seats.js';
import type { ChangesInsight } from './insights-report.js';
import { percentChange } from './percent-change.js';
import { seatChange } from './seat-changes.js';
import type { GroupsByDimension } from './seat-changes.js';

/**
 * What changed from the window's next-to-last month to its last, per headline metric, with the SKUs,
 * countries and customers that drove it; `null` with fewer than two months.
 */
export function computeChanges(cube: UsageCube, months: readonly string[]): ChangesInsight | null {
  return runToEnd(changeSteps(cube, months));
}

/** `computeChanges`, yielding while it groups the customers and between the metrics' driver lists. */
export function* changeSteps(
  cube: UsageCube,
  months: readonly string[],
): Generator<void, ChangesInsight | null> {
  if (months.length < 2) return null;
  const from = months[months.length - 2] as string;
  const to = months[months.length - 1] as string;
  const groups = {} as GroupsByDimension;
  for (const dimension of ['sku', 'country', 'customer'] as const) {
    const before = yield* groupSeatSteps(cube, from, dimension);
    const after = yield* groupSeatSteps(cube, to, dimension);
    groups[dimension] = { from: before, to: after };
    yield;
  }
  const zero = { available: 0, assigned: 0, active: 0 };
  const t0 = cube.months.get(from) ?? zero;
  const t1 = cube.months.get(to) ?? zero;
  // Each metric's drivers list every customer: a step of its own.
  const available = seatChange('available', t0.available, t1.available, groups);
  yield;
  const assigned = seatChange('assigned', t0.assigned, t1.assigned, groups);
  yield;
  const active = seatChange('active', t0.active, t1.active, groups);
  yield;
  return { from, to, available, assigned, active, activePercent: percentChange(t0, t1, groups) };
}
