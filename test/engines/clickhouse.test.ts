// The report as SQL on ClickHouse (`npm run test:engines`), through chDB, the embedded build of the engine a
// ClickHouse cluster runs. chDB's library is large (about 550 MB, from the npm registry), so it is not a
// dependency: `npm install --no-save chdb` first, or point CHDB_MODULE at an installed copy's index.mjs.
// Skipped without it. Each export is read with file(…, 'CSVWithNames' | 'TSVWithNames') as text columns.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { reportFromText } from '../../src/core/report-from.js';
import type { UsageReport } from '../../src/core/report.js';
import { reportFromQueries } from '../../src/sql/report-from-queries.js';
import type { SqlRow } from '../../src/sql/report-from-queries.js';

interface Chdb {
  query(sql: string, format: string): string;
}
const chdb = (await import(process.env.CHDB_MODULE ?? 'chdb').catch(() => null)) as Chdb | null;
const fixture = (name: string) => new URL(`../fixtures/${name}`, import.meta.url).pathname;

/** As the DuckDB test: skipped rows' details are not made by SQL. */
function comparable(report: UsageReport): UsageReport {
  return { ...report, input: { ...report.input, skipped: [] } };
}

async function assertSame(file: string): Promise<void> {
  const text = readFileSync(file, 'utf8');
  const tsv = file.endsWith('.tsv');
  const header = text
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/, 1)[0]!
    .split(tsv ? '\t' : ',');
  const structure = header.map((name) => `\`${name}\` Nullable(String)`).join(', ');
  const source = `file('${file}', '${tsv ? 'TSVWithNames' : 'CSVWithNames'}', '${structure}')`;
  // A short row (an empty line) is padded with NULLs, as DuckDB's null_padding does.
  const settings = '\nSETTINGS input_format_csv_allow_variable_number_of_columns = 1';
  const run = async (sql: string): Promise<SqlRow[]> =>
    chdb!
      .query(sql + settings, 'JSONEachRow')
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as SqlRow);
  const sql = await reportFromQueries(run, { dialect: 'clickhouse', header, source });
  const kit = comparable(reportFromText(text));
  for (const key of Object.keys(kit) as (keyof UsageReport)[])
    assert.deepEqual(sql[key], kit[key], `${key} differs`);
  assert.equal(JSON.stringify(sql), JSON.stringify(kit));
}

describe(
  'the report as SQL on ClickHouse (chDB)',
  { skip: !chdb && 'needs chdb (npm install --no-save chdb)' },
  () => {
    for (const name of [
      'hand-export.csv',
      'revenue-small.csv',
      'export-bom-crlf.csv',
      'excel-us-dates.csv',
      'export.tsv',
    ]) {
      it(`gives reportFromText's document for test/fixtures/${name}`, () => assertSame(fixture(name)));
    }

    it('trims cells as JavaScript trims them (no-break, ideographic and zero-width no-break spaces)', async () => {
      const dir = mkdtempSync(join(tmpdir(), 'dyn-usage-chdb-'));
      try {
        const file = join(dir, 'spaces.csv');
        writeFileSync(
          file,
          [
            'SubscriptionId,Month,CustomerName,CustomerMarket,SKU,AvailableSeats,AssignedSeats,ActiveSeats',
            's1,\u00a02026-06-01\u3000,\ufeffContoso\u2028,\tGermany ,Sales\u00a0,\u200a7\u00a0,5,3',
            's2,2026-06-01,Contoso,Germany,\u00a0\u00a0Sales,2,2,2',
          ].join('\n'),
        );
        await assertSame(file);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });

    it('gives the same document for a generated export of 300 subscriptions', async () => {
      const dir = mkdtempSync(join(tmpdir(), 'dyn-usage-chdb-'));
      try {
        const file = join(dir, 'generated.csv');
        execFileSync('node', ['demo/data/generate-sample.mjs', '--subs', '300', '--out', file], {
          stdio: 'ignore',
        });
        await assertSame(file);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });
  },
);
