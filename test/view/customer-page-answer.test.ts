import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { answerCustomerPage } from '../../src/view/customer-page-answer.js';
import { rankingRequest } from '../../src/core/customer-page.js';
import type { CustomerPage, CustomerPageRequest } from '../../src/core/customer-page.js';
import { fiveCustomers } from '../core/five-customers.js';

const report = fiveCustomers();
const keys = (page: CustomerPage) => page.rows.map((row) => row.customerKey);
const ask = (request: Partial<CustomerPageRequest>) =>
  answerCustomerPage(report, { ...rankingRequest(0, 25), ...request });

describe('answerCustomerPage', () => {
  it('answerCustomerPage(report, rankingRequest(0, 2)) is the first page file: ranked, then by March seats', () => {
    const page = answerCustomerPage(report, rankingRequest(0, 2));
    assert.deepEqual(keys(page), ['tA', 'tE']);
    assert.equal(page.total, 5);
    assert.equal(page.offset, 0);
    assert.deepEqual(keys(ask({ offset: 2, limit: 2 })), ['tG', 'tB']);
    assert.deepEqual(
      ask({ offset: 2, limit: 2 }).rows[1]?.subscriptions.map((s) => s.subscriptionId),
      ['s2', 's3'],
    );
  });

  it('answerCustomerPage matches a name without its accents and case, or a key, and counts the matches', () => {
    const delta = ask({ query: ' delta ' });
    assert.deepEqual([keys(delta), delta.total], [['tD'], 1]);
    const beta = ask({ query: 'TB' });
    assert.deepEqual([keys(beta), beta.total], [['tB'], 1]);
    const none = ask({ query: 'zzz' });
    assert.deepEqual([keys(none), none.total], [[], 0]);
  });

  it('answerCustomerPage sorts the matches before it slices them', () => {
    // March seats: Gamma 30, Beta 11, Echo 5, Délta 5 (a tie keeps the ranking's order: Echo first), Alpha 4.
    const page = ask({ sort: 'availableLast', direction: 'descending', offset: 1, limit: 2 });
    assert.deepEqual([keys(page), page.total], [['tB', 'tE'], 5]);
    // "a": Alpha, Beta, Délta AB, Gamma by name (and key tA); Echo (tE) has none.
    const named = ask({ query: 'a', sort: 'customerName', direction: 'ascending' });
    assert.deepEqual([keys(named), named.total], [['tA', 'tB', 'tD', 'tG'], 4]);
    const reversed = ask({ query: 'a', sort: 'customerName', direction: 'descending', limit: 1 });
    assert.deepEqual([keys(reversed), reversed.total], [['tG'], 4]);
  });

  it('answerCustomerPage gives no rows past the end, with the total', () => {
    assert.deepEqual(ask({ offset: 10, limit: 5 }), { rows: [], total: 5, offset: 10 });
  });
});
