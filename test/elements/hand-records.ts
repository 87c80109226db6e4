/**
 * The export rows behind every element test, as a portal back end would send them (PascalCase keys,
 * strings). The same three subscriptions as test/core/hand-fixture.ts, so figures are worked out by hand:
 *   Jan: S1 10/8/5, S3 0/0/1 → 10 available, 8 assigned, 6 active, 60 %
 *   Feb: S1 10/9/7, S2 5/5/5 → 15, 14, 12, 80 %
 *   Mar: S1 12/10/13, S2 5/4/2, S3 20/15/10 → 37, 29, 25, 67.57 %
 */
export const HAND_RECORDS: Record<string, string>[] = [
  row('S1', '2026-01-01', 'tA', 'Alpha', 'Sales', 'United States', 10, 8, 5),
  row('S1', '2026-02-01', 'tA', 'Alpha', 'Sales', 'United States', 10, 9, 7),
  row('S1', '2026-03-01', 'tA', 'Alpha', 'Sales', 'United States', 12, 10, 13),
  row('S2', '2026-02-01', 'tA', 'Alpha', 'Finance', 'Netherlands', 5, 5, 5),
  row('S2', '2026-03-01', 'tA', 'Alpha', 'Finance', 'Netherlands', 5, 4, 2),
  row('S3', '2026-01-01', 'tB', 'Beta', 'Sales', 'Atlantis', 0, 0, 1),
  row('S3', '2026-03-01', 'tB', 'Beta', 'Sales', 'Atlantis', 20, 15, 10),
];

function row(
  id: string,
  month: string,
  tenant: string,
  name: string,
  sku: string,
  market: string,
  available: number,
  assigned: number,
  active: number,
): Record<string, string> {
  return {
    SubscriptionId: id,
    Month: month,
    CustomerTenantId: tenant,
    CustomerName: name,
    SKU: sku,
    CustomerMarket: market,
    AvailableSeats: String(available),
    AssignedSeats: String(assigned),
    ActiveSeats: String(active),
  };
}

/** The same rows as CSV text, CRLF and a BOM, as Partner Center writes it. */
export function handCsv(): string {
  const header = Object.keys(HAND_RECORDS[0] ?? {});
  const lines = [header.join(','), ...HAND_RECORDS.map((r) => header.map((h) => r[h]).join(','))];
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
