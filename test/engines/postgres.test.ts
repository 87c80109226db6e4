// The report as SQL on PostgreSQL (`npm run test:engines`): a throwaway server (postgres-server.ts, also
// used by bench/engines.mjs) loads each export into a table of text columns with psql's \copy, runs
// reportSql's postgres statements, and the document must equal reportFromText's, as on DuckDB. Skipped
// when postgres, initdb or psql is not installed.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { reportFromText } from '../../src/core/report-from.js';
import type { UsageReport } from '../../src/core/report.js';
import { mapHeader } from '../../src/data/header-map.js';
import { reportFromQueries } from '../../src/sql/report-from-queries.js';
import { postgresInstalled, startPostgres } from './postgres-server.js';
import type { PostgresServer } from './postgres-server.js';

const fixture = (name: string) => new URL(`../fixtures/${name}`, import.meta.url).pathname;

/** As the DuckDB test: skipped rows' details are not made by SQL. */
function comparable(report: UsageReport): UsageReport {
  return { ...report, input: { ...report.input, skipped: [] } };
}

describe(
  'the report as SQL on PostgreSQL',
  { skip: !postgresInstalled && 'needs postgres, initdb and psql' },
  () => {
    let server: PostgresServer;
    let dir = '';
    before(() => {
      server = startPostgres();
      dir = server.dir;
    });
    after(() => server.stop());

    /** The export as the table `usage`, without its blank lines. */
    function load(file: string, text: string): string[] {
      const delimiter = file.endsWith('.tsv') ? '\t' : ',';
      const header = text
        .replace(/^\uFEFF/, '')
        .split(/\r?\n/, 1)[0]!
        .split(delimiter)
        .map((name) => name.replace(/^"|"$/g, ''));
      mapHeader(header);
      // COPY reads an empty line as a row of one empty cell; the kit skips it (no fixture has one inside quotes).
      const copy = join(dir, 'copy.txt');
      writeFileSync(
        copy,
        text
          .split(/(?<=\n)/)
          .filter((line) => !/^\r?\n?$/.test(line))
          .join(''),
      );
      server.copy(copy, header, delimiter);
      return header;
    }

    async function assertSame(file: string): Promise<void> {
      const text = readFileSync(file, 'utf8');
      const header = load(file, text);
      const sql = await reportFromQueries(server.run, { dialect: 'postgres', header });
      const kit = comparable(reportFromText(text));
      for (const key of Object.keys(kit) as (keyof UsageReport)[])
        assert.deepEqual(sql[key], kit[key], `${key} differs`);
      assert.equal(JSON.stringify(sql), JSON.stringify(kit));
    }

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
    });

    it('gives the same document for a generated export of 300 subscriptions', async () => {
      const file = join(dir, 'generated.csv');
      execFileSync('node', ['demo/data/generate-sample.mjs', '--subs', '300', '--out', file], {
        stdio: 'ignore',
      });
      await assertSame(file);
    });
  },
);
