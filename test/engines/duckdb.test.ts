// The report as SQL on a real engine (`npm run test:engines`, not in `npm test`): DuckDB, through the
// optional @duckdb/node-api, runs reportSql's statements on each fixture and on a generated export, and
// the document must equal reportFromText's of the same file, field by field, insights included. What SQL
// cannot give is taken out of the kit's first (README "The report as SQL"): skipped rows' details and lines.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { computeReport } from '../../src/core/compute-report.js';
import { cubeFromTable } from '../../src/core/cube-from-table.js';
import { reportFromText } from '../../src/core/report-from.js';
import { readUsageTable } from '../../src/table/read-usage-table.js';
import type { UsageReport } from '../../src/core/report.js';
import { openDuckdbExport } from '../../src/cli/duckdb-engine.js';
import { reportFromQueries } from '../../src/sql/report-from-queries.js';
import type { ReportFromQueriesOptions } from '../../src/sql/report-from-queries.js';
import { assertSameDocument, comparable } from './same-document.js';

const fixture = (name: string) => new URL(`../fixtures/${name}`, import.meta.url).pathname;
const DUCKDB_PACKAGE = '@duckdb/node-api';
const installed = await import(DUCKDB_PACKAGE).then(
  () => true,
  () => false,
);

async function sqlReport(
  file: string,
  options: Partial<ReportFromQueriesOptions> = {},
): Promise<UsageReport> {
  const db = await openDuckdbExport(file);
  try {
    return await reportFromQueries(db.run, {
      dialect: 'duckdb',
      header: db.header,
      decimal: db.decimal,
      ...options,
    });
  } finally {
    db.close();
  }
}

