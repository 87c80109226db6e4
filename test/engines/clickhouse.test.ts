// The report as SQL on ClickHouse (`npm run test:engines`), through chDB, the embedded build of the engine a
// ClickHouse cluster runs (chdb-engine.ts says how to install it; skipped without it). Each export is read
// with file(…, 'CSVWithNames' | 'TSVWithNames') as text columns.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { reportFromText } from '../../src/core/report-from.js';
import type { UsageReport } from '../../src/core/report.js';
import { reportFromQueries } from '../../src/sql/report-from-queries.js';
import { chdb, chdbFileSource, runChdb } from './chdb-engine.js';

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
  const source = chdbFileSource(file, header, tsv);
  const run = (sql: string) => runChdb(chdb!, sql);
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
