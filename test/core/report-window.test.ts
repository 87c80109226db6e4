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

  it('resolveReportWindow([]) is empty without a range, and zeros with one', () => {
    assert.deepEqual(resolveReportWindow([]), { months: [], month: null });
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

describe('month math', () => {
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