describe('the report as SQL on DuckDB', { skip: !installed && 'needs @duckdb/node-api' }, () => {
  let dir = '';
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'dyn-usage-engines-'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  for (const name of [
    'hand-export.csv',
    'revenue-small.csv',
    'export-bom-crlf.csv',
    'excel-us-dates.csv',
    'export.tsv',
  ]) {
    it(`gives reportFromText's document for test/fixtures/${name}, also with the rows materialized`, async () => {
      const file = fixture(name);
      const kit = comparable(reportFromText(readFileSync(file, 'utf8')));
      assertSameDocument(await sqlReport(file), kit);
      assertSameDocument(await sqlReport(file, { materialize: 'dyn_usage_rows' }), kit);
    });
  }

  it('gives the same document for a generated export of 300 subscriptions, also with options', async () => {
    const file = join(dir, 'generated.csv');
    execFileSync('node', ['demo/data/generate-sample.mjs', '--subs', '300', '--out', file], {
      stdio: 'ignore',
    });
    const text = readFileSync(file, 'utf8');
    assertSameDocument(await sqlReport(file), comparable(reportFromText(text)));
    const report = reportFromText(text);
    const options = { from: report.months[3]!, to: report.months[8]!, month: report.months[5]!, top: 7 };
    assertSameDocument(await sqlReport(file, options), comparable(reportFromText(text, options)));
    assertSameDocument(
      await sqlReport(file, { revenue: false }),
      comparable(reportFromText(text, { revenue: false })),
    );
  });

  it("finds the core's unusual months with insights: 'anomalies' (the demo sample's planted drop)", async () => {
    const file = 'demo/data/dynamics-usage-sample.csv';
    const options = { subscriptions: false, insights: 'anomalies' } as const;
    const kit = reportFromText(readFileSync(file, 'utf8'), options);
    assert.ok((kit.insights?.anomalies.length ?? 0) > 0);
    const expected = { ...comparable(kit), insights: kit.insights };
    assertSameDocument(await sqlReport(file, options), expected);
  });

  it("gives reportFromText's document for the demo sample (7.7 MB, 21,427 rows, 2,162 subscriptions)", async () => {
    const file = 'demo/data/dynamics-usage-sample.csv';
    assertSameDocument(await sqlReport(file), comparable(reportFromText(readFileSync(file, 'utf8'))));
  });

  it('reads semicolon CSV with decimal commas as the kit does (12,0 seats; 1234,56 revenue)', async () => {
    const file = join(dir, 'semicolon.csv');
    writeFileSync(
      file,
      [
        'SubscriptionId;Month;CustomerName;CustomerMarket;SKU;AvailableSeats;AssignedSeats;ActiveSeats;BilledRevenueUSD',
        's1;01/06/2026;Contoso;Duitsland;Sales;12,0;10;8;1234,56',
        's2;01/06/2026;Fabrikam;Nederland;Sales;5;5;5;0,44',
        's3;01/05/2026;Fabrikam;Nederland;Sales;1.0;1;1;',
      ].join('\r\n'),
    );
    const kit = comparable(reportFromText(readFileSync(file, 'utf8')));
    // s3's 1.0 is refused with a decimal comma; June: 12 + 5 seats; revenue 1234.56 and 0.44.
    assert.equal(kit.input.skippedCount, 1);
    assert.deepEqual(kit.summary.available.at(-1), 17);
    // The date order's example: the file's first telling date (line 2) in the kit, the least one in SQL.
    const [comma, dayFirst] = kit.input.warnings;
    const least = {
      ...dayFirst!,
      message: dayFirst!.message.replace('"01/06/2026" is 2026-06', '"01/05/2026" is 2026-05'),
      values: { value: '"01/05/2026"', month: '2026-05' },
    };
    assertSameDocument(await sqlReport(file), { ...kit, input: { ...kit.input, warnings: [comma!, least] } });
  });

  it('trims cells as JavaScript trims them (no-break, ideographic and zero-width no-break spaces)', async () => {
    const file = join(dir, 'spaces.csv');
    writeFileSync(
      file,
      [
        'SubscriptionId,Month,CustomerName,CustomerMarket,SKU,AvailableSeats,AssignedSeats,ActiveSeats',
        's1,\u00a02026-06-01\u3000,\ufeffContoso\u2028,\tGermany ,Sales\u00a0,\u200a7\u00a0,5,3',
        's2,2026-06-01,Contoso,Germany,\u00a0\u00a0Sales,2,2,2',
        '\u00a0,\u3000,,,,,,',
      ].join('\n'),
    );
    const kit = comparable(reportFromText(readFileSync(file, 'utf8')));
    // Both rows are Contoso's Sales in Germany in June 2026; the third row is blank once trimmed.
    assert.deepEqual(kit.distribution, [{ sku: 'Sales', available: 9, assigned: 7, active: 5 }]);
    assert.equal(kit.input.skippedCount, 0);
    assertSameDocument(await sqlReport(file, { materialize: 'dyn_usage_rows' }), kit);
  });

  it('decides planted ties as the core does, whatever the order of the rows', async () => {
    const file = join(dir, 'ties.csv');
    execFileSync('node', ['demo/data/generate-sample.mjs', '--subs', '100', '--out', file], {
      stdio: 'ignore',
    });
    // Records, not lines: a quoted cell may hold a line break.
    const [header, ...lines] = readFileSync(file, 'utf8')
      .trimEnd()
      .match(/(?:"[^"]*"|[^"\n])+/g)!
      .map((record) => record.replace(/\r$/, ''));
    const latest = `${reportFromText(readFileSync(file, 'utf8')).latestMonth}-01`;
    const columns = header!.split(',');
    const line = (cells: Record<string, string | number>) =>
      columns.map((name) => cells[name.replace(/^\uFEFF/, '').trim()] ?? '').join(',');
    const tie = (id: string, sku: string, name: string, tenant: string, market: string, seats: number) =>
      line({
        SubscriptionId: id,
        Month: latest,
        SKU: sku,
        CustomerName: name,
        CustomerTenantId: tenant,
        CustomerMarket: market,
        AvailableSeats: seats,
        AssignedSeats: seats,
        ActiveSeats: 1,
        BilledRevenueUSD: '0.10',
      });
    // One subscription, two rows in its latest month that disagree; one tenant with three names; a
    // country spelled two ways as often; two SKUs and two customers of equal seats.
    const planted = [
      tie('TIE-1', 'Tie SKU A', 'Tie Company', 'tenant-tie', 'Netherlands', 7),
      tie('TIE-1', 'Tie SKU B', 'Tie Co', 'tenant-tie', 'Holland', 2),
      tie('TIE-2', 'Tie SKU B', 'Tie Corp', 'tenant-tie', 'Holland', 5),
      tie('ICE-1', 'Tie SKU A', 'Ice One', 'tenant-ice-1', 'Iceland', 9),
      tie('ICE-2', 'Tie SKU B', 'Ice Two', 'tenant-ice-2', 'ISL', 9),
    ];
    for (const rows of [[...lines, ...planted], [...planted, ...lines].reverse()]) {
      writeFileSync(file, [header, ...rows].join('\n'));
      const kit = comparable(reportFromText(readFileSync(file, 'utf8')));
      assert.equal(
        kit.subscriptions.rows.find((row) => row.subscriptionId === 'TIE-1')?.customerName,
        'Tie Co',
      );
      assertSameDocument(await sqlReport(file, { materialize: 'dyn_usage_rows' }), kit);
    }
  });

  it('keeps the rows a filter keeps, as cubeFromTable(table, filter)', async () => {
    const file = join(dir, 'filtered.csv');
    execFileSync('node', ['demo/data/generate-sample.mjs', '--subs', '200', '--out', file], {
      stdio: 'ignore',
    });
    const text = readFileSync(file, 'utf8');
    const whole = reportFromText(text);
    const filter = {
      country: whole.geo.countries.slice(0, 2).map((country) => country.code),
      sku: whole.distribution.slice(1, 3).map((entry) => entry.sku),
    };
    const read = await readUsageTable(
      (async function* () {
        yield text;
      })(),
    );
    assert.equal(read.kind, 'table');
    if (read.kind !== 'table') return;
    const kit = computeReport(cubeFromTable(read.table, filter), read.stats, {});
    assertSameDocument(await sqlReport(file, { filter }), comparable(kit));
  });

  it('dyn-usage report FILE --engine duckdb prints the same document as dyn-usage report FILE', () => {
    const cli = (...args: string[]) =>
      JSON.parse(
        execFileSync(process.execPath, ['--import', 'tsx', 'src/cli/dyn-usage.ts', 'report', ...args], {
          encoding: 'utf8',
        }),
      ) as UsageReport;
    const file = fixture('revenue-small.csv');
    assertSameDocument(cli(file, '--engine', 'duckdb', '--top', '2'), comparable(cli(file, '--top', '2')));
  });

  it('differs on bad-rows.csv only where a row has more cells than the header (DuckDB reads the first ones)', async () => {
    const file = fixture('bad-rows.csv');
    const sql = await sqlReport(file);
    const kit = comparable(reportFromText(readFileSync(file, 'utf8')));
    // Line 9, sub-8, has a ninth cell: the kit skips the row, DuckDB keeps its first eight (10, 8, 6 seats).
    assert.equal(sql.input.rows, kit.input.rows + 1);
    assert.equal(sql.input.skippedCount, kit.input.skippedCount - 1);
    assert.equal(sql.summary.available.at(-1), kit.summary.available.at(-1)! + 10);
    assert.deepEqual(
      sql.subscriptions.rows.map((row) => row.subscriptionId),
      [...kit.subscriptions.rows.map((row) => row.subscriptionId), 'sub-8'].sort(),
    );
  });
});
