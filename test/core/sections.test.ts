import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { computeSummary } from '../../src/core/summary.js';
import { computeGeo } from '../../src/core/geo.js';
import { computeSkuTrend } from '../../src/core/sku-trend.js';
import { computeDistribution } from '../../src/core/distribution.js';
import { computeSubscriptions } from '../../src/core/subscriptions.js';
import { computeTopCustomers } from '../../src/core/top-customers.js';
import { summaryHeadline } from '../../src/core/summary-headline.js';
import { handCube } from './hand-fixture.js';

const Q1 = ['2026-01', '2026-02', '2026-03'];

describe('computeSummary', () => {
  it('computeSummary(cube, months) totals seats per month and never sums months', () => {
    // Jan: S1 10/8/5 + S3 0/0/1. Feb: S1 10/9/7 + S2 5/5/5. Mar: S1 12/10/13 + S2 5/4/2 + S3 20/15/10.
    const summary = computeSummary(handCube(), Q1);
    assert.deepEqual(summary.available, [10, 15, 37]);
    assert.deepEqual(summary.assigned, [8, 14, 29]);
    assert.deepEqual(summary.active, [6, 12, 25]);
    // 6/10 = 60 %, 12/15 = 80 %, 25/37 = 67.567… %
    assert.deepEqual(summary.activePercent, [60, 80, 67.57]);
  });

  it('computeSummary(cube, months) gives zeros and null % for months without rows', () => {
    const summary = computeSummary(handCube(), ['2025-12', '2026-01']);
    assert.deepEqual(summary.available, [0, 10]);
    assert.deepEqual(summary.activePercent, [null, 60]);
  });

  it('summaryHeadline(summary, metric) is the last month and its change from the month before', () => {
    const summary = computeSummary(handCube(), Q1);
    assert.deepEqual(summaryHeadline(summary, 'available'), {
      metric: 'available',
      value: 37,
      previous: 15,
      change: 22,
    });
    // 67.57 − 80 = −12.43 percentage points
    assert.equal(summaryHeadline(summary, 'activePercent').change, -12.43);
    assert.equal(summaryHeadline(computeSummary(handCube(), ['2026-01']), 'active').change, null);
  });
});

describe('computeGeo', () => {
  it('computeGeo(cube, month) gives seats per country of the snapshot month, biggest first', () => {
    const geo = computeGeo(handCube(), '2026-03');
    assert.deepEqual(geo.countries, [
      { code: 'US', market: 'United States', available: 12, assigned: 10, active: 13 },
      { code: 'NL', market: 'Netherlands', available: 5, assigned: 4, active: 2 },
    ]);
    assert.equal(geo.countryCount, 2);
    assert.deepEqual(geo.unmatched, [{ market: 'Atlantis', rows: 1 }]);
  });

  it('computeGeo(cube, month) only counts the snapshot month', () => {
    const geo = computeGeo(handCube(), '2026-02');
    assert.deepEqual(
      geo.countries.map((c) => [c.code, c.available]),
      [
        ['US', 10],
        ['NL', 5],
      ],
    );
    assert.deepEqual(geo.unmatched, []);
    assert.deepEqual(computeGeo(handCube(), null), { countries: [], countryCount: 0, unmatched: [] });
  });
});

describe('computeSkuTrend and computeDistribution', () => {
  it('computeSkuTrend(cube, months) gives each SKU per month, by last month available', () => {
    assert.deepEqual(computeSkuTrend(handCube(), Q1), [
      // Sales = S1 + S3: Jan 10+0, Feb 10, Mar 12+20
      { sku: 'Sales', available: [10, 10, 32], assigned: [8, 9, 25], active: [6, 7, 23] },
      { sku: 'Finance', available: [0, 5, 5], assigned: [0, 5, 4], active: [0, 5, 2] },
    ]);
  });

  it('computeSkuTrend(cube, months) leaves out SKUs without rows in the window', () => {
    assert.deepEqual(
      computeSkuTrend(handCube(), ['2026-01']).map((t) => t.sku),
      ['Sales'],
    );
  });

  it('computeDistribution(cube, month) gives seats per SKU in the snapshot month', () => {
    assert.deepEqual(computeDistribution(handCube(), '2026-03'), [
      { sku: 'Sales', available: 32, assigned: 25, active: 23 },
      { sku: 'Finance', available: 5, assigned: 4, active: 2 },
    ]);
    assert.deepEqual(computeDistribution(handCube(), '2026-01'), [
      { sku: 'Sales', available: 10, assigned: 8, active: 6 },
    ]);
  });
});

