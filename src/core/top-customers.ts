import { compareText } from './compare-text.js';
import { DEFAULT_TOP } from './report.js';
import type { TopCustomer, TopCustomersSection } from './report.js';
import type { CustomerLedger, UsageCube } from './usage-cube.js';

export interface TopCustomersOptions {
  /** How many customers. Default 100. */
  top?: number;
  /** Billed revenue (USD) per customer key or name; when given, it replaces the export's revenue cells. */
  revenue?: Record<string, number>;
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
  const { top = DEFAULT_TOP, revenue } = options;
  const rankedBy = revenue !== undefined || cube.hasRevenue ? 'billedRevenue' : 'availableSeats';
  const columns = months.flatMap((month) => cube.monthColumns.get(month) ?? []);
  const lastColumn = cube.monthColumns.get(months[months.length - 1] ?? '');
  const customers: TopCustomer[] = [];
  for (const customer of cube.customers) {
    const base = customer.slot * cube.monthCount;
    if (!columns.some((column) => (cube.customerRows[base + column] as number) > 0)) continue;
    customers.push({
      customerKey: customer.customerKey,
      customerName: customer.customerName,
      billedRevenue: rankedBy === 'billedRevenue' ? customerRevenue(cube, customer, columns, revenue) : null,
      availableSeats: lastColumn === undefined ? 0 : (cube.customerAvailable[base + lastColumn] as number),
    });
  }
  customers.sort(
    (a, b) =>
      (b.billedRevenue ?? 0) - (a.billedRevenue ?? 0) ||
      b.availableSeats - a.availableSeats ||
      compareText(a.customerName, b.customerName) ||
      compareText(a.customerKey, b.customerKey),
  );
  return { rankedBy, customers: customers.slice(0, Math.max(0, top)) };
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
