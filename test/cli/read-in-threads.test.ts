import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readInThreads, startWorkerThread } from '../../src/cli/read-in-threads.js';
import { computeReport } from '../../src/core/compute-report.js';
import { cubeFromTable } from '../../src/core/cube-from-table.js';
import { readUsageTable } from '../../src/table/read-usage-table.js';
import type { UsageTableResult } from '../../src/table/read-usage-table.js';

const HEADER =
  'SubscriptionId,Month,CustomerTenantId,CustomerName,SKU,CustomerMarket,AvailableSeats,AssignedSeats,ActiveSeats,BilledRevenueUSD';

/**
 * 40 subscriptions × 12 months in a shuffled order, every customer name quoted and holding a line break,
 * a comma and a doubled quote, so that small blocks end inside quoted names everywhere; and two rows the
 * reader skips (a seat count `abc`, a month `2026-13-01`), whose lines must come out as one reader says.
 */
function exportText(lineEnd: string): string {
  const rows: string[] = [];
  for (let s = 0; s < 40; s++) {
    for (let m = 1; m <= 12; m++) {
      const month = `2025-${String(m).padStart(2, '0')}-01`;
      const name = `"Customer ${s % 7}${lineEnd}Branch, ""${s % 3}"""`;
      const seats = s === 5 && m === 7 ? 'abc' : String(10 + s + m);
      rows.push(
        `S${s},${s === 9 && m === 3 ? '2026-13-01' : month},t${s % 7},${name},SKU ${s % 4},Norway,${seats},${5 + s},${s},${s * 1.5}`,
      );
    }
  }
  // A fixed shuffle (a linear congruential sequence): a subscription's months lie anywhere.
  let seed = 20;
  for (let i = rows.length - 1; i > 0; i--) {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    const j = seed % (i + 1);
    [rows[i], rows[j]] = [rows[j]!, rows[i]!];
  }
  return `\ufeff${HEADER}${lineEnd}${rows.join(lineEnd)}${lineEnd}`;
}

async function* chunks(bytes: Uint8Array): AsyncGenerator<Uint8Array> {
  yield bytes;
}

function reportJson(result: UsageTableResult | null): string {
  if (result?.kind !== 'table') throw new Error('no table');
  return JSON.stringify(computeReport(cubeFromTable(result.table), result.stats));
}

describe('readInThreads(path, threads)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dyn-usage-threads-'));
  for (const [name, lineEnd] of [
    ['LF', '\n'],
    ['CRLF', '\r\n'],
  ] as const) {
    it(`gives the report one reader gives, in 3 worker threads, on quoted names with line breaks at block ends (${name})`, async () => {
      const bytes = new TextEncoder().encode(exportText(lineEnd));
      const path = join(dir, `export-${name}.csv`);
      writeFileSync(path, bytes);
      const one = reportJson(await readUsageTable(chunks(bytes)));
      assert.match(one, /"skippedCount":2/);
      // Blocks of 61 to 797 bytes: cuts fall after every kind of byte, inside names and between rows.
      for (const blockBytes of [61, 97, 211, 797]) {
        let started = 0;
        const startThread = () => {
          started++;
          return startWorkerThread();
        };
        const result = await readInThreads(path, 3, { blockBytes, startThread });
        assert.equal(started, 3, `blocks of ${blockBytes}: threads started`);
        assert.equal(reportJson(result), one, `blocks of ${blockBytes}`);
      }
    });
  }

  it('dyn-usage report --threads 3 prints what --threads 1 prints; --threads 0 is a bad command line (exit 2)', () => {
    const path = join(dir, 'export-cli.csv');
    writeFileSync(path, exportText('\n'));
    const run = (threads: string) =>
      spawnSync(
        process.execPath,
        ['--import', 'tsx', 'src/cli/dyn-usage.ts', 'report', '--threads', threads, path],
        {
          encoding: 'utf8',
        },
      );
    const one = run('1');
    assert.equal(one.status, 0, one.stderr);
    assert.equal(run('3').stdout, one.stdout);
    const zero = run('0');
    assert.equal(zero.status, 2);
    assert.match(zero.stderr, /invalid --threads: "0"/);
  });

  it('is null for what is not a UTF-8 CSV (JSON, gzip), so the CLI reads it on one thread', async () => {
    const json = join(dir, 'rows.json');
    writeFileSync(json, '[{"SubscriptionId":"S1"}]');
    assert.equal(await readInThreads(json, 3, { blockBytes: 8 }), null);
    const gzip = join(dir, 'rows.csv.gz');
    writeFileSync(gzip, Uint8Array.from([0x1f, 0x8b, 8, 0, 0, 0, 0, 0]));
    assert.equal(await readInThreads(gzip, 3, { blockBytes: 8 }), null);
    rmSync(dir, { recursive: true, force: true });
  });
});