describe('computeSubscriptions', () => {
  it('computeSubscriptions(cube, months) gives each subscription its monthly trend', () => {
    const { total, rows } = computeSubscriptions(handCube(), Q1);
    assert.equal(total, 3);
    assert.deepEqual(
      rows.map((r) => r.subscriptionId),
      ['S2', 'S1', 'S3'], // Alpha/Finance, Alpha/Sales, Beta/Sales
    );
    const s1 = rows[1];
    assert.deepEqual(s1?.available, [10, 10, 12]);
    assert.deepEqual(s1?.active, [5, 7, 13]);
    // 13 active of 12 available: 108.33 %, not clamped
    assert.deepEqual(s1?.activePercent, [50, 70, 108.33]);
    assert.deepEqual(rows[2]?.activePercent, [null, null, 50]);
  });
});

describe('computeTopCustomers', () => {
  it('computeTopCustomers(cube, months) ranks by billed revenue summed over the window', () => {
    // Alpha: 100 + 100 + 120 + 250 + 250 = 820; Beta: 50.
    const top = computeTopCustomers(handCube(), Q1);
    assert.equal(top.rankedBy, 'billedRevenue');
    assert.deepEqual(top.customers, [
      { customerKey: 'tA', customerName: 'Alpha', billedRevenue: 820, availableSeats: 17 },
      { customerKey: 'tB', customerName: 'Beta', billedRevenue: 50, availableSeats: 20 },
    ]);
  });

  it('computeTopCustomers(cube, months) falls back to available seats in the last month', () => {
    const top = computeTopCustomers(handCube({ withRevenue: false }), Q1);
    assert.equal(top.rankedBy, 'availableSeats');
    assert.deepEqual(
      top.customers.map((c) => [c.customerName, c.availableSeats, c.billedRevenue]),
      [
        ['Beta', 20, null],
        ['Alpha', 17, null],
      ],
    );
  });

  it('computeTopCustomers(cube, months, { revenue }) uses the map by key or name, and top cuts', () => {
    const top = computeTopCustomers(handCube({ withRevenue: false }), Q1, {
      revenue: { tB: 1000, Alpha: 5 },
      top: 1,
    });
    assert.equal(top.rankedBy, 'billedRevenue');
    assert.deepEqual(top.customers, [
      { customerKey: 'tB', customerName: 'Beta', billedRevenue: 1000, availableSeats: 20 },
    ]);
  });

  it('computeTopCustomers(cube, months, { top }) breaks ties at the cut by seats, then name', () => {
    // Both customers bill 100 (from the map); seats in March: Alpha 12 + 5 = 17, Beta 20. The tie on
    // revenue goes to seats, so Beta comes first, and a cut of 1 inside the tie keeps Beta.
    const cube = handCube({ withRevenue: false });
    const top = computeTopCustomers(cube, Q1, { revenue: { tA: 100, tB: 100 }, top: 3 });
    assert.deepEqual(
      top.customers.map((c) => [c.customerName, c.billedRevenue, c.availableSeats]),
      [
        ['Beta', 100, 20],
        ['Alpha', 100, 17],
      ],
    );
    const one = computeTopCustomers(cube, Q1, { revenue: { tA: 100, tB: 100 }, top: 1 });
    assert.deepEqual(
      one.customers.map((c) => c.customerName),
      ['Beta'],
    );
    const none = computeTopCustomers(cube, Q1, { top: 0 });
    assert.deepEqual(none.customers, []);
  });

  it('computeTopCustomers(cube, months) only sums revenue of the window months', () => {
    // Feb..Mar: Alpha 100 + 120 + 250 + 250 = 720
    const top = computeTopCustomers(handCube(), ['2026-02', '2026-03']);
    assert.equal(top.customers[0]?.billedRevenue, 720);
  });
});
