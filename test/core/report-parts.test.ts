import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { pageHref, PARTS_PAGE_HREF, reportParts } from '../../src/core/report-parts.js';
import type { SubscriptionTrend } from '../../src/core/report.js';
import { fiveCustomers } from './five-customers.js';

const ids = (page: { rows: { customerKey: string; subscriptions: SubscriptionTrend[] }[] }) =>
  page.rows.map((row) => [row.customerKey, row.subscriptions.map((s) => s.subscriptionId)]);

describe('reportParts', () => {
  it('reportParts(report, 2) pages customers in the table order: ranked, then by March seats', () => {
    const { pages } = reportParts(fiveCustomers(), 2);
    const all = [...pages];
    assert.deepEqual(all.map(ids), [
      [
        ['tA', ['s1']],
        ['tE', ['s5']],
      ],
      [
        ['tG', ['s6']],
        ['tB', ['s2', 's3']],
      ],
      [['tD', ['s4']]],
    ]);
    assert.deepEqual(
      all.map((page) => [page.offset, page.total]),
      [
        [0, 5],
        [2, 5],
        [4, 5],
      ],
    );
  });

  it('reportParts(report).head keeps every section, leaves the rows out and says where they are', () => {
    const report = fiveCustomers();
    const { head } = reportParts(report, 2);
    assert.deepEqual(head.subscriptions, {
      total: 6,
      rows: [],
      pages: { customers: 5, pageSize: 2, pages: 3, href: 'customers/page-{page}.json' },
    });
    assert.equal(head.topCustomers, report.topCustomers);
    assert.equal(head.summary, report.summary);
    assert.equal(report.subscriptions.rows.length, 6, 'the report given is not changed');
  });

  it('reportParts gives no pages for no customers, and a page size below 1 is 1', () => {
    const report = { ...fiveCustomers(), subscriptions: { total: 0, rows: [] } };
    const { head, pages } = reportParts(report, 0);
    assert.deepEqual([...pages], []);
    assert.deepEqual(head.subscriptions.pages, {
      customers: 0,
      pageSize: 1,
      pages: 0,
      href: PARTS_PAGE_HREF,
    });
  });

  it('pageHref(template, 3) fills every {page}', () => {
    assert.equal(pageHref(PARTS_PAGE_HREF, 3), 'customers/page-3.json');
    assert.equal(pageHref('p/{page}/{page}.json', 12), 'p/12/12.json');
  });
});
