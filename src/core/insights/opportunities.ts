import { activePercent } from '../active-percent.js';
import { compareText } from '../compare-text.js';
import { firstRanked } from '../first-ranked.js';
import type { UsageCube } from '../usage-cube.js';
import { customerSlots, customersMet } from './customer-slots.js';
import type { FallingCustomer, OpportunitiesInsight, OpportunityCustomer } from './insights-report.js';
import { INSIGHT_STEP_SUBSCRIPTIONS } from './insight-steps.js';
import { runToEnd } from '../run-steps.js';

/** How many customers each opportunity list names. */
export const OPPORTUNITY_TOP = 10;
/** The fall in active % is measured from this many months before the window's last (or its first month). */
export const FALL_MONTHS = 3;

interface Part {
  id: string;
  value: number;
}

interface Seats {
  available: number;
  assigned: number;
  active: number;
}

interface Customer {
  key: string;
  name: string;
  /** Its slot (`customerSlots`), to find its subscriptions once it is listed. */
  slot: number;
  now: Seats;
  then: Seats;
}

/** A listed customer's subscriptions' parts of each figure (those above zero). */
interface Parts {
  unassigned: Part[];
  inactive: Part[];
  falling: Part[];
}

/**
 * Where to act, in the window's last month: the customers with the most unassigned seats (available −
 * assigned), the most assigned but inactive seats (assigned − active), and the sharpest fall in active %
 * since `FALL_MONTHS` months before; each with the subscriptions that make it up.
 */
export function computeOpportunities(cube: UsageCube, months: readonly string[]): OpportunitiesInsight {
  return runToEnd(opportunitySteps(cube, months));
}

/** `computeOpportunities`, yielding while it reads the subscriptions and between its three lists. */
export function* opportunitySteps(
  cube: UsageCube,
  months: readonly string[],
): Generator<void, OpportunitiesInsight> {
  const month = months.at(-1) ?? null;
  const fromMonth = months[Math.max(0, months.length - 1 - FALL_MONTHS)] ?? null;
  const now = month === null ? undefined : cube.monthColumns.get(month);
  const then = fromMonth === null ? -1 : (cube.monthColumns.get(fromMonth) ?? -1);
  if (now === undefined) return { month, unassigned: [], inactive: [], falling: [] };
  const customers = yield* customerSeats(cube, now, then);
  yield;
  const fallOf = (c: Customer) => {
    const before = activePercent(c.then.active, c.then.available);
    const after = activePercent(c.now.active, c.now.available);
    return before === null || after === null ? 0 : (Math.round(before * 100) - Math.round(after * 100)) / 100;
  };
  const unassignedTop = top(customers, (c) => c.now.available - c.now.assigned);
  const inactiveTop = top(customers, (c) => c.now.assigned - c.now.active);
  const fallingTop = fromMonth !== null && fromMonth !== month ? top(customers, fallOf) : [];
  yield;
  // Only the customers listed get their subscriptions: a big partner has thousands of customers.
  const listed = [...unassignedTop, ...inactiveTop, ...fallingTop].map(([c]) => c);
  const parts = yield* listedParts(cube, now, then, listed);
  const figures = (c: Customer, value: number, kind: keyof Parts): OpportunityCustomer => ({
    customerKey: c.key,
    customerName: c.name,
    ...c.now,
    value,
    subscriptionIds: ranked(parts.get(c.slot)![kind]).map((p) => p.id),
  });
  const unassigned = unassignedTop.map(([c, value]) => figures(c, value, 'unassigned'));
  const inactive = inactiveTop.map(([c, value]) => figures(c, value, 'inactive'));
  const falling: FallingCustomer[] = fallingTop.map(([c, value]) => ({
    ...figures(c, value, 'falling'),
    fromMonth: fromMonth as string,
    fromPercent: activePercent(c.then.active, c.then.available) as number,
    toPercent: activePercent(c.now.active, c.now.available) as number,
  }));
  return { month, unassigned, inactive, falling };
}

/**
 * Each customer's seats in month column `now` and `then` (`-1`: none), summed per customer slot in
 * subscription order. The earlier figures are the customer's whole, also subscriptions gone since.
 * Customers with no rows in the last month are gone: nothing left to act on, so they are left out.
 */
