import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { resolveReportWindow } from '../../src/core/report-window.js';
import { addMonths, monthRange } from '../../src/core/month-math.js';

const PRESENT = ['2026-03', '2025-01', '2026-01'];

describe('resolveReportWindow', () => {
  it('resolveReportWindow(months) is the 12 months ending at the latest month', () => {
    const window = resolveReportWindow(PRESENT);
    assert.equal(window.months.length, 12);
    assert.equal(window.months[0], '2025-04');
    assert.equal(window.months[11], '2026-03');
    assert.equal(window.month, '2026-03');
  });

  it('resolveReportWindow(months, { from, to }) takes any range, months without rows included', () => {
    assert.deepEqual(resolveReportWindow(PRESENT, { from: '2025-11', to: '2026-02' }).months, [
      '2025-11',
      '2025-12',
      '2026-01',
      '2026-02',
    ]);
    assert.equal(resolveReportWindow(PRESENT, { from: '2024-01' }).months.length, 27);
    assert.equal(resolveReportWindow(PRESENT, { month: '2026-01' }).month, '2026-01');
  });

  it('latest is the data’s latest month whatever the window (a window ending in February 2026 too)', () => {
    assert.equal(resolveReportWindow(PRESENT).latest, '2026-03');
    assert.equal(resolveReportWindow(PRESENT, { from: '2025-11', to: '2026-02' }).latest, '2026-03');
  });

  it('resolveReportWindow([]) is empty without a range, and zeros with one', () => {
    assert.deepEqual(resolveReportWindow([]), { months: [], month: null, latest: null, warnings: [] });
    assert.deepEqual(resolveReportWindow([], { from: '2026-01', to: '2026-02' }).months, [
      '2026-01',
      '2026-02',
    ]);
  });

  it('resolveReportWindow rejects bad options with a message that names them', () => {
    assert.throws(() => resolveReportWindow(PRESENT, { from: '2026-13' }), /invalid from: "2026-13"/);
    assert.throws(() => resolveReportWindow(PRESENT, { to: '26-01' }), /invalid to/);
    assert.throws(
      () => resolveReportWindow(PRESENT, { from: '2026-03', to: '2026-01' }),
      /from 2026-03 is after to 2026-01/,
    );
    assert.throws(() => resolveReportWindow(PRESENT, { month: '2020-01' }), /outside the window/);
  });
});

describe('resolveReportWindow and months far from the data', () => {
  // Twelve months of 2025-11..2026-10 with 83 rows each, and one row mistyped as 2062.
  const rows = new Map<string, { rows: number }>([
    ...monthRange('2025-11', '2026-10').map((m): [string, { rows: number }] => [m, { rows: 83 }]),
    ['2062-10', { rows: 1 }],
  ]);

  it('a month more than a year from the rest does not choose the default window, and is named with its rows', () => {
    const window = resolveReportWindow(rows);
    assert.equal(window.months[0], '2025-11');
    assert.equal(window.months[11], '2026-10');
    assert.deepEqual(
      window.warnings.map((w) => w.code),
      ['outlier-month'],
    );
    assert.match(
      window.warnings[0]?.message ?? '',
      /Month 2062-10 \(1 row\).*2025-11 to 2026-10.*default window ends at 2026-10/,
    );
  });

  it('a gap of exactly a year is one run of months (no warning)', () => {
    assert.deepEqual(resolveReportWindow(PRESENT).warnings, []);
  });

  it('the run with more rows is the data: a mistyped past year is an outlier too', () => {
    const past = new Map([...rows].filter(([m]) => m !== '2062-10'));
    past.set('1926-03', { rows: 2 });
    const window = resolveReportWindow(past);
    assert.equal(window.months[11], '2026-10');
    assert.match(window.warnings[0]?.message ?? '', /Month 1926-03 \(2 rows\)/);
  });

  it('a window of 9,999 years is cut to the months with rows, with a warning (no 120,000-month arrays)', () => {
    const window = resolveReportWindow(rows, { from: '0001-01', to: '9999-12' });
    // Rows from 2025-11 to 2062-10 are 444 months: the last 120 of them, ending at the last month with rows.
    assert.equal(window.months.length, 120);
    assert.equal(window.months[0], '2052-11');
    assert.equal(window.months[119], '2062-10');
    assert.equal(window.month, '2062-10');
    assert.deepEqual(
      window.warnings.map((w) => w.code),
      ['outlier-month', 'window-clamped'],
    );
    const clean = new Map([...rows].filter(([m]) => m !== '2062-10'));
    const cut = resolveReportWindow(clean, { from: '0001-01', to: '9999-12', month: '2026-01' });
    assert.deepEqual([cut.months[0], cut.months.at(-1), cut.month], ['2025-11', '2026-10', '2026-01']);
    assert.deepEqual(resolveReportWindow([], { from: '0001-01', to: '9999-12' }).months.length, 120);
  });
});

describe('month math', () => {
  it('monthRange(from, to) ends at 9999-12 (text comparison would run on past "10000-01")', () => {
    assert.deepEqual(monthRange('9999-11', '9999-12'), ['9999-11', '9999-12']);
  });

  it('addMonths(month, delta) crosses years both ways', () => {
    assert.equal(addMonths('2026-01', -1), '2025-12');
    assert.equal(addMonths('2025-12', 1), '2026-01');
    assert.equal(addMonths('2026-03', -27), '2023-12');
  });

  it('monthRange(from, to) includes both ends', () => {
    assert.deepEqual(monthRange('2025-11', '2026-01'), ['2025-11', '2025-12', '2026-01']);
    assert.deepEqual(monthRange('2026-02', '2026-01'), []);
  });
});
