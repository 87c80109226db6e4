// Golden snapshots of the report's SQL per dialect: a change to any statement shows in review as a diff
// of test/sql/golden/<dialect>.sql. `UPDATE_GOLDEN=1 node --import tsx --test test/sql/report-sql.test.ts`
// writes them again; read the diff before committing it. DuckDB's (and PostgreSQL's, when installed) run
// on a real engine in `npm run test:engines`; ClickHouse's and Spark's are checked here only.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { reportSql } from '../../src/sql/report-sql.js';
import { DIALECTS, dialectRules, SQL_DIALECTS } from '../../src/sql/dialect.js';
import type { CellLookups } from '../../src/sql/lookups.js';

const HEADER = [
  'SubscriptionId',
  'Month',
  'Customer Tenant Id',
  'CustomerName',
  'SKU',
  'CustomerMarket',
  'AvailableSeats',
  'AssignedSeats',
  'ActiveSeats',
  'BilledRevenueUSD',
  'Partner "Notes"',
];
const LOOKUPS: CellLookups = {
  months: [
    ['2026-01-01', '2026-01'],
    ['02/01/2026', '2026-02'],
    ['not a month', null],
  ],
  markets: [
    ["Côte d'Ivoire", 'CI'],
    ['Netherlands', 'NL'],
    ['Atlantis', null],
  ],
  seats: [
    ['', 0],
    ['10', 10],
    ['ten', null],
  ],
  warnings: [],
};

function allStatements(dialect: (typeof SQL_DIALECTS)[number]): string {
  const statements = reportSql(dialect, {
    header: HEADER,
    source: 'usage_export',
    top: 5,
    filter: { country: ['NL', 'CI'], segment: ["O'Brien \\ Co"] },
  });
  const sections = statements.sections(LOOKUPS, {
    months: ['2026-01', '2026-02'],
    month: '2026-02',
    rankedBy: 'billedRevenue',
  });
  const named: [string, string][] = [
    ['distinct', statements.distinct],
    ['months', statements.months(LOOKUPS)],
    ['input', statements.input(LOOKUPS)],
    ...Object.entries(sections),
  ];
  return named.map(([name, sql]) => `-- ${name}\n${sql};\n`).join('\n');
}

describe('reportSql(dialect, options)', () => {
  for (const dialect of SQL_DIALECTS) {
    it(`writes the statements of test/sql/golden/${dialect}.sql`, () => {
      const file = new URL(`./golden/${dialect}.sql`, import.meta.url);
      const sql = allStatements(dialect);
      if (process.env.UPDATE_GOLDEN) writeFileSync(file, sql);
      assert.equal(sql, readFileSync(file, 'utf8'));
    });
  }

  it('with materialize, keeps the rows once in a session table that later statements read', () => {
    const expected = {
      duckdb: ['DROP TABLE IF EXISTS t', 'CREATE TEMP TABLE t AS'],
      postgres: ['DROP TABLE IF EXISTS t', 'CREATE TEMP TABLE t AS'],
      clickhouse: ['DROP TEMPORARY TABLE IF EXISTS t', 'CREATE TEMPORARY TABLE t ENGINE = Memory AS'],
      spark: ['UNCACHE TABLE IF EXISTS t', 'CACHE TABLE t AS'],
    };
    for (const dialect of SQL_DIALECTS) {
      const statements = reportSql(dialect, { header: HEADER, materialize: 't' });
      const [drop, keep] = statements.prepare(LOOKUPS);
      assert.equal(drop, expected[dialect][0]);
      assert.ok(keep!.startsWith(`${expected[dialect][1]}\nWITH\ncells AS (`), keep!.slice(0, 80));
      assert.ok(keep!.endsWith('\nSELECT * FROM checked'));
      assert.deepEqual(statements.cleanup, [expected[dialect][0]]);
      assert.ok(statements.months(LOOKUPS).startsWith('WITH\nchecked AS (SELECT * FROM t),\nkept AS ('));
      assert.doesNotMatch(statements.months(LOOKUPS), /usage/);
    }
    assert.deepEqual(reportSql('duckdb', { header: HEADER }).prepare(LOOKUPS), []);
  });

  it('throws for a dialect it does not write', () => {
    assert.throws(() => reportSql('sqlite' as 'duckdb', { header: HEADER }), /invalid dialect: "sqlite"/);
    assert.throws(() => dialectRules('mysql'), /expected duckdb, postgres, clickhouse, spark/);
  });

  it('throws for a header without a required column, naming it', () => {
    assert.throws(
      () => reportSql('duckdb', { header: HEADER.slice(1) }),
      /Missing required column: SubscriptionId/,
    );
  });

  it('reads an absent optional column as empty text', () => {
    const { distinct } = reportSql('postgres', { header: HEADER });
    assert.match(distinct, /'' AS segment/);
    assert.match(distinct, /'' AS end_date/);
  });

  it('quotes names and text for each dialect', () => {
    assert.equal(DIALECTS.duckdb.name('a "b"'), '"a ""b"""');
    assert.equal(DIALECTS.spark.name('a `b`'), '`a ``b```');
    assert.equal(DIALECTS.postgres.text("O'Brien \\"), "'O''Brien \\'");
    assert.equal(DIALECTS.clickhouse.text("O'Brien \\"), "'O\\'Brien \\\\'");
    assert.equal(DIALECTS.spark.text("O'Brien \\"), "'O\\'Brien \\\\'");
  });

  it('orders text by code point in PostgreSQL whatever the database collation', () => {
    assert.equal(DIALECTS.postgres.ordered('sku'), 'sku COLLATE "C"');
    assert.equal(DIALECTS.duckdb.ordered('sku'), 'sku');
  });
});
