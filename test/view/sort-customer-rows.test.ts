import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { CustomerRow } from '../../src/core/customer-rollup.js';
import { firstSortDirection, sortCustomerRows } from '../../src/view/sort-customer-rows.js';

function row(
  customerName: string,
  rank: number | null,
  billedRevenue: number | null,
  segment = '',
): CustomerRow {
  return {
    customerKey: customerName,
    customerName,
    market: '',
    segment,
    rank,
    billedRevenue,
    subscriptionCount: 1,
    available: [],
    active: [],
    activePercent: [],
    availableLast: 0,
    activeLast: 0,
    activePercentLast: null,
    subscriptions: [],
  };
}

const ROWS = [
  row('Zeta', 1, 500, 'SMB'),
  row('árvíztűrő', 2, 300),
  row('Arvid', 3, 300, 'Enterprise'),
  row('beta', null, null),
];
const names = (rows: CustomerRow[]) => rows.map((r) => r.customerName);

describe('sortCustomerRows', () => {
  it('sortCustomerRows(rows, "billedRevenue", …) puts missing revenue last both ways and keeps ties in input order', () => {
    assert.deepEqual(names(sortCustomerRows(ROWS, 'billedRevenue', 'descending')), [
      'Zeta',
      'árvíztűrő',
      'Arvid',
      'beta',
    ]);
    assert.deepEqual(names(sortCustomerRows(ROWS, 'billedRevenue', 'ascending')), [
      'árvíztűrő',
      'Arvid',
      'Zeta',
      'beta',
    ]);
  });

  it('sortCustomerRows(rows, "customerName", …) collates case and accents like people read them', () => {
    // Base sensitivity: "árvíztűrő" sorts as "arviztur…", after "Arvid"; "beta" before "Zeta".
    assert.deepEqual(names(sortCustomerRows(ROWS, 'customerName', 'ascending')), [
      'Arvid',
      'árvíztűrő',
      'beta',
      'Zeta',
    ]);
    assert.deepEqual(names(sortCustomerRows(ROWS, 'customerName', 'descending')), [
      'Zeta',
      'beta',
      'árvíztűrő',
      'Arvid',
    ]);
  });

  it('sortCustomerRows treats an empty segment and no rank as missing', () => {
    assert.deepEqual(names(sortCustomerRows(ROWS, 'segment', 'ascending')), [
      'Arvid',
      'Zeta',
      'árvíztűrő',
      'beta',
    ]);
    assert.deepEqual(names(sortCustomerRows(ROWS, 'rank', 'descending')), [
      'Arvid',
      'árvíztűrő',
      'Zeta',
      'beta',
    ]);
  });

  it('firstSortDirection(key) sorts numbers biggest first, text and rank ascending', () => {
    assert.equal(firstSortDirection('billedRevenue'), 'descending');
    assert.equal(firstSortDirection('customerName'), 'ascending');
    assert.equal(firstSortDirection('rank'), 'ascending');
  });
});
