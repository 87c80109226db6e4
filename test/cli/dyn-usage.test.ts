import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { csvParse } from 'd3-dsv';
import type { UsageReport } from '../../src/core/report.js';

const CLI = ['--import', 'tsx', 'src/cli/dyn-usage.ts'];
const SAMPLE = 'demo/data/dynamics-usage-sample.csv';

function run(args: string[], input?: string) {
  const result = spawnSync(process.execPath, [...CLI, ...args], {
    encoding: 'utf8',
    input,
    maxBuffer: 1 << 28,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function report(args: string[], input?: string): UsageReport {
  const { code, stdout, stderr } = run(args, input);
  assert.equal(code, 0, stderr);
  return JSON.parse(stdout) as UsageReport;
}

describe('dyn-usage report', () => {
  it('dyn-usage report FILE prints the hand-worked figures', () => {
    const doc = report(['report', 'test/fixtures/hand-export.csv', '--from', '2026-01']);
    assert.deepEqual(doc.months, ['2026-01', '2026-02', '2026-03']);
    assert.equal(doc.month, '2026-03');
    assert.deepEqual(doc.summary.available, [10, 15, 37]);
    assert.deepEqual(doc.summary.activePercent, [60, 80, 67.57]);
    assert.deepEqual(doc.geo.unmatched, [{ market: 'Atlantis', rows: 1 }]);
    assert.equal(doc.topCustomers.rankedBy, 'availableSeats');
    // Rows per month by hand: January S1 and S3, February S1 and S2, March S1, S2 and S3.
    assert.deepEqual(doc.input, {
      rows: 7,
      monthRows: [2, 2, 3],
      skipped: [],
      skippedCount: 0,
      emptyAvailable: 0,
      warnings: [],
    });
    assert.equal(doc.latestMonth, '2026-03');
  });

  it('dyn-usage report - reads standard input, and --top/--month apply', () => {
    const doc = report(
      ['report', '-', '--top', '1', '--month', '2026-02', '--from', '2026-01'],
      readFileSync('test/fixtures/hand-export.csv', 'utf8'),
    );
    assert.equal(doc.topCustomers.customers.length, 1);
    assert.equal(doc.month, '2026-02');
    assert.deepEqual(
      doc.distribution.map((d) => [d.sku, d.available]),
      [
        ['Sales', 10],
        ['Finance', 5],
      ],
    );
  });

  it('names every missing column and exits 1', () => {
    const { code, stderr, stdout } = run(['report', 'test/fixtures/missing-columns.csv']);
    assert.equal(code, 1);
    assert.equal(stdout, '');
    assert.match(
      stderr,
      /Missing required columns?: .*Month.*ActiveSeats|Missing required columns?: .*ActiveSeats/,
    );
  });

  it('reports skipped rows with their lines on stderr and in input.skipped', () => {
    const { code, stdout, stderr } = run(['report', 'test/fixtures/bad-rows.csv']);
    assert.equal(code, 0, stderr);
    const doc = JSON.parse(stdout) as UsageReport;
    assert.deepEqual(
      doc.input.skipped.map((s) => s.line),
      [3, 4, 5, 6, 8, 9, 11],
    );
    assert.match(stderr, /^dyn-usage: 7 rows skipped \(first: line 3: .*not-a-month/m);
  });

  it('gives clear messages for a missing file, bad options and a bad command', () => {
    assert.match(run(['report', 'no/such.csv']).stderr, /cannot read no\/such\.csv: no such file/);
    const badMonth = run(['report', 'test/fixtures/hand-export.csv', '--from', '2026-13']);
    assert.equal(badMonth.code, 2);
    assert.match(badMonth.stderr, /invalid --from: "2026-13"/);
    const badTop = run(['report', 'x.csv', '--top', 'many']);
    assert.equal(badTop.code, 2);
    assert.match(badTop.stderr, /invalid --top/);
    assert.equal(run(['frobnicate']).code, 2);
    assert.match(run(['--help']).stdout, /Usage: dyn-usage report/);
  });

  it('refuses a report document as input', () => {
    const doc = run(['report', 'test/fixtures/hand-export.csv']).stdout;
    const { code, stderr } = run(['report', '-'], doc);
    assert.equal(code, 1);
    assert.match(stderr, /already a report document/);
  });
});

describe('dyn-usage report on the bundled sample', () => {
  // An independent route: d3-dsv's parser and a plain loop in this test, not the kit's reader or core.
  const rows = csvParse(readFileSync(SAMPLE, 'utf8').replace(/^\uFEFF/, ''));
  function monthOf(text: string): string | null {
    const iso = /^(\d{4})-(\d{2})(-\d{2})?/.exec(text);
    if (iso) return Number(iso[2]) >= 1 && Number(iso[2]) <= 12 ? `${iso[1]}-${iso[2]}` : null;
    const us = /^(\d{1,2})\/\d{1,2}\/(\d{4})/.exec(text);
    return us ? `${us[2]}-${us[1]!.padStart(2, '0')}` : null;
  }
  const valid = rows.filter((row) => {
    const seats = [row.AvailableSeats, row.AssignedSeats, row.ActiveSeats];
    return monthOf(row.Month ?? '') !== null && seats.every((s) => s === '' || /^\d+$/.test(s ?? ''));
  });

  it('matches an independent sum of the last month, and skips exactly the 5 planted bad rows', () => {
    const doc = report(['report', SAMPLE]);
    assert.equal(doc.months.length, 12);
    assert.equal(doc.month, '2026-10');
    const october = valid.filter((row) => monthOf(row.Month!) === '2026-10');
    const sum = (key: string) => october.reduce((total, row) => total + Number(row[key] || 0), 0);
    assert.equal(doc.summary.available.at(-1), sum('AvailableSeats'));
    assert.equal(doc.summary.assigned.at(-1), sum('AssignedSeats'));
    assert.equal(doc.summary.active.at(-1), sum('ActiveSeats'));
    assert.equal(doc.input.rows, valid.length);
    // The generator planted them (demo/data/README.md); lines checked with grep -n.
    assert.deepEqual(
      doc.input.skipped.map((s) => s.line),
      [43, 584, 1223, 2104, 3325],
    );
    assert.equal(doc.input.emptyAvailable, valid.filter((row) => row.AvailableSeats === '').length);
  });

  it('places every market but Unknown and Atlantis, and ranks customers by billed revenue', () => {
    const doc = report(['report', SAMPLE]);
    assert.deepEqual(doc.geo.unmatched.map((u) => u.market).sort(), ['Atlantis', 'Unknown']);
    assert.equal(doc.geo.countryCount, 56);
    assert.equal(doc.topCustomers.rankedBy, 'billedRevenue');
    assert.equal(doc.topCustomers.customers.length, 100);
    const windowMonths = new Set(doc.months);
    const revenue = new Map<string, number>();
    for (const row of valid) {
      if (!windowMonths.has(monthOf(row.Month!)!)) continue;
      const key = row.CustomerTenantId!;
      revenue.set(key, (revenue.get(key) ?? 0) + Number(row.BilledRevenueUSD || 0));
    }
    const [topKey, topRevenue] = [...revenue].sort((a, b) => b[1] - a[1])[0]!;
    assert.equal(doc.topCustomers.customers[0]!.customerKey, topKey);
    assert.ok(Math.abs(doc.topCustomers.customers[0]!.billedRevenue! - topRevenue) < 0.01);
  });
});
