// A known column given twice is refused by name through the CLI, whichever shape the export has.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { describe, it } from 'node:test';
import type { UsageReport } from '../../src/core/report.js';

const CLI = ['--import', 'tsx', 'src/cli/dyn-usage.ts'];
const HEADER =
  'SubscriptionId,Month,SKU,CustomerName,CustomerMarket,AvailableSeats,AssignedSeats,ActiveSeats';

function run(input: string, args: string[] = []) {
  const result = spawnSync(process.execPath, [...CLI, 'report', '-', ...args], { encoding: 'utf8', input });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('dyn-usage report: a column given twice', () => {
  it('refuses AvailableSeats twice in a CSV header, naming both positions, and exits 1', () => {
    const { code, stdout, stderr } = run(
      `${HEADER},AvailableSeats\ns1,2026-06-01,Sales,C,Germany,5,1,1,50\n`,
    );
    assert.equal(code, 1);
    assert.equal(stdout, '');
    assert.equal(
      stderr,
      'dyn-usage: Column AvailableSeats is given twice: "AvailableSeats" (column 6) and "AvailableSeats" (column 9)\n',
    );
  });

  it('refuses "Available Seats" beside AvailableSeats in a TSV header', () => {
    const header = `Available Seats\t${HEADER.replaceAll(',', '\t')}`;
    const { code, stderr } = run(`${header}\n50\ts1\t2026-06-01\tSales\tC\tGermany\t5\t1\t1\n`);
    assert.equal(code, 1);
    assert.equal(
      stderr,
      'dyn-usage: Column AvailableSeats is given twice: "Available Seats" (column 1) and "AvailableSeats" (column 7)\n',
    );
  });

  it('refuses a JSON row object with the keys AvailableSeats and availableSeats', () => {
    const row = { SubscriptionId: 's1', Month: '2026-06-01', SKU: 'Sales', CustomerName: 'C' };
    const rows = [
      { ...row, CustomerMarket: 'Germany', AvailableSeats: 5, AssignedSeats: 1, ActiveSeats: 1 },
      {
        ...row,
        CustomerMarket: 'Germany',
        AvailableSeats: 5,
        AssignedSeats: 1,
        ActiveSeats: 1,
        availableSeats: 50,
      },
    ];
    const { code, stdout, stderr } = run(JSON.stringify({ value: rows }));
    assert.equal(code, 1);
    assert.equal(stdout, '');
    assert.equal(
      stderr,
      'dyn-usage: Column AvailableSeats is given twice: keys "AvailableSeats" and "availableSeats" (line 3)\n',
    );
  });

  it('reads a file whose unknown column repeats', () => {
    const { code, stdout, stderr } = run(`${HEADER},Note,note\ns1,2026-06-01,Sales,C,Germany,5,1,1,a,b\n`, [
      '--from',
      '2026-06',
    ]);
    assert.equal(code, 0, stderr);
    const report = JSON.parse(stdout) as UsageReport;
    assert.deepEqual(report.summary.available, [5]);
  });
});
