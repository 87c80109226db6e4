import { activePercent } from '../active-percent.js';
import { compareText } from '../compare-text.js';
import type { UsageCube } from '../usage-cube.js';
import { customerNames } from './group-seats.js';
import type { FallingCustomer, OpportunitiesInsight, OpportunityCustomer } from './insights-report.js';

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
  const month = months.at(-1) ?? null;
  const fromMonth = months[Math.max(0, months.length - 1 - FALL_MONTHS)] ?? null;
  const customers = customerSeats(cube, month, fromMonth);
  const figures = (c: Customer, value: number, parts: Part[]): OpportunityCustomer => ({
    customerKey: c.key,
    customerName: c.name,
    ...c.now,
    value,
    subscriptionIds: ranked(parts).map((p) => p.id),
  });
  const unassigned = customers.map((c) => figures(c, c.now.available - c.now.assigned, c.unassigned));
  const inactive = customers.map((c) => figures(c, c.now.assigned - c.now.active, c.inactive));
  const falling: FallingCustomer[] = [];
  if (fromMonth !== null && fromMonth !== month) {
    for (const c of customers) {
      const fromPercent = activePercent(c.then.active, c.then.available);
      const toPercent = activePercent(c.now.active, c.now.available);
      if (fromPercent === null || toPercent === null) continue;
      const fall = (Math.round(fromPercent * 100) - Math.round(toPercent * 100)) / 100;
      falling.push({ ...figures(c, fall, c.falling), fromMonth, fromPercent, toPercent });
    }
  }
  return { month, unassigned: top(unassigned), inactive: top(inactive), falling: top(falling) };
}

/** Each customer's seats now and then, and its subscriptions' parts of each figure. */
function customerSeats(cube: UsageCube, month: string | null, fromMonth: string | null): Customer[] {
  const now = month === null ? undefined : cube.monthColumns.get(month);
  if (now === undefined) return [];
  const then = fromMonth === null ? undefined : cube.monthColumns.get(fromMonth);
  const names = customerNames(cube);
  const { subscriptionSeats: seats, subscriptionAssigned: assigned, monthCount } = cube;
  const byKey = new Map<string, Customer>();
  const seatsAt = (slot: number, column: number | undefined): Seats | null => {
    if (column === undefined) return null;
    const at = slot * monthCount + column;
    if ((seats[at * 3 + 2] as number) === 0) return null;
    return { available: seats[at * 3]!, assigned: assigned[at]!, active: seats[at * 3 + 1]! };
  };
  for (const ledger of cube.subscriptions) {
    const s1 = seatsAt(ledger.slot, now);
    const s0 = seatsAt(ledger.slot, then);
    if (!s1 && !s0) continue;
    const key = ledger.customerKey;
    let c = byKey.get(key);
    if (!c) {
      const zero = () => ({ available: 0, assigned: 0, active: 0 });
      const name = names.get(key) ?? ledger.customerName;
      c = { key, name, now: zero(), then: zero(), unassigned: [], inactive: [], falling: [] };
      byKey.set(key, c);
    }
    // The earlier figures are the customer's whole, also subscriptions gone since.
    if (s0) add(c.then, s0);
    if (!s1) continue;
    add(c.now, s1);
    const id = ledger.subscriptionId;
    c.unassigned.push({ id, value: s1.available - s1.assigned });
    c.inactive.push({ id, value: s1.assigned - s1.active });
    const p0 = s0 ? activePercent(s0.active, s0.available) : null;
    const p1 = activePercent(s1.active, s1.available);
    if (p0 !== null && p1 !== null) c.falling.push({ id, value: p0 - p1 });
  }
  // Customers with no rows in the last month are gone: nothing left to act on.
  return [...byKey.values()].filter((c) => c.unassigned.length > 0);
}

function add(sum: Seats, seats: Seats): void {
  sum.available += seats.available;
  sum.assigned += seats.assigned;
  sum.active += seats.active;
}

/** The parts above zero, largest first (ties by id). */
function ranked(parts: Part[]): Part[] {
  return parts.filter((p) => p.value > 0).sort((a, b) => b.value - a.value || compareText(a.id, b.id));
}

/** The customers with a figure above zero, largest first (ties by name, then key), the first `OPPORTUNITY_TOP`. */
function top<T extends OpportunityCustomer>(customers: T[]): T[] {
  return customers
    .filter((c) => c.value > 0)
    .sort(
      (a, b) =>
        b.value - a.value ||
        compareText(a.customerName, b.customerName) ||
        compareText(a.customerKey, b.customerKey),
    )
    .slice(0, OPPORTUNITY_TOP);
}
