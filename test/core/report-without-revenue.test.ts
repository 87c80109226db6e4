import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { computeReport } from '../../src/core/compute-report.js';
import { computeTopCustomers } from '../../src/core/top-customers.js';
import { reportWithoutRevenue } from '../../src/core/report-without-revenue.js';
import { reportProblem } from '../../src/load/is-usage-report.js';
import { handCube } from './hand-fixture.js';

const Q1 = ['2026-01', '2026-02', '2026-03'];
const COUNTS = { emptyAvailable: 0 };

describe('computeReport(cube, counts, { revenue: false })', () => {
  it('names no revenue anywhere in the document, key or value', () => {
    // With revenue, Alpha's is 100 + 100 + 120 + 250 + 250 = 820 and Beta's 50.
    const withRevenue = JSON.stringify(computeReport(handCube(), COUNTS, { from: '2026-01' }));
    assert.match(withRevenue, /"billedRevenue":820/);
    const json = JSON.stringify(computeReport(handCube(), COUNTS, { from: '2026-01', revenue: false }));
    assert.doesNotMatch(json, /revenue/i);
    assert.doesNotMatch(json, /820/);
  });

  it('ranks the top customers by available seats in the last month, and says so', () => {
    // March: Beta S3 20; Alpha S1 12 + S2 5 = 17. By revenue Alpha (820) led; by seats Beta does.
    const report = computeReport(handCube(), COUNTS, { from: '2026-01', revenue: false });
    assert.deepEqual(report.topCustomers, {
      rankedBy: 'availableSeats',
      customers: [
        { customerKey: 'tB', customerName: 'Beta', availableSeats: 20 },
        { customerKey: 'tA', customerName: 'Alpha', availableSeats: 17 },
      ],
    });
  });

  it('keeps every other section as it was', () => {
    const full = computeReport(handCube(), COUNTS, { from: '2026-01' });
    const hidden = computeReport(handCube(), COUNTS, { from: '2026-01', revenue: false });
    assert.deepEqual({ ...hidden, topCustomers: null }, { ...full, topCustomers: null });
    // Three subscriptions with rows in Q1: S1, S2, S3.
    assert.equal(hidden.subscriptions.rows.length, 3);
  });

  it('computeTopCustomers(cube, months, { revenue: false, top: 1 }) keeps the most seats', () => {
    const top = computeTopCustomers(handCube(), Q1, { revenue: false, top: 1 });
    assert.deepEqual(top.customers, [{ customerKey: 'tB', customerName: 'Beta', availableSeats: 20 }]);
  });

  it('passes the check a page makes of a document it loads (no billedRevenue key is fine)', () => {
    const report = computeReport(handCube(), COUNTS, { from: '2026-01', revenue: false });
    assert.equal(reportProblem(JSON.parse(JSON.stringify(report))), null);
  });

  it('a report without subscriptions still says it ranks by seats', () => {
    const report = computeReport(handCube(), COUNTS, { revenue: false, subscriptions: false });
    assert.deepEqual(report.topCustomers, { rankedBy: 'availableSeats', customers: [] });
  });
});

describe('reportWithoutRevenue(report)', () => {
  it('takes the revenue out of a document made with it and re-ranks by seats', () => {
    const full = computeReport(handCube(), COUNTS, { from: '2026-01' });
    const hidden = reportWithoutRevenue(full);
    assert.doesNotMatch(JSON.stringify(hidden), /revenue/i);
    assert.deepEqual(
      hidden.topCustomers.customers.map((c) => [c.customerName, c.availableSeats]),
      [
        ['Beta', 20],
        ['Alpha', 17],
      ],
    );
    // The given document is left as it was.
    assert.equal(full.topCustomers.customers[0]?.billedRevenue, 820);
  });

  it('returns a document without revenue itself', () => {
    const hidden = computeReport(handCube(), COUNTS, { revenue: false });
    assert.equal(reportWithoutRevenue(hidden), hidden);
  });

  it('drops the null revenue of a document made from an export without it', () => {
    const plain = computeReport(handCube({ withRevenue: false }), COUNTS);
    assert.equal(plain.topCustomers.customers[0]?.billedRevenue, null);
    assert.doesNotMatch(JSON.stringify(reportWithoutRevenue(plain)), /revenue/i);
  });
});
