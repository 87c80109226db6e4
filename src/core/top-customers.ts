import { compareText } from './compare-text.js';
import { DEFAULT_TOP } from './report.js';
import { runToEnd } from './run-steps.js';
import type { TopCustomer, TopCustomersSection } from './report.js';
import type { CustomerLedger, UsageCube } from './usage-cube.js';

export interface TopCustomersOptions {
  /** How many customers. Default 100. */
  top?: number;
  /**
   * Billed revenue (USD) per customer key or name; when given, it replaces the export's revenue cells.
   * `false`: no revenue at all, ranked by available seats, and no `billedRevenue` key in the customers.
   */
  revenue?: Record<string, number> | false;
}

/**
 * The top customers: by billed revenue summed over the window when the export has a `BilledRevenueUSD`
 * column or a revenue map is given, otherwise by available seats in the window's last month.
 * Ties fall back to available seats, then name, so the order is stable.
 */
export function computeTopCustomers(
  cube: UsageCube,
  months: readonly string[],
  options: TopCustomersOptions = {},
): TopCustomersSection {
  return runToEnd(topCustomerSteps(cube, months, options));
}

/** Customers looked at between two yields of `topCustomerSteps`. */
const STEP_CUSTOMERS = 4096;

/** `computeTopCustomers` in steps: it yields every few thousand customers, so a caller can pause. */
export function* topCustomerSteps(
  cube: UsageCube,
  months: readonly string[],
  options: TopCustomersOptions = {},
): Generator<void, TopCustomersSection> {
  const { top = DEFAULT_TOP, revenue } = options;
  const rankedBy = topCustomersRankedBy(cube, options);
  const columns = months.flatMap((month) => cube.monthColumns.get(month) ?? []);
  const lastColumn = cube.monthColumns.get(months[months.length - 1] ?? '');
  const customers: TopCustomer[] = [];
  let done = 0;
  for (const customer of cube.customers) {
    if (++done % STEP_CUSTOMERS === 0) yield;
    const base = customer.slot * cube.monthCount;
    if (!columns.some((column) => (cube.customerRows[base + column] as number) > 0)) continue;
    const { customerKey, customerName } = customer;
    const availableSeats =
      lastColumn === undefined ? 0 : (cube.customerAvailable[base + lastColumn] as number);
    // Without revenue the key itself goes: a document for viewers who may not see revenue names none.
    customers.push(
      revenue === false
        ? { customerKey, customerName, availableSeats }
        : {
            customerKey,
            customerName,
            billedRevenue:
              rankedBy === 'billedRevenue' ? customerRevenue(cube, customer, columns, revenue) : null,
            availableSeats,
          },
    );
  }
  yield;
  const count = Math.max(0, Math.min(top, customers.length));
  // The order's first key alone, sorted natively, gives the value the last of the top customers has at
  // least: only customers at or above it are sorted with the full comparator (a hundred, not 20,000).
  const firstKey = (c: TopCustomer) =>
    rankedBy === 'billedRevenue' ? (c.billedRevenue ?? 0) : c.availableSeats;
  const keys = Float64Array.from(customers, firstKey).sort();
  const least = count > 0 ? (keys[keys.length - count] as number) : Number.POSITIVE_INFINITY;
  const ranked = customers.filter((c) => firstKey(c) >= least);
  ranked.sort(
    (a, b) =>
      (b.billedRevenue ?? 0) - (a.billedRevenue ?? 0) ||
      b.availableSeats - a.availableSeats ||
      compareText(a.customerName, b.customerName) ||
      compareText(a.customerKey, b.customerKey),
  );
  return { rankedBy, customers: ranked.slice(0, count) };
}

/**
 * What the top customers are ranked by: billed revenue when the export has it or a map gives it, unless
 * `revenue: false` takes it away.
 */
export function topCustomersRankedBy(
  cube: UsageCube,
  options: TopCustomersOptions,
): TopCustomersSection['rankedBy'] {
  if (options.revenue === false) return 'availableSeats';
  return options.revenue !== undefined || cube.hasRevenue ? 'billedRevenue' : 'availableSeats';
}

function customerRevenue(
  cube: UsageCube,
  customer: CustomerLedger,
  columns: readonly number[],
  revenue: Record<string, number> | undefined,
): number | null {
  if (revenue !== undefined) {
    return revenue[customer.customerKey] ?? revenue[customer.customerName] ?? null;
  }
  let sum: number | null = null;
  for (const column of columns) {
    const value = cube.customerRevenue[customer.slot * cube.monthCount + column] as number;
    if (!Number.isNaN(value)) sum = (sum ?? 0) + value;
  }
  // Cents are the currency's precision; summing floats leaves noise below them.
  return sum === null ? null : Math.round(sum * 100) / 100;
}
