import type { UsageRecord } from '../../src/data/usage-record.js';
import { createUsageCube } from '../../src/core/usage-cube.js';

type Row = [
  id: string,
  month: string,
  key: string,
  name: string,
  sku: string,
  market: string,
  code: string | null,
  available: number,
  assigned: number,
  active: number,
  revenue: number | null,
];

/**
 * Three subscriptions, two customers, two SKUs, two countries and one unknown market over
 * 2026-01..2026-03: small enough that every figure in the tests is worked out by hand beside it.
 */
export const HAND_ROWS: Row[] = [
  ['S1', '2026-01', 'tA', 'Alpha', 'Sales', 'United States', 'US', 10, 8, 5, 100],
  ['S1', '2026-02', 'tA', 'Alpha', 'Sales', 'United States', 'US', 10, 9, 7, 100],
  ['S1', '2026-03', 'tA', 'Alpha', 'Sales', 'United States', 'US', 12, 10, 13, 120],
  ['S2', '2026-02', 'tA', 'Alpha', 'Finance', 'Netherlands', 'NL', 5, 5, 5, 250],
  ['S2', '2026-03', 'tA', 'Alpha', 'Finance', 'Netherlands', 'NL', 5, 4, 2, 250],
  ['S3', '2026-01', 'tB', 'Beta', 'Sales', 'Atlantis', null, 0, 0, 1, null],
  ['S3', '2026-03', 'tB', 'Beta', 'Sales', 'Atlantis', null, 20, 15, 10, 50],
];

export function handRecords(options: { withRevenue?: boolean } = {}): UsageRecord[] {
  const { withRevenue = true } = options;
  return HAND_ROWS.map(([id, month, key, name, sku, market, code, available, assigned, active, revenue]) => ({
    subscriptionId: id,
    month,
    sku,
    customerName: name,
    customerKey: key,
    customerTenantId: key,
    market,
    marketCode: code,
    segment: 'SMB',
    available,
    assigned,
    active,
    billedRevenue: withRevenue ? revenue : null,
  }));
}

export function handCube(options: { withRevenue?: boolean } = {}) {
  const cube = createUsageCube();
  // Reversed so that nothing depends on rows arriving in month order.
  for (const record of handRecords(options).reverse()) cube.add(record, []);
  return cube;
}
