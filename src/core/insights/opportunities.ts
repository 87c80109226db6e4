import { activePercent } from '../active-percent.js';
import { compareText } from '../compare-text.js';
import type { UsageCube } from '../usage-cube.js';
import { customerNames } from './group-seats.js';
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
  /** Whether it has rows in the last month. */
  present: boolean;
  now: Seats;
  then: Seats;
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
  const customers = yield* customerSeats(cube, month, fromMonth);
  yield;
  // Only the customers listed get their figures and subscriptions: a big partner has thousands.
  const figures = (c: Customer, value: number, parts: Part[]): OpportunityCustomer => ({
    customerKey: c.key,
    customerName: c.name,
    ...c.now,
    value,
    subscriptionIds: ranked(parts).map((p) => p.id),
  });
  const unassigned = top(customers, (c) => c.now.available - c.now.assigned).map(([c, value]) =>
    figures(c, value, c.unassigned),
  );
  yield;
  const inactive = top(customers, (c) => c.now.assigned - c.now.active).map(([c, value]) =>
    figures(c, value, c.inactive),
  );
  yield;
  const falling: FallingCustomer[] = [];
  if (fromMonth !== null && fromMonth !== month) {
    const fallOf = (c: Customer) => {
      const before = activePercent(c.then.active, c.then.available);
      const after = activePercent(c.now.active, c.now.available);
      return before === null || after === null
        ? 0
        : (Math.round(before * 100) - Math.round(after * 100)) / 100;
    };
    for (const [c, value] of top(customers, fallOf)) {
      const fromPercent = activePercent(c.then.active, c.then.available) as number;
      const toPercent = activePercent(c.now.active, c.now.available) as number;
      falling.push({ ...figures(c, value, c.falling), fromMonth, fromPercent, toPercent });
    }
  }
  return { month, unassigned, inactive, falling };
}

/** Each customer's seats now and then, and its subscriptions' parts of each figure (those above zero). */
function* customerSeats(
  cube: UsageCube,
  month: string | null,
  fromMonth: string | null,
): Generator<void, Customer[]> {
  const now = month === null ? undefined : cube.monthColumns.get(month);
  if (now === undefined) return [];
  const then = fromMonth === null ? -1 : (cube.monthColumns.get(fromMonth) ?? -1);
  const names = customerNames(cube);
  const { subscriptionSeats: seats, subscriptionAssigned: assigned, monthCount } = cube;
  const byKey = new Map<string, Customer>();
  let read = 0;
  for (const ledger of cube.subscriptions) {
    if (++read % INSIGHT_STEP_SUBSCRIPTIONS === 0) yield;
    const at1 = ledger.slot * monthCount + now;
    const at0 = then === -1 ? -1 : ledger.slot * monthCount + then;
    const has1 = seats[at1 * 3 + 2] !== 0;
    const has0 = at0 !== -1 && seats[at0 * 3 + 2] !== 0;
    if (!has1 && !has0) continue;
    const key = ledger.customerKey;
    let c = byKey.get(key);
    if (!c) {
      const zero = () => ({ available: 0, assigned: 0, active: 0 });
      const name = names.get(key) ?? ledger.customerName;
      c = { key, name, present: false, now: zero(), then: zero(), unassigned: [], inactive: [], falling: [] };
      byKey.set(key, c);
    }
    const a0 = has0 ? seats[at0 * 3]! : 0;
    const t0 = has0 ? seats[at0 * 3 + 1]! : 0;
    // The earlier figures are the customer's whole, also subscriptions gone since.
    if (has0) add(c.then, a0, assigned[at0]!, t0);
    if (!has1) continue;
    const a1 = seats[at1 * 3]!;
    const s1 = assigned[at1]!;
    const t1 = seats[at1 * 3 + 1]!;
    add(c.now, a1, s1, t1);
    c.present = true;
    const id = ledger.subscriptionId;
    if (a1 > s1) c.unassigned.push({ id, value: a1 - s1 });
    if (s1 > t1) c.inactive.push({ id, value: s1 - t1 });
    const p0 = has0 ? activePercent(t0, a0) : null;
    const p1 = activePercent(t1, a1);
    if (p0 !== null && p1 !== null && p0 > p1) c.falling.push({ id, value: p0 - p1 });
  }
  // Customers with no rows in the last month are gone: nothing left to act on.
  return [...byKey.values()].filter((c) => c.present);
}

function add(sum: Seats, available: number, assigned: number, active: number): void {
  sum.available += available;
  sum.assigned += assigned;
  sum.active += active;
}

/** The parts, largest first (ties by id). */
function ranked(parts: Part[]): Part[] {
  return parts.sort((a, b) => b.value - a.value || compareText(a.id, b.id));
}

/** The customers whose `value` is above zero, largest first (ties by name, then key), the first `OPPORTUNITY_TOP`. */
function top(customers: readonly Customer[], value: (c: Customer) => number): [Customer, number][] {
  return customers
    .map((c): [Customer, number] => [c, value(c)])
    .filter(([, v]) => v > 0)
    .sort(([a, va], [b, vb]) => vb - va || compareText(a.name, b.name) || compareText(a.key, b.key))
    .slice(0, OPPORTUNITY_TOP);
}
