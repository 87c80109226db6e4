import { reportFromText } from '../../src/core/report-from.js';
import type { UsageReport } from '../../src/core/report.js';

/**
 * An export with one unusual month, for the charts' markers: three SKUs grow steadily from November
 * 2025 to October 2026, until a customer gives back 150 Sales seats in July 2026 (they stay gone). The
 * totals' and Sales' available, assigned and active seats are unusual in July; nothing else is.
 */
export const PLANTED_DROP_CSV = [
  'SubscriptionId,Month,CustomerTenantId,CustomerName,SKU,CustomerMarket,AvailableSeats,AssignedSeats,ActiveSeats',
  ...Array.from({ length: 12 }, (_, m) => {
    const month = m < 2 ? `2025-${11 + m}` : `2026-${String(m - 1).padStart(2, '0')}`;
    const sales = 400 + 12 * m - (m >= 8 ? 150 : 0);
    const rows: [string, string, string, string, number][] = [
      ['S1', 'tC', 'Contoso', 'Dynamics 365 Sales', sales],
      ['S2', 'tF', 'Fabrikam', 'Dynamics 365 Finance', 220 + 6 * m + (m % 3)],
      ['S3', 'tT', 'Tailspin', 'Dynamics 365 Field Service', 160 + 4 * m + (m % 2)],
    ];
    return rows.map(
      ([id, tenant, name, sku, seats]) =>
        `${id},${month}-01,${tenant},${name},${sku},Netherlands,${seats},${Math.round(seats * 0.85)},${Math.round(seats * 0.6)}`,
    );
  }).flat(),
].join('\r\n');

/**
 * Its report document with insights, as the CLI prints it: a section loading `src` or `records` computes
 * no insights (they read every subscription), so the markers show for a report given to it.
 */
export function plantedDropReport(): UsageReport {
  return reportFromText(PLANTED_DROP_CSV);
}
