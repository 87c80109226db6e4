import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { parseOnMainThread } from '../../src/load/parse-on-main-thread.js';
import { loadTableReports, reportOf, warmReport, warmTableCube } from '../../src/load/load-usage.js';
import type { LoadedUsage } from '../../src/load/load-usage.js';
import type { FetchProgress } from '../../src/load/fetch-usage-bytes.js';
import { sendInPieces, startServer } from './test-server.js';
import type { TestServer } from './test-server.js';

const EXPORT = readFileSync(new URL('../fixtures/export-bom-crlf.csv', import.meta.url));

/**
 * export-bom-crlf.csv by hand: six data rows on lines 2–9 (sub-003's quoted name holds a CRLF, lines 4–5;
 * line 7 is empty, not a row). Line 9's month "June 2026" is no month: skipped and counted. May 2026:
 * sub-001 100 / 80 / 60. June 2026: sub-002 50/50/70, sub-003 (empty available → 0) 0/5/2, sub-004 10/9/8,
 * sub-005 3/2/1 → 63 available, 66 assigned, 81 active.
 */
async function loadExport(url: string, progress: FetchProgress[] = []): Promise<LoadedUsage> {
  const signal = new AbortController().signal;
  const parsed = await parseOnMainThread(url, {
    signal,
    onProgress: (p) => progress.push(p),
    keepRows: true,
  });
  assert.equal(parsed.kind, 'table');
  if (parsed.kind !== 'table') throw new Error('not a table');
  await loadTableReports(); // as loadUrl does before it gives a table: reportOf then finds the code
  return { kind: 'table', table: parsed.table, counts: parsed.stats, columns: parsed.columns };
}

describe('an export fetched and read on the main thread (Node: no worker)', () => {
  let server: TestServer;
  before(async () => {
    server = await startServer({
      // 97-byte pieces: the BOM, a CRLF and the quoted CRLF each fall across a piece boundary somewhere.
      '/export.csv': (_, res) => {
        res.writeHead(200, { 'Content-Length': String(EXPORT.length), 'Content-Type': 'text/csv' });
        sendInPieces(res, EXPORT, 97);
      },
    });
  });
  after(() => server.close());

  it('reads every row, with progress to the file’s length', async () => {
    const progress: FetchProgress[] = [];
    const loaded = await loadExport(`${server.origin}/export.csv`, progress);
    if (loaded.kind !== 'table') return assert.fail('a table');
    assert.equal(loaded.table.length, 5);
    assert.equal(loaded.table.skippedCount, 1);
    assert.deepEqual(
      loaded.table.skipped.map((s) => [s.line, s.code]),
      [[9, 'not-a-month']],
    );
    assert.equal(loaded.counts.emptyAvailable, 1);
    assert.equal(loaded.table.rawRows?.length, 5, 'every kept row’s cells, for the raw-data download');
    assert.deepEqual(progress.at(-1), { loaded: EXPORT.length, total: EXPORT.length });
    assert.equal(loaded.columns[0], 'SubscriptionId', 'the BOM is not part of the first column’s name');
  });

  it('reportOf gives the hand-worked figures, and the same document for the same options', async () => {
    const loaded = await loadExport(`${server.origin}/export.csv`);
    const report = reportOf(loaded, {});
    const june = report.months.indexOf('2026-06');
    const may = report.months.indexOf('2026-05');
    assert.equal(report.months.at(-1), '2026-06');
    assert.deepEqual(
      [report.summary.available[june], report.summary.assigned[june], report.summary.active[june]],
      [63, 66, 81],
    );
    assert.deepEqual([report.summary.available[may], report.summary.active[may]], [100, 60]);
    assert.equal(reportOf(loaded, {}), report, 'computed once per options');
    assert.notEqual(reportOf(loaded, { revenue: false }), report);
  });

  it('warmTableCube and warmReport compute in slices what reportOf then returns as is', async () => {
    const loaded = await loadExport(`${server.origin}/export.csv`);
    const signal = new AbortController().signal;
    await warmTableCube(loaded, signal);
    await warmReport(loaded, {}, {}, signal);
    const warmed = reportOf(loaded, {});
    const june = warmed.months.indexOf('2026-06');
    assert.equal(warmed.summary.available[june], 63);
    assert.equal(reportOf(loaded, {}), warmed);
  });

  it('a filter gives its own figures: June in Japan is sub-004 alone', async () => {
    const loaded = await loadExport(`${server.origin}/export.csv`);
    const report = reportOf(loaded, {}, { country: ['JP'] });
    const june = report.months.indexOf('2026-06');
    assert.deepEqual([report.summary.available[june], report.summary.active[june]], [10, 8]);
  });
});
