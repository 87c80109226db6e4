import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { reportFromRecords, reportFromText } from '../../src/core/report-from.js';
import type { ReportOptions, RenewalsInsight } from '../../src/core/report.js';
import { endDateOrder } from '../../src/core/insights/end-date-order.js';
import { parseDate } from '../../src/data/parse-month.js';
import { plantedDropCsv, plantedRenewalCsv } from '../fixtures/insights-exports.js';

function renewals(text: string, options: ReportOptions = {}): RenewalsInsight {
  const insights = reportFromText(text, options).insights;
  assert.ok(insights);
  return insights.renewals;
}

describe('insights.renewals', () => {
  it('lists the low-usage subscriptions ending in the 90 days after June, most seats first', () => {
    const r = renewals(plantedRenewalCsv());
    assert.ok(r.available);
    assert.deepEqual([r.month, r.days, r.activeBelow, r.unreadableDates], ['2026-06', 90, 50, 1]);
    // R1 100 seats (Aug 15: 31 days of July + 15 = 46), R2 40 (Sept 28: 31 + 31 + 28 = 90), R5 20 (July 1).
    assert.deepEqual(
      r.subscriptions.map((s) => [
        s.subscriptionId,
        s.endDate,
        s.daysAfterMonth,
        s.available,
        s.activePercent,
      ]),
      [
        ['R1', '2026-08-15', 46, 100, 30],
        ['R2', '2026-09-28', 90, 40, 25],
        ['R5', '2026-07-01', 1, 20, 45],
      ],
    );
    assert.deepEqual(r.subscriptions[0], {
      subscriptionId: 'R1',
      customerKey: 'tC',
      customerName: 'Contoso',
      sku: 'Sales',
      endDate: '2026-08-15',
      daysAfterMonth: 46,
      available: 100,
      assigned: 90,
      active: 30,
      activePercent: 30,
    });
  });

  it('renewalDays and renewalActiveBelow move the limits', () => {
    // 30 days: only R5 (+1); R1 is +46.
    const short = renewals(plantedRenewalCsv(), { renewalDays: 30 });
    assert.ok(short.available);
    assert.deepEqual(
      short.subscriptions.map((s) => s.subscriptionId),
      ['R5'],
    );
    // Below 80 %: also R4 (75 %, 80 seats) and R6 (50 %, 30 seats); R3 is still a day too late.
    const wide = renewals(plantedRenewalCsv(), { renewalActiveBelow: 80 });
    assert.ok(wide.available);
    assert.deepEqual(
      wide.subscriptions.map((s) => [s.subscriptionId, s.available]),
      [
        ['R1', 100],
        ['R4', 80],
        ['R2', 40],
        ['R6', 30],
        ['R5', 20],
      ],
    );
    assert.throws(() => renewals(plantedRenewalCsv(), { renewalDays: -1 }), /invalid renewalDays: -1/);
  });

  it('reads an Excel en-GB file’s dates day first, as its Month column says', () => {
    // 01/06/2026 in Month decides day first; 01/07/2026 is July 1, not January 7.
    const r = renewals(plantedRenewalCsv({ dayFirst: true }));
    assert.ok(r.available);
    assert.deepEqual(
      r.subscriptions.map((s) => [s.subscriptionId, s.endDate]),
      [
        ['R1', '2026-08-15'],
        ['R2', '2026-09-28'],
        ['R5', '2026-07-01'],
      ],
    );
  });

  it('reads subscriptionEndDate from JSON rows (camelCase) too', () => {
    // June 30 + 1 day: July 1; 4 of 10 seats active (40 %).
    const row = {
      subscriptionId: 'J1',
      subscriptionEndDate: '2026-07-01T00:00:00Z',
      month: '2026-06-01',
      sku: 'Sales',
      customerName: 'Contoso',
      customerMarket: 'Germany',
      availableSeats: 10,
      assignedSeats: 8,
      activeSeats: 4,
    };
    const r = reportFromRecords([row]).insights?.renewals;
    assert.ok(r?.available);
    assert.deepEqual(
      r.subscriptions.map((s) => [s.subscriptionId, s.endDate, s.daysAfterMonth, s.activePercent]),
      [['J1', '2026-07-01', 1, 40]],
    );
  });

  it('says so when the export has no end dates', () => {
    assert.deepEqual(renewals(plantedDropCsv()), {
      available: false,
      code: 'no-end-dates',
      reason: 'The export has no SubscriptionEndDate column (or no date in it): renewals need end dates',
    });
  });
});

describe('endDateOrder(texts, warnings)', () => {
  it('a part over 12 tells the order; otherwise the Month column’s order', () => {
    assert.deepEqual(endDateOrder(['3/5/2027', '13/01/2027'], []), { order: 'day-first' });
    assert.deepEqual(endDateOrder(['1/31/2027'], []), { order: 'month-first' });
    // Nothing tells (3/5 could be either; ISO is ISO): month first, as Partner Center writes dates.
    assert.deepEqual(endDateOrder(['3/5/2027', '2027-01-31'], []), { order: 'month-first' });
    const dayFirst = [{ code: 'date-day-first' as const, message: '' }];
    assert.deepEqual(endDateOrder(['3/5/2027'], dayFirst), { order: 'day-first' });
  });

  it('refuses dates that disagree, naming them', () => {
    assert.deepEqual(endDateOrder(['13/01/2027', '1/31/2027'], []), {
      problem:
        'SubscriptionEndDate: the file mixes date orders ("13/01/2027" reads day first, "1/31/2027" month first)',
    });
    const dayFirst = [{ code: 'date-day-first' as const, message: '' }];
    const conflict = endDateOrder(['1/31/2027'], dayFirst);
    assert.ok('problem' in conflict);
    assert.match(
      conflict.problem,
      /"1\/31\/2027" reads month first, but the file's Month dates are day first/,
    );
  });
});

describe('parseDate(text, order)', () => {
  it('reads full dates in the forms parseMonth reads, and nothing without a day', () => {
    assert.equal(parseDate('2026-08-15'), '2026-08-15');
    assert.equal(parseDate('2026-08-15T00:00:00Z'), '2026-08-15');
    assert.equal(parseDate('2026/8/5'), '2026-08-05');
    assert.equal(parseDate('8/15/2026'), '2026-08-15');
    assert.equal(parseDate('15/08/2026', 'day-first'), '2026-08-15');
    assert.equal(parseDate('15/08/2026'), null);
    assert.equal(parseDate('2026-06'), null);
    assert.equal(parseDate('2026-02-30'), null);
    assert.equal(parseDate('soon'), null);
  });
});
