import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { customerPageRequest, customerRowsOfPage } from '../../src/view/customer-page-rows.js';
import { fiveCustomers } from '../core/five-customers.js';

describe('customerPageRequest', () => {
  it('customerPageRequest({ page: 2, pageSize: 25, … }) asks for offset 50, the trimmed query and the sort', () => {
    assert.deepEqual(
      customerPageRequest({
        page: 2,
        pageSize: 25,
        query: '  con ',
        sort: { key: 'availableLast', direction: 'descending' },
        locale: 'de',
      }),
      { offset: 50, limit: 25, query: 'con', sort: 'availableLast', direction: 'descending', locale: 'de' },
    );
    const odd = customerPageRequest({
      page: -1,
      pageSize: 0,
      query: '',
      sort: { key: 'rank', direction: 'ascending' },
      locale: 'en',
    });
    assert.deepEqual([odd.offset, odd.limit], [0, 25]);
  });
});

describe('customerRowsOfPage', () => {
  it('customerRowsOfPage(page, report) sums each customer and takes rank and revenue from the ranking', () => {
    const report = fiveCustomers();
    const [beta, echo] = customerRowsOfPage(
      {
        rows: [
          { customerKey: 'tB', subscriptions: report.subscriptions.rows.slice(1, 3) },
          { customerKey: 'tE', subscriptions: report.subscriptions.rows.slice(4, 5) },
        ],
        total: 5,
      },
      report,
    );
    // Beta: s2 [0, 9] + s3 [2, 2] = [2, 11], outside the ranking. Echo: s5 [0, 5], rank 2, revenue 800.
    assert.deepEqual(
      [beta?.customerName, beta?.available, beta?.availableLast, beta?.subscriptionCount, beta?.rank],
      ['Beta', [2, 11], 11, 2, null],
    );
    assert.deepEqual([echo?.rank, echo?.billedRevenue, echo?.availableLast], [2, 800, 5]);
  });
});
