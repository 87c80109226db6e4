import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { rollupCustomers } from '../../src/core/customer-rollup.js';
import type { SubscriptionTrend } from '../../src/core/report.js';
import { computeSubscriptions } from '../../src/core/subscriptions.js';
import { computeTopCustomers } from '../../src/core/top-customers.js';
import { handCube } from './hand-fixture.js';

const Q1 = ['2026-01', '2026-02', '2026-03'];

function rollup(options: { withRevenue?: boolean; top?: number } = {}) {
  const cube = handCube(options);
  const top = computeTopCustomers(cube, Q1, { top: options.top ?? 100 });
  return rollupCustomers(computeSubscriptions(cube, Q1), top, Q1);
}

describe('rollupCustomers', () => {
  it('rollupCustomers(subscriptions, topCustomers, months) sums each customer per month, ranked by revenue', () => {
    const [alpha, beta, ...rest] = rollup();
    assert.equal(rest.length, 0);
    // Alpha = S1 + S2. Jan: 10 available, 5 active (S2 starts in Feb). Feb: 10+5, 7+5. Mar: 12+5, 13+2.
    // Revenue 100+100+120+250+250 = 820. Mar: 15 / 17 = 88.235… %.
    assert.deepEqual(
      { ...alpha, subscriptions: alpha?.subscriptions.map((s) => s.subscriptionId) },
      {
        customerKey: 'tA',
        customerName: 'Alpha',
        // S1 (United States) has 12 seats in March, S2 (Netherlands) 5.
        market: 'United States',
        segment: 'SMB',
        rank: 1,
        billedRevenue: 820,
        subscriptionCount: 2,
        available: [10, 15, 17],
        active: [5, 12, 15],
        activePercent: [50, 80, 88.24],
        availableLast: 17,
        activeLast: 15,
        activePercentLast: 88.24,
        subscriptions: ['S2', 'S1'],
      },
    );
    // Beta = S3: Jan 0 available / 1 active (no %), Feb no row, Mar 20 / 10 = 50 %; revenue 50.
    assert.equal(beta?.rank, 2);
    assert.equal(beta?.billedRevenue, 50);
    assert.equal(beta?.market, 'Atlantis');
    assert.deepEqual(beta?.available, [0, 0, 20]);
    assert.deepEqual(beta?.active, [1, 0, 10]);
    assert.deepEqual(beta?.activePercent, [null, null, 50]);
  });

  it('rollupCustomers ranks by last-month available seats when the data has no revenue', () => {
    // Mar: Beta 20 available, Alpha 17.
    const rows = rollup({ withRevenue: false });
    assert.deepEqual(
      rows.map((r) => [r.customerName, r.rank, r.billedRevenue]),
      [
        ['Beta', 1, null],
        ['Alpha', 2, null],
      ],
    );
  });

  it('rollupCustomers keeps customers outside the top N, unranked and without revenue, after the ranked ones', () => {
    assert.deepEqual(
      rollup({ top: 1 }).map((r) => [r.customerName, r.rank, r.billedRevenue]),
      [
        ['Alpha', 1, 820],
        ['Beta', null, null],
      ],
    );
    assert.deepEqual(
      rollup({ withRevenue: false, top: 0 }).map((r) => [r.customerName, r.rank]),
      [
        // Unranked: by March available seats, 20 before 17.
        ['Beta', null],
        ['Alpha', null],
      ],
    );
  });

  it('rollupCustomers picks the market with more seats, then more subscriptions, then by name', () => {
    const sub = (id: string, market: string, seats: number): SubscriptionTrend => ({
      subscriptionId: id,
      customerName: 'Gamma',
      customerKey: 'tG',
      sku: 'Sales',
      market,
      segment: '',
      available: [seats],
      active: [0],
      activePercent: [0],
    });
    const none = { rankedBy: 'availableSeats' as const, customers: [] };
    const months = ['2026-03'];
    const pick = (rows: SubscriptionTrend[]) =>
      rollupCustomers({ total: rows.length, rows }, none, months)[0]?.market;
    assert.equal(pick([sub('a', 'Norway', 3), sub('b', 'Chile', 2), sub('c', 'Chile', 0)]), 'Norway');
    assert.equal(pick([sub('a', 'Norway', 2), sub('b', 'Chile', 2), sub('c', 'Chile', 0)]), 'Chile');
    assert.equal(pick([sub('a', 'Norway', 2), sub('b', 'Chile', 2)]), 'Chile');
  });

  it('rollupCustomers gives no rows for no subscriptions', () => {
    assert.deepEqual(
      rollupCustomers({ total: 0, rows: [] }, { rankedBy: 'availableSeats', customers: [] }, []),
      [],
    );
  });
});
