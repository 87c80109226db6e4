import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { UsageReport } from '../../src/core/report.js';

const CLI = ['--import', 'tsx', 'src/cli/dyn-usage.ts'];
const HAND = readFileSync('test/fixtures/hand-export.csv', 'utf8');
const dir = mkdtempSync(join(tmpdir(), 'dyn-usage-months-'));

/** The hand export with each ISO `Month` (always the 1st) rewritten by `format(year, month)`. */
function withMonths(format: (year: string, month: string) => string): string {
  return HAND.replace(/(\d{4})-(\d{2})-01/g, (_, year: string, month: string) => format(year, month));
}

function run(name: string, text: string, args: string[] = []) {
  const file = join(dir, name);
  writeFileSync(file, text);
  const result = spawnSync(process.execPath, [...CLI, 'report', file, ...args], { encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function report(name: string, text: string, args: string[] = []): { doc: UsageReport; stderr: string } {
  const { code, stdout, stderr } = run(name, text, args);
  assert.equal(code, 0, stderr);
  return { doc: JSON.parse(stdout) as UsageReport, stderr };
}

describe('dyn-usage report on dates as Excel re-saves them', () => {
  // The hand export's seats by month, worked out in dyn-usage.test.ts: 10, 15 and 37 available.
  const HAND_AVAILABLE = [10, 15, 37];

  it('reads en-GB day-first dates (01/02/2026 00:00 is February), warning with the line', () => {
    const text = withMonths((y, m) => `01/${m}/${y} 00:00`);
    const { doc, stderr } = report('en-gb.csv', text, ['--from', '2026-01']);
    assert.deepEqual(doc.months, ['2026-01', '2026-02', '2026-03']);
    assert.deepEqual(doc.summary.available, HAND_AVAILABLE);
    assert.deepEqual(
      doc.input.warnings.map((w) => [w.code, w.lines]),
      [['date-day-first', [3]]],
    );
    assert.match(stderr, /warning: Month: dates are day first \("01\/02\/2026 00:00" on line 3/);
  });

  it('reads nl (1-2-2026) and de (01.02.2026) dates day first, and US (2/1/2026) month first', () => {
    for (const [name, format] of [
      ['nl.csv', (y: string, m: string) => `1-${Number(m)}-${y}`],
      ['de.csv', (y: string, m: string) => `01.${m}.${y}`],
      ['us.csv', (y: string, m: string) => `${Number(m)}/1/${y} 12:00:00 AM`],
    ] as const) {
      const { doc } = report(name, withMonths(format), ['--from', '2026-01']);
      assert.deepEqual(doc.summary.available, HAND_AVAILABLE, name);
      assert.equal(doc.input.warnings.length, name === 'us.csv' ? 0 : 1, name);
    }
  });

  it('refuses a file that mixes day-first and month-first dates, naming both lines (exit 1)', () => {
    let row = 0;
    const text = withMonths((y, m) => (++row === 7 ? `${m}/01/${y}` : `01/${m}/${y}`));
    const { code, stdout, stderr } = run('mixed.csv', text);
    assert.equal(code, 1);
    assert.equal(stdout, '');
    assert.match(
      stderr,
      /mixes date orders: "01\/02\/2026" on line 3 reads day first, "03\/01\/2026" on line 8 month first/,
    );
  });

  it('a row mistyped as 2062 does not move the default window, and is named with its row count', () => {
    const text = `${HAND.trimEnd()}\r\nS9,2062-03-01,tZ,Zeta,Sales,Germany,4,4,4\r\n`;
    const { doc, stderr } = report('year.csv', text);
    assert.equal(doc.months.at(-1), '2026-03');
    assert.equal(doc.months.length, 12);
    assert.deepEqual(doc.summary.available.slice(-3), HAND_AVAILABLE);
    assert.equal(doc.input.rows, 8);
    assert.match(
      stderr,
      /warning: Month 2062-03 \(1 row\) is more than a year away from the rest of the data \(2026-01 to 2026-03\)/,
    );
  });

  it('--from 0001-01 --to 9999-12 is cut to the data (120 months at most), not 120,000 months', () => {
    const { doc, stderr } = report('window.csv', HAND, ['--from', '0001-01', '--to', '9999-12']);
    assert.deepEqual(doc.months, ['2026-01', '2026-02', '2026-03']);
    assert.deepEqual(doc.summary.available, HAND_AVAILABLE);
    assert.match(
      stderr,
      /warning: The window 0001-01 to 9999-12 is longer than 120 months: cut to 2026-01 to 2026-03/,
    );
  });
});
