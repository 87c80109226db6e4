import { compareText } from './compare-text.js';
import type { TopCustomer, UsageReport } from './report.js';

/**
 * A report document with its revenue taken out, as `revenue: false` would have made it: no `billedRevenue`
 * key, the top customers ranked by available seats. For a document made elsewhere, whose customers are the
 * top by revenue: they are re-ordered, but customers outside them cannot come in (the document has no
 * others), so a report for viewers who may not see revenue is better made with `revenue: false`.
 * Returns `report` itself when it holds no revenue.
 */
export function reportWithoutRevenue(report: UsageReport): UsageReport {
  const { rankedBy, customers } = report.topCustomers;
  if (rankedBy === 'availableSeats' && customers.every((c) => !('billedRevenue' in c))) return report;
  const bySeats = customers
    .map(({ customerKey, customerName, availableSeats }): TopCustomer => ({
      customerKey,
      customerName,
      availableSeats,
    }))
    .sort(
      (a, b) =>
        b.availableSeats - a.availableSeats ||
        compareText(a.customerName, b.customerName) ||
        compareText(a.customerKey, b.customerKey),
    );
  return { ...report, topCustomers: { rankedBy: 'availableSeats', customers: bySeats } };
}
