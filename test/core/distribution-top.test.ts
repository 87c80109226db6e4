import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { distributionTop } from '../../src/core/distribution-top.js';

// The hand fixture's March: Sales = S1 12/10/13 + S3 20/15/10 = 32/25/23; Finance = S2 5/4/2.
// Totals 37 available, 29 assigned, 25 active.
const MARCH = [
  { sku: 'Sales', available: 32, assigned: 25, active: 23 },
  { sku: 'Finance', available: 5, assigned: 4, active: 2 },
];

describe('distributionTop', () => {
  it('distributionTop(entries) gives every SKU its share of available and active seats', () => {
    const { rows, otherCount, total } = distributionTop(MARCH);
    assert.deepEqual(total, { available: 37, assigned: 29, active: 25 });
    assert.equal(otherCount, 0);
    // 32/37 = 86.486… %, 23/25 = 92 %; 5/37 = 13.513… %, 2/25 = 8 %
    assert.deepEqual(rows, [
      {
        sku: 'Sales',
        available: 32,
        assigned: 25,
        active: 23,
        availableShare: 86.49,
        activeShare: 92,
        skuCount: 1,
        other: false,
      },
      {
        sku: 'Finance',
        available: 5,
        assigned: 4,
        active: 2,
        availableShare: 13.51,
        activeShare: 8,
        skuCount: 1,
        other: false,
      },
    ]);
  });

  it('distributionTop(entries, 1) folds the rest into one "Other" row with summed figures', () => {
    const { rows, otherCount } = distributionTop(MARCH, 1);
    assert.equal(otherCount, 1);
    assert.equal(rows.length, 2);
    assert.equal(rows[0]?.sku, 'Sales');
    assert.deepEqual(rows[1], {
      sku: '',
      available: 5,
      assigned: 4,
      active: 2,
      availableShare: 13.51,
      activeShare: 8,
      skuCount: 1,
      other: true,
    });
  });

  it('distributionTop(entries, 2) sums a tail of several SKUs and sorts by available, then name', () => {
    const entries = [
      { sku: 'C', available: 1, assigned: 1, active: 0 },
      { sku: 'A', available: 10, assigned: 6, active: 12 },
      { sku: 'D', available: 3, assigned: 2, active: 1 },
      { sku: 'B', available: 3, assigned: 3, active: 3 },
    ];
    // Order: A 10, then B and D tie at 3 (B first by name), then C 1. Total available 17, active 16.
    const { rows, otherCount, total } = distributionTop(entries, 2);
    assert.deepEqual(total, { available: 17, assigned: 12, active: 16 });
    assert.deepEqual(
      rows.map((row) => row.sku),
      ['A', 'B', ''],
    );
    assert.equal(otherCount, 2);
    // Other = D 3/2/1 + C 1/1/0 = 4/3/1; 4/17 = 23.529… %, 1/16 = 6.25 %. A: 10/17 = 58.82 %, 12/16 = 75 %.
    assert.deepEqual(rows[2], {
      sku: '',
      available: 4,
      assigned: 3,
      active: 1,
      availableShare: 23.53,
      activeShare: 6.25,
      skuCount: 2,
      other: true,
    });
    assert.equal(rows[0]?.availableShare, 58.82);
    assert.equal(rows[0]?.activeShare, 75);
  });

  it('distributionTop(entries, n) with n at or above the SKU count has no "Other" row', () => {
    assert.equal(distributionTop(MARCH, 2).otherCount, 0);
    assert.equal(distributionTop(MARCH, 10).rows.length, 2);
    assert.equal(distributionTop(MARCH, 1.9).rows.length, 2, '1.9 is read as 1: Sales and Other');
  });

  it('distributionTop(entries) gives null shares where the total is 0, and nothing for no entries', () => {
    const { rows } = distributionTop([{ sku: 'Trial', available: 0, assigned: 0, active: 0 }]);
    assert.equal(rows[0]?.availableShare, null);
    assert.equal(rows[0]?.activeShare, null);
    assert.deepEqual(distributionTop([]), {
      rows: [],
      otherCount: 0,
      total: { available: 0, assigned: 0, active: 0 },
    });
  });

  it('distributionTop(entries, 0) throws for a top below 1', () => {
    assert.throws(() => distributionTop(MARCH, 0), /invalid top: 0/);
    assert.throws(() => distributionTop(MARCH, Number.NaN), /invalid top: NaN/);
  });
});
