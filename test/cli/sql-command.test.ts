import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CliUsageError, parseCliArgs } from '../../src/cli/cli-args.js';

const CLI = ['--import', 'tsx', 'src/cli/dyn-usage.ts'];

function run(args: string[]) {
  const result = spawnSync(process.execPath, [...CLI, ...args], { encoding: 'utf8', maxBuffer: 1 << 26 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('dyn-usage sql', () => {
  it('parseCliArgs reads sql --dialect D FILE --source T with the window options', () => {
    assert.deepEqual(
      parseCliArgs(['sql', '--dialect', 'spark', 'x.csv', '--source', 'db.usage', '--to', '2026-03']),
      { command: 'sql', file: 'x.csv', dialect: 'spark', source: 'db.usage', options: { to: '2026-03' } },
    );
    assert.throws(() => parseCliArgs(['sql', 'x.csv']), CliUsageError);
    assert.throws(() => parseCliArgs(['sql', '--dialect', 'mysql', 'x.csv']), /invalid --dialect: "mysql"/);
    assert.throws(() => parseCliArgs(['report', 'x.csv', '--dialect', 'duckdb']), /go with sql/);
    assert.throws(() => parseCliArgs(['report', 'x.csv', '--engine', 'sqlite']), /invalid --engine/);
    assert.equal(
      (parseCliArgs(['report', 'x.csv', '--engine', 'duckdb']) as { engine?: string }).engine,
      'duckdb',
    );
  });

  it('prints the statements with the file’s lookups and window (hand-export: 2026-01 to 2026-03)', () => {
    const { code, stdout, stderr } = run([
      'sql',
      '--dialect',
      'postgres',
      'test/fixtures/hand-export.csv',
      '--from',
      '2026-01',
    ]);
    assert.equal(code, 0, stderr);
    // Three Month cells, each the first of its month; Atlantis is no country.
    assert.match(
      stdout,
      /\('2026-01-01', '2026-01'\),\n\s+\('2026-02-01', '2026-02'\),\n\s+\('2026-03-01', '2026-03'\)\)/,
    );
    assert.match(stdout, /\('Atlantis', NULL\)/);
    assert.match(stdout, /\('Netherlands', 'NL'\)/);
    // The window's three months, one pair of seat columns each; the snapshot is March.
    assert.match(stdout, /month IN \('2026-01', '2026-02', '2026-03'\)/);
    assert.match(stdout, /AS t2, /);
    assert.doesNotMatch(stdout, /AS a3\b/);
    assert.match(stdout, /WHERE month = '2026-03'/);
    assert.equal(stdout.match(/^-- \d\. /gm)?.length, 10);
  });

  it('reads a semicolon file’s numbers with a decimal comma, as the kit does', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dyn-usage-sql-'));
    const file = join(dir, 'semicolon.csv');
    writeFileSync(
      file,
      'SubscriptionId;Month;CustomerName;CustomerMarket;SKU;AvailableSeats;AssignedSeats;ActiveSeats\n' +
        's1;2026-06-01;Contoso;Germany;Sales;12,0;10;8\n',
    );
    const { code, stdout, stderr } = run(['sql', '--dialect', 'duckdb', file]);
    rmSync(dir, { recursive: true, force: true });
    assert.equal(code, 0, stderr);
    assert.match(stdout, /\('12,0', 12\)/);
    assert.match(stdout, /\('Germany', 'DE'\)/);
  });

  it('exits 2 with the usage for a missing dialect', () => {
    const { code, stderr } = run(['sql', 'test/fixtures/hand-export.csv']);
    assert.equal(code, 2);
    assert.match(stderr, /sql needs --dialect \(duckdb, postgres, clickhouse, spark\)/);
  });
});
