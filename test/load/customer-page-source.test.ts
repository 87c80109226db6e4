import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  fillRowsTemplate,
  readCustomerPage,
  rowsTemplateAsks,
  templateProvider,
} from '../../src/load/customer-page-source.js';
import { rankingRequest } from '../../src/core/customer-page.js';
import { UsageLoadError } from '../../src/load/usage-load-error.js';
import { startRowsServer } from '../support/rows-server.js';

const FILE = 'test/fixtures/revenue-small.csv';

describe('fillRowsTemplate', () => {
  it('fillRowsTemplate(template, request) fills every placeholder URI-encoded, {page} from 1', () => {
    const request = {
      offset: 50,
      limit: 25,
      query: 'Müller & Söhne',
      sort: 'availableLast' as const,
      direction: 'descending' as const,
      locale: 'pt-BR',
    };
    assert.equal(
      fillRowsTemplate(
        '/api?o={offset}&l={limit}&p={page}&q={query}&s={sort}&d={direction}&hl={locale}',
        request,
      ),
      '/api?o=50&l=25&p=3&q=M%C3%BCller%20%26%20S%C3%B6hne&s=availableLast&d=descending&hl=pt-BR',
    );
    assert.equal(
      fillRowsTemplate('customers/page-{page}.json', rankingRequest(0, 25)),
      'customers/page-1.json',
    );
    assert.equal(fillRowsTemplate('{unknown}/{query}', rankingRequest(0, 25)), '{unknown}/');
  });

  it('rowsTemplateAsks(template) offers a search with {query} and a sort with {sort} only', () => {
    assert.deepEqual(rowsTemplateAsks('customers/page-{page}.json'), { search: false, sort: false });
    assert.deepEqual(rowsTemplateAsks('/api?q={query}&o={offset}'), { search: true, sort: false });
    assert.deepEqual(rowsTemplateAsks('/api?q={query}&s={sort}'), { search: true, sort: true });
  });
});

describe('readCustomerPage', () => {
  const subscription = {
    subscriptionId: 's',
    customerName: 'A',
    customerKey: 'k',
    sku: 'Sales',
    market: 'Norway',
    segment: '',
    available: [1, 2],
    active: [1, 1],
    activePercent: [100, 50],
  };
  it('readCustomerPage(value, from, 2) keeps a page whose figures have a value per month', () => {
    const page = { rows: [{ customerKey: 'k', subscriptions: [subscription] }], total: 9, offset: 4 };
    assert.deepEqual(readCustomerPage(page, 'u', 2), page);
    assert.deepEqual(readCustomerPage({ rows: [], total: 0 }, 'u', 2), { rows: [], total: 0 });
  });

  it('readCustomerPage throws rows-invalid naming where and what', () => {
    const cases: [unknown, string][] = [
      [null, 'expected an object with rows and total'],
      [{ customers: [] }, 'expected an object with rows and total'],
      [{ rows: [], total: -1 }, 'total is not a count'],
      [{ rows: [{ subscriptions: [] }], total: 1 }, 'rows[0].customerKey is not text'],
      [
        { rows: [{ customerKey: 'k', subscriptions: [{ ...subscription, available: [1] }] }], total: 1 },
        'rows[0].subscriptions[0].available is not 2 numbers (one per month)',
      ],
    ];
    for (const [value, detail] of cases) {
      assert.throws(
        () => readCustomerPage(value, '/x', 2),
        (error: unknown) =>
          error instanceof UsageLoadError &&
          error.code === 'rows-invalid' &&
          error.values['detail'] === detail &&
          error.message === `Could not read the customers at /x: ${detail}`,
        detail,
      );
    }
  });
});

describe('templateProvider against a small Node server', () => {
  let server: Awaited<ReturnType<typeof startRowsServer>>;
  let base: string;
  before(async () => {
    server = await startRowsServer();
    base = server.url;
  });
  after(() => server.close());

  it('templateProvider(template, base, 3) asks the server for a search and a page of it', async () => {
    const provider = templateProvider(
      `/api/${FILE}?offset={offset}&limit={limit}&q={query}&sort={sort}&direction={direction}`,
      base,
      3,
    );
    // Top 10 by revenue of revenue-small.csv: Müller & Söhne GmbH (t08) 10000, Contoso Ltd (t10) 6000, …
    const first = await provider(rankingRequest(0, 2), new AbortController().signal);
    assert.deepEqual([first.rows.map((row) => row.customerKey), first.total], [['t08', 't10'], 12]);
    // "mu" finds Müller & Söhne GmbH only; "t1" the keys t10, t11, t12 (Contoso, Fabrikam, Northwind).
    const search = await provider({ ...rankingRequest(0, 25), query: 'mu' }, new AbortController().signal);
    assert.deepEqual([search.rows.map((row) => row.customerKey), search.total], [['t08'], 1]);
    const keys = await provider({ ...rankingRequest(1, 1), query: 't1' }, new AbortController().signal);
    assert.deepEqual([keys.rows.map((row) => row.customerKey), keys.total], [['t11'], 3]);
  });

  it('templateProvider reads the page files of the parts layout', async () => {
    const provider = templateProvider(`/parts/5/${FILE}/customers/page-{page}.json`, base, 3);
    const third = await provider(rankingRequest(10, 5), new AbortController().signal);
    // Ranks 11 and 12 are outside the top 10: Árvíztűrő Kft. (t09, 6 seats in March), Northwind (t12, 2).
    assert.deepEqual(
      [third.rows.map((row) => row.customerKey), third.total, third.offset],
      [['t09', 't12'], 12, 10],
    );
  });

  it('templateProvider names a 500 with its status and URL, and an answer that is no page', async () => {
    const provider = templateProvider('/status/500?o={offset}', base, 3);
    await assert.rejects(provider(rankingRequest(0, 5), new AbortController().signal), (error: unknown) => {
      assert.ok(error instanceof UsageLoadError);
      assert.equal(error.status, 500);
      assert.equal(error.code, 'http-status');
      assert.equal(error.message, `Could not load ${base}/status/500?o=0: HTTP 500 Internal Server Error`);
      return true;
    });
    const invalid = templateProvider('/invalid', base, 3);
    await assert.rejects(invalid(rankingRequest(0, 5), new AbortController().signal), {
      code: 'rows-invalid',
      message: `Could not read the customers at ${base}/invalid: expected an object with rows and total`,
    });
  });
});
