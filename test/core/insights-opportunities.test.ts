import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { reportFromText } from '../../src/core/report-from.js';
import type { OpportunitiesInsight } from '../../src/core/report.js';
import { idleCustomerCsv } from '../fixtures/insights-exports.js';

function opportunities(options = {}): OpportunitiesInsight {
  const insights = reportFromText(idleCustomerCsv(), options).insights;
  assert.ok(insights);
  return insights.opportunities;
}

describe('insights.opportunities', () => {
  it('is about the window’s last month', () => {
    assert.equal(opportunities().month, '2026-06');
  });

  it('unassigned: available − assigned per customer in June, with the subscriptions that hold them', () => {
    // Shelfware 120 − 50 = 70 (W1 100 − 30); Steady 40 − 35 = 5 (Y1); Dipping 40 − 38 = 2 (D2 10 − 8);
    // Idle Co 60 − 60 = 0: not listed.
    assert.deepEqual(
      opportunities().unassigned.map((c) => [c.customerName, c.value, c.subscriptionIds]),
      [
        ['Shelfware Ltd', 70, ['W1']],
        ['Steady Inc', 5, ['Y1']],
        ['Dipping GmbH', 2, ['D2']],
      ],
    );
    assert.deepEqual(opportunities().unassigned[0], {
      customerKey: 'tW',
      customerName: 'Shelfware Ltd',
      available: 120,
      assigned: 50,
      active: 48,
      value: 70,
      subscriptionIds: ['W1'],
    });
  });

  it('inactive: assigned − active per customer in June; the planted idle customer leads', () => {
    // Idle Co 60 − 15 = 45 (I1 50 − 5; I2 10 − 10 = 0); Dipping 38 − 32 = 6 (D1 30 − 24); Steady
    // 35 − 30 = 5; Shelfware 50 − 48 = 2 (W2 20 − 18).
    assert.deepEqual(
      opportunities().inactive.map((c) => [c.customerName, c.value, c.subscriptionIds]),
      [
        ['Idle Co', 45, ['I1']],
        ['Dipping GmbH', 6, ['D1']],
        ['Steady Inc', 5, ['Y1']],
        ['Shelfware Ltd', 2, ['W2']],
      ],
    );
  });

  it('falling: active % in March against June, in percentage points', () => {
    // Idle Co: March 50/60 = 83.33 %, June 15/60 = 25 %: a fall of 58.33 (I1 80 % → 10 %; I2 100 → 100).
    // Dipping: March (D3, gone since, counts then) 45/50 = 90 %, June 32/40 = 80 %: 10 (D1 90 → 80 %).
    // Shelfware 40 % → 40 % and Steady 50 % → 75 % did not fall.
    const falling = opportunities().falling;
    assert.deepEqual(
      falling.map((c) => [
        c.customerName,
        c.fromMonth,
        c.fromPercent,
        c.toPercent,
        c.value,
        c.subscriptionIds,
      ]),
      [
        ['Idle Co', '2026-03', 83.33, 25, 58.33, ['I1']],
        ['Dipping GmbH', '2026-03', 90, 80, 10, ['D1']],
      ],
    );
    assert.deepEqual([falling[0]?.available, falling[0]?.assigned, falling[0]?.active], [60, 60, 15]);
  });

  it('falling: a window shorter than four months measures from its first month', () => {
    // May → June: Idle Co 30/60 = 50 % → 25 %; Dipping D1+D2 33/40 = 82.5 % → 80 %: 2.5.
    assert.deepEqual(
      opportunities({ from: '2026-05' }).falling.map((c) => [c.customerKey, c.fromMonth, c.value]),
      [
        ['tI', '2026-05', 25],
        ['tD', '2026-05', 2.5],
      ],
    );
  });

  it('lists at most ten customers each', () => {
    // Twelve customers with 1..12 unassigned seats: the ten largest, 12 down to 3.
    const rows = [
      'SubscriptionId,Month,CustomerName,SKU,CustomerMarket,AvailableSeats,AssignedSeats,ActiveSeats',
    ];
    for (let k = 1; k <= 12; k++) rows.push(`S${k},2026-06-01,Customer ${k},Sales,Germany,${20 + k},20,20`);
    const list = reportFromText(rows.join('\n')).insights!.opportunities.unassigned;
    assert.deepEqual(
      list.map((c) => c.value),
      [12, 11, 10, 9, 8, 7, 6, 5, 4, 3],
    );
  });
});
