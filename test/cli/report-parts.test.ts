import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readUsageTable } from '../../src/table/read-usage-table.js';
import { cubeFromTable } from '../../src/core/cube-from-table.js';
import { computeReport } from '../../src/core/compute-report.js';
import type { CustomerPage } from '../../src/core/customer-page.js';
import type { UsageReport } from '../../src/core/report.js';

const CLI = ['--import', 'tsx', 'src/cli/dyn-usage.ts'];

async function* once(text: string): AsyncGenerator<string> {
  yield text;
}

function generatedExport(): string {
  const generated = spawnSync(
    process.execPath,
    ['demo/data/generate-sample.mjs', '--subs', '300', '--out', '-'],
    { encoding: 'utf8', maxBuffer: 1 << 28 },
  );
  assert.equal(generated.status, 0, generated.stderr);
  return generated.stdout;
}

const readJson = <T>(path: string) => JSON.parse(readFileSync(path, 'utf8')) as T;

describe('dyn-usage report --parts DIR', () => {
  it('writes report.json without the rows and pages whose rows, joined, are the document’s value by value', async () => {
    const text = generatedExport();
    const result = await readUsageTable(once(text));
    if (result.kind !== 'table') throw new Error('not an export');
    const report = computeReport(cubeFromTable(result.table), result.stats);
    const dir = mkdtempSync(join(tmpdir(), 'dyn-usage-parts-'));
    try {
      const cli = spawnSync(process.execPath, [...CLI, 'report', '-', '--parts', dir, '--page-size', '7'], {
        encoding: 'utf8',
        input: text,
        maxBuffer: 1 << 28,
      });
      assert.equal(cli.status, 0, cli.stderr);
      assert.equal(cli.stdout, '', 'nothing on standard output');
      const head = readJson<UsageReport>(join(dir, 'report.json'));
      const pages = head.subscriptions.pages!;
      // Every section but the rows is the document's, byte for byte.
      const { subscriptions: headRows, ...headRest } = head;
      const { subscriptions: rows, ...rest } = report;
      assert.equal(JSON.stringify(headRest), JSON.stringify(rest));
      assert.equal(headRows.total, rows.total);
      assert.deepEqual(headRows.rows, []);
      const files = readdirSync(join(dir, 'customers')).sort((a, b) =>
        a.localeCompare(b, 'en', { numeric: true }),
      );
      assert.equal(files.length, pages.pages);
      assert.equal(pages.pages, Math.ceil(pages.customers / 7));
      assert.match(
        cli.stderr,
        new RegExp(`wrote .*report\\.json and ${pages.pages} pages of ${pages.customers} customers`),
      );
      const joined = files.flatMap((file, i) => {
        const page = readJson<CustomerPage>(join(dir, 'customers', file));
        assert.equal(file, `page-${i + 1}.json`);
        assert.equal(page.offset, i * 7);
        assert.equal(page.total, pages.customers);
        assert.ok(page.rows.length === 7 || i === files.length - 1, `page ${i + 1} is full`);
        return page.rows;
      });
      assert.equal(joined.length, pages.customers);
      assert.equal(new Set(joined.map((row) => row.customerKey)).size, joined.length, 'each customer once');
      for (const row of joined)
        assert.ok(
          row.subscriptions.every((s) => s.customerKey === row.customerKey),
          row.customerKey,
        );
      // The ranked customers come first, in ranking order.
      const ranked = new Set(report.topCustomers.customers.map((c) => c.customerKey));
      assert.deepEqual(
        joined.slice(0, ranked.size).map((row) => row.customerKey),
        report.topCustomers.customers.map((c) => c.customerKey),
      );
      // Joined, and put back in the document's order, the pages' subscriptions are its rows, value by value.
      const position = new Map(rows.rows.map((row, i) => [row.subscriptionId, i]));
      const subscriptions = joined.flatMap((row) => row.subscriptions);
      assert.equal(subscriptions.length, rows.rows.length);
      const inOrder = subscriptions.sort(
        (a, b) => position.get(a.subscriptionId)! - position.get(b.subscriptionId)!,
      );
      assert.deepEqual(inOrder, JSON.parse(JSON.stringify(rows.rows)));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses --page-size without --parts, and a page size that is not a positive whole number', () => {
    for (const [args, message] of [
      [['--page-size', '10'], '--page-size goes with --parts DIR'],
      [['--parts', '/tmp/x', '--page-size', '0'], 'invalid --page-size: "0"'],
      [['--parts', '/tmp/x', '--page-size', '2.5'], 'invalid --page-size: "2.5"'],
    ] as const) {
      const cli = spawnSync(process.execPath, [...CLI, 'report', 'test/fixtures/hand-export.csv', ...args], {
        encoding: 'utf8',
      });
      assert.equal(cli.status, 2, args.join(' '));
      assert.ok(cli.stderr.includes(message), cli.stderr);
    }
  });
});
