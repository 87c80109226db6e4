// The CLI reads every shape of export (gzip, Windows-1252, semicolons) or refuses it by name (issue 14).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { gzipSync } from 'node:zlib';
import type { UsageReport } from '../../src/core/report.js';
import { delimitedForm, windows1252 } from '../fixtures/messy-forms.js';

const dir = mkdtempSync(join(tmpdir(), 'dyn-usage-shapes-'));
after(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, bytes: Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
}

function run(args: string[], input?: Uint8Array) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/dyn-usage.ts', ...args], {
    input,
    maxBuffer: 1 << 28,
  });
  return {
    code: result.status,
    stdout: result.stdout.toString('utf8'),
    stderr: result.stderr.toString('utf8'),
  };
}

function report(args: string[], input?: Uint8Array): { doc: UsageReport; stderr: string } {
  const { code, stdout, stderr } = run(args, input);
  assert.equal(code, 0, stderr);
  return { doc: JSON.parse(stdout) as UsageReport, stderr };
}

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('dyn-usage report: input shapes', () => {
  it('reads a .csv.gz file and gzip on standard input, figures as worked out by hand', () => {
    const packed = gzipSync(utf8(delimitedForm(',')));
    const path = file('export.csv.gz', packed);
    for (const { doc, stderr } of [
      report(['report', path, '--from', '2026-01']),
      report(['report', '-', '--from', '2026-01'], packed),
    ]) {
      assert.deepEqual(doc.months, ['2026-01', '2026-02']);
      assert.deepEqual(doc.summary.available, [25, 48]);
      assert.deepEqual(doc.geo.unmatched, []);
      assert.equal(stderr, '');
    }
  });

  it('reads Windows-1252 semicolon CSV, and says so on stderr', () => {
    const path = file('excel-nl.csv', windows1252(delimitedForm(';')));
    const { doc, stderr } = report(['report', path, '--from', '2026-01']);
    assert.deepEqual(doc.summary.available, [25, 48]);
    assert.deepEqual(doc.geo.unmatched, []);
    assert.deepEqual(
      doc.input.warnings.map((w) => w.code),
      ['encoding-windows-1252', 'decimal-comma'],
    );
    assert.match(stderr, /^dyn-usage: warning: The file is not UTF-8 \(line 2 is the first/m);
    assert.match(stderr, /^dyn-usage: warning: The file is semicolon-separated/m);
  });

  it('refuses an Excel workbook and a web page by name, exit 1', () => {
    const xlsx = run(['report', file('export.xlsx', Uint8Array.of(0x50, 0x4b, 3, 4, 20, 0, 8, 0))]);
    assert.equal(xlsx.code, 1);
    assert.match(xlsx.stderr, /^dyn-usage: This is an Excel workbook \(\.xlsx\)/);
    const page = run(['report', '-'], utf8('<!DOCTYPE html>\n<title>Sign in</title>'));
    assert.equal(page.code, 1);
    assert.match(page.stderr, /^dyn-usage: This is a web page \(HTML\)/);
  });

  it('a stray quote costs its one row, counted and named on stderr', () => {
    const lines = [
      'SubscriptionId,Month,SKU,CustomerName,CustomerMarket,AvailableSeats,AssignedSeats,ActiveSeats',
    ];
    for (let k = 1; k <= 1000; k++)
      lines.push(`s${k},2026-01-01,Sales,${k === 5 ? '"' : ''}Customer ${k},Germany,1,1,1`);
    const { doc, stderr } = report(['report', '-', '--from', '2026-01'], utf8(lines.join('\n')));
    assert.equal(doc.input.rows, 999);
    assert.equal(doc.input.skippedCount, 1);
    assert.deepEqual(doc.summary.available, [999]);
    assert.match(
      stderr,
      /1 row skipped \(first: line 6: a quote in line 6 makes a cell run over the lines after it/,
    );
    assert.match(stderr, /warning: A quote in line 6 made a cell run over/);
  });
});
