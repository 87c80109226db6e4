// The report as SQL on PostgreSQL (`npm run test:engines`): a throwaway server (initdb into a temporary
// folder, port DYN_USAGE_PG_PORT or 8715, a Unix socket only) loads each export into a table of text
// columns with psql's \copy, runs reportSql's postgres statements, and the document must equal
// reportFromText's, as on DuckDB. Skipped when postgres, initdb or psql is not installed.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { reportFromText } from '../../src/core/report-from.js';
import type { UsageReport } from '../../src/core/report.js';
import { mapHeader } from '../../src/data/header-map.js';
import { reportFromQueries } from '../../src/sql/report-from-queries.js';
import type { SqlRow } from '../../src/sql/report-from-queries.js';

const BIN = process.env.PG_BIN ?? '/usr/local/bin';
const PORT = process.env.DYN_USAGE_PG_PORT ?? '8715';
const found = (command: string) => {
  try {
    execFileSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
};
const installed = existsSync(join(BIN, 'postgres')) && existsSync(join(BIN, 'initdb')) && found('psql');
const fixture = (name: string) => new URL(`../fixtures/${name}`, import.meta.url).pathname;
/** initdb refuses to run as root: then the server runs as the `postgres` user. */
const asServer = (command: string, args: string[]) =>
  process.getuid?.() === 0
    ? execFileSync('runuser', ['-u', 'postgres', '--', command, ...args], { stdio: 'ignore' })
    : execFileSync(command, args, { stdio: 'ignore' });

/** As the DuckDB test: skipped rows' details are not made by SQL. */
function comparable(report: UsageReport): UsageReport {
  return { ...report, input: { ...report.input, skipped: [] } };
}

describe('the report as SQL on PostgreSQL', { skip: !installed && 'needs postgres, initdb and psql' }, () => {
  let dir = '';
  const psql = (sql: string): string =>
    execFileSync(
      'psql',
      [
        '-X',
        '-q',
        '-A',
        '-t',
        '-v',
        'ON_ERROR_STOP=1',
        '-h',
        dir,
        '-p',
        PORT,
        '-U',
        'postgres',
        '-d',
        'postgres',
        '-f',
        '-',
      ],
      {
        input: sql,
        encoding: 'utf8',
        maxBuffer: 1 << 28,
      },
    );
  const run = async (sql: string): Promise<SqlRow[]> =>
    JSON.parse(psql(`SELECT COALESCE(json_agg(q), '[]'::json) FROM (${sql}) q;`)) as SqlRow[];

  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'dyn-usage-pg-'));
    if (process.getuid?.() === 0)
      chownSync(dir, Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' })), 0);
    asServer(join(BIN, 'initdb'), [
      '-D',
      join(dir, 'data'),
      '-U',
      'postgres',
      '--encoding=UTF8',
      '--locale=C.UTF-8',
    ]);
    asServer(join(BIN, 'pg_ctl'), [
      '-D',
      join(dir, 'data'),
      '-w',
      '-l',
      join(dir, 'log'),
      '-o',
      `-p ${PORT} -k ${dir} -c listen_addresses=''`,
      'start',
    ]);
  });
  after(() => {
    if (existsSync(join(dir, 'data')))
      asServer(join(BIN, 'pg_ctl'), ['-D', join(dir, 'data'), '-m', 'fast', 'stop']);
    rmSync(dir, { recursive: true, force: true });
  });

  /** The export as the table `usage`, one text column per header name, loaded by psql's \copy. */
  function load(file: string, text: string): string[] {
    const delimiter = file.endsWith('.tsv') ? '\t' : ',';
    const header = text
      .replace(/^\uFEFF/, '')
      .split(/\r?\n/, 1)[0]!
      .split(delimiter)
      .map((name) => name.replace(/^"|"$/g, ''));
    mapHeader(header);
    const columns = header.map((name) => `"${name.replaceAll('"', '""')}" text`).join(', ');
    // TSV as COPY's text format: no quoting, so a quote inside a cell stays, as the kit reads TSV.
    const options =
      delimiter === '\t' ? 'FORMAT text, HEADER true' : "FORMAT csv, HEADER true, DELIMITER ','";
    // COPY reads an empty line as a row of one empty cell; the kit skips it (no fixture has one inside quotes).
    const copy = join(dir, 'copy.txt');
    writeFileSync(
      copy,
      text
        .split(/(?<=\n)/)
        .filter((line) => !/^\r?\n?$/.test(line))
        .join(''),
    );
    psql(
      `DROP TABLE IF EXISTS usage; CREATE TABLE usage (${columns});\n\\copy usage FROM '${copy}' WITH (${options})\n`,
    );
    return header;
  }

  async function assertSame(file: string): Promise<void> {
    const text = readFileSync(file, 'utf8');
    const header = load(file, text);
    const sql = await reportFromQueries(run, { dialect: 'postgres', header });
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
});
