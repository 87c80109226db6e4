import { runToEnd } from '../run-steps.js';
import type { UsageCube } from '../usage-cube.js';
import { customerSlots, customersMet } from './customer-slots.js';
import { INSIGHT_STEP_SUBSCRIPTIONS } from './insight-steps.js';

/** Seat totals of one SKU, country or customer in one month. */
export interface GroupSeats {
  key: string;
  name: string;
  available: number;
  assigned: number;
  active: number;
}

/** What a change is broken down by: SKU, country (market code, `?name` when unmatched) or customer key. */
export type Dimension = 'sku' | 'country' | 'customer';

/**
 * Every group's seats in `month`, keyed by the group. Each dimension covers every row of the month once,
 * so its groups add up to the month's totals exactly. A customer is its subscriptions' customer (from
 * its latest month), named as the cube names it.
 */
export function groupSeats(cube: UsageCube, month: string, dimension: Dimension): Map<string, GroupSeats> {
  return runToEnd(groupSeatSteps(cube, month, dimension));
}

/** `groupSeats`, yielding every `INSIGHT_STEP_SUBSCRIPTIONS` subscriptions of a customer grouping. */
export function* groupSeatSteps(
  cube: UsageCube,
  month: string,
  dimension: Dimension,
): Generator<void, Map<string, GroupSeats>> {
  const groups = new Map<string, GroupSeats>();
  if (dimension === 'sku') {
    for (const [sku, byMonth] of cube.skus) {
      const t = byMonth.get(month);
      if (t)
        groups.set(sku, {
          key: sku,
          name: sku,
          available: t.available,
          assigned: t.assigned,
          active: t.active,
        });
    }
  } else if (dimension === 'country') {
    for (const [key, t] of cube.markets.get(month) ?? []) {
      groups.set(key, {
        key,
        name: t.market,
        available: t.available,
        assigned: t.assigned,
        active: t.active,
      });
    }
  } else {
    const column = cube.monthColumns.get(month);
    if (column === undefined) return groups;
    yield* customerGroupSteps(cube, column, groups);
  }
  return groups;
}

/**
 * The customers' seats in one month column, summed per customer slot in subscription order, then one
 * group per customer with rows. A customer is named as the cube names it, else by its first subscription.
 */
function* customerGroupSteps(
  cube: UsageCube,
  column: number,
  groups: Map<string, GroupSeats>,
): Generator<void, void> {
  const slots = customerSlots(cube);
  const { keys, ofSubscription } = slots;
  const met = customersMet(slots);
  const { subscriptionSeats: seats, subscriptionAssigned: assigned, monthCount, subscriptions } = cube;
  const available = new Float64Array(keys.length);
  const assignedSum = new Float64Array(keys.length);
  const active = new Float64Array(keys.length);
  for (let at = 0; at < subscriptions.length; at++) {
    if ((at + 1) % INSIGHT_STEP_SUBSCRIPTIONS === 0) yield;
    const ledger = subscriptions[at]!;
    const cell = ledger.slot * monthCount + column;
    if ((seats[cell * 3 + 2] as number) === 0) continue;
    const slot = ofSubscription[at]!;
    met.meet(slot, ledger.customerName);
    available[slot] = available[slot]! + seats[cell * 3]!;
    assignedSum[slot] = assignedSum[slot]! + assigned[cell]!;
    active[slot] = active[slot]! + seats[cell * 3 + 1]!;
  }
  for (let slot = 0; slot < keys.length; slot++) {
    if (!met.met(slot)) continue;
    const key = keys[slot]!;
    groups.set(key, {
      key,
      name: met.name(slot),
      available: available[slot]!,
      assigned: assignedSum[slot]!,
      active: active[slot]!,
    });
  }
}
