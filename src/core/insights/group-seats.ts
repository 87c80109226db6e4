import { runToEnd } from '../run-steps.js';
import type { UsageCube } from '../usage-cube.js';
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
    const names = customerNames(cube);
    const { subscriptionSeats: seats, subscriptionAssigned: assigned, monthCount } = cube;
    let read = 0;
    for (const ledger of cube.subscriptions) {
      if (++read % INSIGHT_STEP_SUBSCRIPTIONS === 0) yield;
      const at = ledger.slot * monthCount + column;
      if ((seats[at * 3 + 2] as number) === 0) continue;
      const key = ledger.customerKey;
      let group = groups.get(key);
      if (!group) {
        group = { key, name: names.get(key) ?? ledger.customerName, available: 0, assigned: 0, active: 0 };
        groups.set(key, group);
      }
      group.available += seats[at * 3] as number;
      group.assigned += assigned[at] as number;
      group.active += seats[at * 3 + 1] as number;
    }
  }
  return groups;
}

/** Each customer key's name (from its latest month). */
export function customerNames(cube: UsageCube): Map<string, string> {
  return new Map(cube.customers.map((c) => [c.customerKey, c.customerName]));
}
