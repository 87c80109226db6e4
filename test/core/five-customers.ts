import { computeReport } from '../../src/core/compute-report.js';
import type { SubscriptionTrend, UsageReport } from '../../src/core/report.js';
import { handCube } from './hand-fixture.js';

const sub = (id: string, key: string, name: string, available: [number, number]): SubscriptionTrend => ({
  subscriptionId: id,
  customerName: name,
  customerKey: key,
  sku: 'Sales',
  market: 'Norway',
  segment: '',
  available,
  active: [0, 0],
  activePercent: [0, 0],
});

/**
 * Five customers over two months. Ranked by revenue: Alpha, then Echo. The others follow by March
 * available seats: Gamma 30, Beta 9 + 2 = 11, Délta AB 5 (Echo too has 5, but is ranked).
 */
export function fiveCustomers(): UsageReport {
  const base = computeReport(handCube(), { emptyAvailable: 0 });
  const rows = [
    sub('s1', 'tA', 'Alpha', [1, 4]),
    sub('s2', 'tB', 'Beta', [0, 9]),
    sub('s3', 'tB', 'Beta', [2, 2]),
    sub('s4', 'tD', 'Délta AB', [5, 5]),
    sub('s5', 'tE', 'Echo', [0, 5]),
    sub('s6', 'tG', 'Gamma', [3, 30]),
  ];
  return {
    ...base,
    months: ['2026-02', '2026-03'],
    subscriptions: { total: rows.length, rows },
    topCustomers: {
      rankedBy: 'billedRevenue',
      customers: [
        { customerKey: 'tA', customerName: 'Alpha', billedRevenue: 900, availableSeats: 4 },
        { customerKey: 'tE', customerName: 'Echo', billedRevenue: 800, availableSeats: 5 },
      ],
    },
  };
}
