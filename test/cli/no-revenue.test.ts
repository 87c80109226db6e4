import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import type { UsageReport } from '../../src/core/report.js';

const CLI = ['--import', 'tsx', 'src/cli/dyn-usage.ts'];
// 21 rows over 2026-01..2026-03 with a BilledRevenueUSD column.
const EXPORT = 'test/fixtures/revenue-small.csv';

function run(args: string[]) {
  const result = spawnSync(process.execPath, [...CLI, ...args], { encoding: 'utf8' });
  assert.equal(result.status, 0, result.stderr);
  return result.stdout;
}

describe('dyn-usage report --no-revenue', () => {
  it('prints a document with no revenue in it, key or value', () => {
    const withRevenue = run(['report', EXPORT]);
    // Müller & Söhne: 4000 + 4000 + 2000 = 10000, the top by revenue.
    assert.match(withRevenue, /"billedRevenue":10000/);
    const stdout = run(['report', EXPORT, '--no-revenue']);
    assert.doesNotMatch(stdout, /revenue/i);
    assert.doesNotMatch(stdout, /10000/);
  });

  it('ranks the top customers by available seats in the window’s last month', () => {
    const doc = JSON.parse(run(['report', EXPORT, '--no-revenue', '--top', '4'])) as UsageReport;
    assert.equal(doc.topCustomers.rankedBy, 'availableSeats');
    // March seats: Contoso 50; Fabrikam 40 and Müller 30 + 10 = 40 (tie: by name); Smith, Jones 20.
    assert.deepEqual(
      doc.topCustomers.customers.map((c) => [c.customerName, c.availableSeats]),
      [
        ['Contoso Ltd', 50],
        ['Fabrikam Inc', 40],
        ['Müller & Söhne GmbH', 40],
        ['Smith, Jones & Partners', 20],
      ],
    );
  });

  it('is in the help', () => {
    assert.match(run(['--help']), /--no-revenue/);
  });
});
