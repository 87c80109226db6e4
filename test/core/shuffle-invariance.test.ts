import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readUsageTable } from '../../src/table/read-usage-table.js';
import { cubeFromTable } from '../../src/core/cube-from-table.js';
import { computeReport } from '../../src/core/compute-report.js';
import type { UsageReport } from '../../src/core/report.js';

/**
 * Property: the report does not depend on the order of an export's rows (README "The report document",
 * tie rules), as a warehouse without a file order needs. Only line numbers may change: skipped rows'
 * `line`, the lines a warning lists and the "line N" in their sentences are masked before comparing.
 */

const SEEDS = [1, 2, 3, 20261202, 987654321];

// Rows planting every tie the rules decide (27 columns as the generator writes them; Month is column 5):
// - subscription TIE-1 has two rows in the latest month that disagree on name, SKU and market spelling;
// - customer key tenant-tie has two names in its latest month (TIE-1's two rows and TIE-2);
// - Iceland is written "Iceland" and "ISL", twice each in 2026-10 (a tie in rows), "Iceland" 3 : 1 in 2026-09;
//   the Netherlands also as "Holland";
// - SKUs Tie SKU A and Tie SKU B have equal seats; customers Twin Corp (two keys) equal revenue and seats.
const PLANTED = [
  row('TIE-1', '2026-10-01', 'Tie SKU A', 'Tie Company', 'tenant-tie', 'Netherlands', 7, 5, 3, '10.10'),
  row('TIE-1', '2026-10-01', 'Tie SKU B', 'Tie Co', 'tenant-tie', 'Holland', 2, 2, 1, '0.20'),
  row('TIE-2', '2026-10-01', 'Tie SKU B', 'Tie Corp', 'tenant-tie', 'Holland', 5, 5, 5, '0.30'),
  row('TIE-2', '2026-09-01', 'Tie SKU B', 'Tie Corp', 'tenant-tie', 'Holland', 5, 5, 5, '0.30'),
  row('ICE-1', '2026-10-01', 'Tie SKU A', 'Ice One', 'tenant-ice-1', 'Iceland', 1, 1, 1, ''),
  row('ICE-2', '2026-10-01', 'Tie SKU A', 'Ice Two', 'tenant-ice-2', 'ISL', 1, 1, 0, ''),
  row('ICE-3', '2026-10-01', 'Tie SKU A', 'Ice Two', 'tenant-ice-2', 'Iceland', 1, 0, 0, ''),
  row('ICE-4', '2026-10-01', 'Tie SKU B', 'Ice One', 'tenant-ice-1', 'ISL', 1, 1, 1, ''),
  row('ICE-1', '2026-09-01', 'Tie SKU A', 'Ice One', 'tenant-ice-1', 'Iceland', 1, 1, 1, ''),
  row('ICE-2', '2026-09-01', 'Tie SKU A', 'Ice Two', 'tenant-ice-2', 'Iceland', 1, 1, 1, ''),
  row('ICE-3', '2026-09-01', 'Tie SKU A', 'Ice Two', 'tenant-ice-2', 'Iceland', 1, 1, 1, ''),
  row('ICE-4', '2026-09-01', 'Tie SKU B', 'Ice One', 'tenant-ice-1', 'ISL', 1, 1, 1, ''),
  row(
    'TWIN-1',
    '2026-10-01',
    'Tie SKU A',
    'Twin Corp',
    'tenant-twin-1',
    'Luxembourg',
    900,
    9,
    9,
    '99999999.99',
  ),
  row(
    'TWIN-2',
    '2026-10-01',
    'Tie SKU B',
    'Twin Corp',
    'tenant-twin-2',
    'Luxembourg',
    900,
    9,
    9,
    '99999999.99',
  ),
];

function row(
  id: string,
  month: string,
  sku: string,
  name: string,
  tenant: string,
  market: string,
  available: number,
  assigned: number,
  active: number,
  revenue: string,
): string {
  return [
    id,
    '2025-01-01',
    '2027-01-01',
    'Active',
    month,
    'Dynamics',
    'Sales',
    sku,
    `${sku}-id`,
    'Paid',
    'Indirect',
    'Indirect Reseller',
    name,
    tenant,
    '1',
    'Corporate',
    market,
    '1',
    'Partner',
    'Canada',
    'PAL',
    available,
    assigned,
    active,
    available - active,
    '',
    revenue,
  ].join(',');
}

