import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { partialLatestMonth } from '../../src/core/partial-month.js';
import type { UsageReport } from '../../src/core/report.js';
import { reportFromRecords } from '../../src/core/report-from.js';

type Parts = Parameters<typeof partialLatestMonth>[0];

/** A window of August–October 2026 with these rows and available seats per month. */
function parts(rows: number[] | undefined, available: number[], latestMonth?: string | null): Parts {
  const months = ['2026-08', '2026-09', '2026-10'];
  const zeros = months.map(() => 0);
  const summary: UsageReport['summary'] = { available, assigned: zeros, active: zeros, activePercent: zeros };
  const input: UsageReport['input'] = {
    rows: 0,
    skipped: [],
    skippedCount: 0,
    emptyAvailable: 0,
    warnings: [],
    ...(rows ? { monthRows: rows } : {}),
  };
  return { months, summary, input, ...(latestMonth === undefined ? {} : { latestMonth }) };
}

describe('partialLatestMonth', () => {
  it('partialLatestMonth(report) flags 312 rows against 1,040 the month before (30 %)', () => {
    assert.deepEqual(partialLatestMonth(parts([1000, 1040, 312], [5000, 5200, 4900], '2026-10')), {
      month: '2026-10',
      previous: '2026-09',
      measure: 'rows',
      value: 312,
      previousValue: 1040,
    });
  });

  it('takes 80 % as whole: 832 of 1,040 rows is 0.8 exactly and passes, 831 is flagged', () => {
    assert.equal(partialLatestMonth(parts([1000, 1040, 832], [5000, 5200, 5200])), null);
    assert.equal(partialLatestMonth(parts([1000, 1040, 831], [5000, 5200, 5200]))?.value, 831);
  });

  it('flags available seats when rows hold: 1,500 against 2,000 (75 %) with 1,000 rows both months', () => {
    assert.deepEqual(partialLatestMonth(parts([1000, 1000, 1000], [2000, 2000, 1500])), {
      month: '2026-10',
      previous: '2026-09',
      measure: 'available',
      value: 1500,
      previousValue: 2000,
    });
  });

  it('judges a document without monthRows by its seats: 1,600 of 2,000 (80 %) passes', () => {
    assert.equal(partialLatestMonth(parts(undefined, [2000, 2000, 1600])), null);
    assert.equal(partialLatestMonth(parts(undefined, [2000, 2000, 1599]))?.measure, 'available');
  });

  it('says nothing of a window that ends before the data’s latest month', () => {
    assert.equal(partialLatestMonth(parts([1000, 1040, 312], [5000, 5200, 1000], '2026-11')), null);
  });

  it('says nothing of one month, or after a month without rows or seats', () => {
    const one = { ...parts([10], [10]), months: ['2026-10'] };
    assert.equal(partialLatestMonth(one), null);
    assert.equal(partialLatestMonth(parts([0, 0, 3], [0, 0, 5])), null);
  });

  it('reads the rows the core counted: September 5 subscriptions, October 3 (60 %)', () => {
    const record = (id: string, month: string) => ({
      SubscriptionId: id,
      Month: `${month}-01`,
      CustomerTenantId: 'tA',
      CustomerName: 'Alpha',
      SKU: 'Sales',
      CustomerMarket: 'Netherlands',
      AvailableSeats: '10',
      AssignedSeats: '10',
      ActiveSeats: '10',
    });
    const ids = ['S1', 'S2', 'S3', 'S4', 'S5'];
    const records = [
      ...ids.map((id) => record(id, '2026-09')),
      ...ids.slice(0, 3).map((id) => record(id, '2026-10')),
    ];
    const report = reportFromRecords(records, { from: '2026-09' });
    assert.deepEqual(report.input.monthRows, [5, 3]);
    assert.equal(report.latestMonth, '2026-10');
    assert.deepEqual(partialLatestMonth(report), {
      month: '2026-10',
      previous: '2026-09',
      measure: 'rows',
      value: 3,
      previousValue: 5,
    });
  });
});