function* customerSeats(cube: UsageCube, now: number, then: number): Generator<void, Customer[]> {
  const slots = customerSlots(cube);
  const { keys, ofSubscription } = slots;
  const met = customersMet(slots);
  const { subscriptionSeats: seats, subscriptionAssigned: assigned, monthCount, subscriptions } = cube;
  // Per slot: available, assigned, active now, then the same for `then`.
  const sums = new Float64Array(keys.length * 6);
  const present = new Uint8Array(keys.length);
  for (let at = 0; at < subscriptions.length; at++) {
    if ((at + 1) % INSIGHT_STEP_SUBSCRIPTIONS === 0) yield;
    const ledger = subscriptions[at]!;
    const at1 = ledger.slot * monthCount + now;
    const at0 = then === -1 ? -1 : ledger.slot * monthCount + then;
    const has1 = seats[at1 * 3 + 2] !== 0;
    const has0 = at0 !== -1 && seats[at0 * 3 + 2] !== 0;
    if (!has1 && !has0) continue;
    const slot = ofSubscription[at]!;
    met.meet(slot, ledger.customerName);
    const sum = slot * 6;
    if (has0) add(sums, sum + 3, seats[at0 * 3]!, assigned[at0]!, seats[at0 * 3 + 1]!);
    if (!has1) continue;
    add(sums, sum, seats[at1 * 3]!, assigned[at1]!, seats[at1 * 3 + 1]!);
    present[slot] = 1;
  }
  const customers: Customer[] = [];
  for (let slot = 0; slot < keys.length; slot++) {
    if (present[slot] === 0) continue;
    const at = slot * 6;
    customers.push({
      key: keys[slot]!,
      name: met.name(slot),
      slot,
      now: { available: sums[at]!, assigned: sums[at + 1]!, active: sums[at + 2]! },
      then: { available: sums[at + 3]!, assigned: sums[at + 4]!, active: sums[at + 5]! },
    });
  }
  return customers;
}

/** The listed customers' subscriptions' parts of each figure, by customer slot: a second, narrow read. */
function* listedParts(
  cube: UsageCube,
  now: number,
  then: number,
  listed: readonly Customer[],
): Generator<void, Map<number, Parts>> {
  const { ofSubscription } = customerSlots(cube);
  const { subscriptionSeats: seats, subscriptionAssigned: assigned, monthCount, subscriptions } = cube;
  const parts = new Map<number, Parts>();
  for (const c of listed) parts.set(c.slot, { unassigned: [], inactive: [], falling: [] });
  for (let at = 0; at < subscriptions.length; at++) {
    if ((at + 1) % INSIGHT_STEP_SUBSCRIPTIONS === 0) yield;
    const mine = parts.get(ofSubscription[at]!);
    if (!mine) continue;
    const ledger = subscriptions[at]!;
    const at1 = ledger.slot * monthCount + now;
    if (seats[at1 * 3 + 2] === 0) continue;
    const at0 = then === -1 ? -1 : ledger.slot * monthCount + then;
    const has0 = at0 !== -1 && seats[at0 * 3 + 2] !== 0;
    const a1 = seats[at1 * 3]!;
    const s1 = assigned[at1]!;
    const t1 = seats[at1 * 3 + 1]!;
    const id = ledger.subscriptionId;
    if (a1 > s1) mine.unassigned.push({ id, value: a1 - s1 });
    if (s1 > t1) mine.inactive.push({ id, value: s1 - t1 });
    const p0 = has0 ? activePercent(seats[at0 * 3 + 1]!, seats[at0 * 3]!) : null;
    const p1 = activePercent(t1, a1);
    if (p0 !== null && p1 !== null && p0 > p1) mine.falling.push({ id, value: p0 - p1 });
  }
  return parts;
}

function add(sums: Float64Array, at: number, available: number, assigned: number, active: number): void {
  sums[at] = sums[at]! + available;
  sums[at + 1] = sums[at + 1]! + assigned;
  sums[at + 2] = sums[at + 2]! + active;
}

/** The parts, largest first (ties by id). */
function ranked(parts: Part[]): Part[] {
  return parts.sort((a, b) => b.value - a.value || compareText(a.id, b.id));
}

/** The customers whose `value` is above zero, largest first (ties by name, then key), the first `OPPORTUNITY_TOP`. */
function top(customers: readonly Customer[], value: (c: Customer) => number): [Customer, number][] {
  const valued = customers.map((c): [Customer, number] => [c, value(c)]).filter(([, v]) => v > 0);
  return firstRanked(
    valued,
    OPPORTUNITY_TOP,
    ([a, va], [b, vb]) => vb - va || compareText(a.name, b.name) || compareText(a.key, b.key),
  );
}