/** The file's records (a quoted cell may hold a line break), each with its line break. */
function records(text: string): string[] {
  const out: string[] = [];
  let start = 0;
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') quoted = !quoted;
    else if (c === '\n' && !quoted) {
      out.push(text.slice(start, i + 1));
      start = i + 1;
    }
  }
  if (start < text.length) out.push(`${text.slice(start)}\n`);
  return out;
}

/** mulberry32: a seeded shuffle, the same on every machine. */
function shuffled<T>(items: readonly T[], seed: number): T[] {
  let state = seed >>> 0;
  const random = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

async function reportOf(text: string, month?: string): Promise<UsageReport> {
  const result = await readUsageTable(
    (async function* () {
      yield text;
    })(),
  );
  if (result.kind !== 'table') throw new Error('not an export');
  return computeReport(cubeFromTable(result.table), result.stats, { top: 20, ...(month && { month }) });
}

const maskLines = (text: string) => text.replace(/\blines? [\d, and]+\d/g, 'line #');

/** The document as JSON with its line numbers masked (skipped rows then sorted by their reason). */
function withoutLines(report: UsageReport): string {
  const input = {
    ...report.input,
    skipped: report.input.skipped.map((s) => maskLines(s.reason)).sort(),
    warnings: report.input.warnings.map(({ lines, ...warning }) => ({
      ...warning,
      lines: lines?.length,
      message: maskLines(warning.message),
      values: warning.values && { ...warning.values, line: '#' },
    })),
  };
  return JSON.stringify({ ...report, input });
}

describe('the report does not depend on the order of the rows', () => {
  it('shuffling a generated export with planted ties (five seeds) leaves the document unchanged but for line numbers', async () => {
    const generated = spawnSync(
      process.execPath,
      ['demo/data/generate-sample.mjs', '--subs', '300', '--out', '-'],
      { encoding: 'utf8', maxBuffer: 1 << 28 },
    );
    assert.equal(generated.status, 0, generated.stderr);
    const [header, ...data] = records(generated.stdout);
    const rows = [...data, ...PLANTED.map((line) => `${line}\n`)];
    const expected = withoutLines(await reportOf(header + rows.join('')));
    for (const seed of SEEDS) {
      const actual = withoutLines(await reportOf(header + shuffled(rows, seed).join('')));
      assert.ok(actual === expected, `seed ${seed}: ${firstDifference(actual, expected)}`);
    }
  });

  it('decides each planted tie by value, as the README lists', async () => {
    const generated = spawnSync(
      process.execPath,
      ['demo/data/generate-sample.mjs', '--subs', '20', '--out', '-'],
      { encoding: 'utf8' },
    );
    const [header] = records(generated.stdout);
    const report = await reportOf(header + PLANTED.map((line) => `${line}\n`).join(''));
    const tie1 = report.subscriptions.rows.find((s) => s.subscriptionId === 'TIE-1');
    // Two rows in its latest month: the least customer name ("Tie Co" < "Tie Company") gives them all.
    assert.deepEqual(tie1 && [tie1.customerName, tie1.sku, tie1.market, tie1.available.at(-1)], [
      'Tie Co',
      'Tie SKU B',
      'Holland',
      9,
    ]);
    // tenant-tie's names in 2026-10: Tie Company, Tie Co, Tie Corp; the least is "Tie Co".
    const names = report.topCustomers.customers.filter((c) => c.customerKey === 'tenant-tie');
    assert.deepEqual(
      names.map((c) => c.customerName),
      ['Tie Co'],
    );
    // Iceland in 2026-10: "Iceland" 2 rows (ICE-1, ICE-3), "ISL" 2 (ICE-2, ICE-4): the least, "ISL"
    // ("S" U+0053 before "c" U+0063). The Netherlands: "Netherlands" 1 row, "Holland" 2: the most, Holland.
    const label = (code: string) => report.geo.countries.find((c) => c.code === code)?.market;
    assert.equal(label('IS'), 'ISL');
    assert.equal(label('NL'), 'Holland');
    // In 2026-09 Iceland is "Iceland" 3 rows and "ISL" 1: the most rows come before code-unit order.
    const september = await reportOf(header + PLANTED.map((line) => `${line}\n`).join(''), '2026-09');
    assert.equal(september.geo.countries.find((c) => c.code === 'IS')?.market, 'Iceland');
    // Twin Corp twice, same revenue and seats: by key.
    assert.deepEqual(
      report.topCustomers.customers.slice(0, 2).map((c) => c.customerKey),
      ['tenant-twin-1', 'tenant-twin-2'],
    );
  });
});

function firstDifference(a: string, b: string): string {
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return `…${a.slice(Math.max(0, i - 120), i + 80)}… vs …${b.slice(Math.max(0, i - 120), i + 80)}…`;
}
