// <dyn-subscription-table> with a data provider: pages and searches asked of a real small server
// (test/support/rows-server.ts under /__rows/), a provider function, a failing page, a stale query.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/elements/dyn-subscription-table/define.js';
import type { DynSubscriptionTable } from '../../src/elements/dyn-subscription-table/dyn-subscription-table.js';
import type { CustomerPage, CustomerPageRequest } from '../../src/core/customer-page.js';
import type { UsageReport } from '../../src/core/report.js';
import { answerCustomerPage } from '../../src/view/customer-page-answer.js';

const FILE = 'test/fixtures/revenue-small.csv';
/** The parts document of revenue-small.csv from 2026-01, top 10, 5 customers per page file. */
const HEAD = `/__rows/parts/5/${FILE}/report.json`;
const API = `/__rows/api/${FILE}?offset={offset}&limit={limit}&q={query}&sort={sort}&direction={direction}`;

/*
 * revenue-small.csv by billed revenue, worked out by hand (see dyn-subscription-table.test.ts): the top 10,
 * then by March seats Árvíztűrő Kft. (6) and Northwind Traders (2). Twelve customers.
 */
const BY_REVENUE = [
  'Müller & Söhne GmbH',
  'Contoso Ltd',
  'Smith, Jones & Partners',
  'Fabrikam Inc',
  'The "Best" Company',
  '<img src=x onerror=alert(1)>',
  '=HYPERLINK("http://evil.example","click")',
  '+SUM(1,2)',
  '-2+3',
  '@cmd',
  'Árvíztűrő Kft.',
  'Northwind Traders',
];

const root = (el: DynSubscriptionTable) => el.shadowRoot!;
const plain = (text: string) =>
  text
    .replace(/[\u2068\u2069]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
const text = (el: DynSubscriptionTable, selector: string) =>
  plain(root(el).querySelector(selector)?.textContent ?? '');
const names = (el: DynSubscriptionTable) =>
  [...root(el).querySelectorAll('tr.customer .customer-name')].map((n) => n.textContent!);
const pager = (el: DynSubscriptionTable) => text(el, '.pager .pages');

async function ready(el: DynSubscriptionTable, what: () => boolean, message: string) {
  await waitUntil(() => el.status === 'ready' && what(), message, { timeout: 10000 });
  await el.updateComplete;
}

async function type(el: DynSubscriptionTable, query: string) {
  const input = root(el).querySelector<HTMLInputElement>('input[type="search"]')!;
  input.value = query;
  input.dispatchEvent(new InputEvent('input'));
  await el.updateComplete;
}

function next(el: DynSubscriptionTable) {
  const buttons = root(el).querySelectorAll<HTMLButtonElement>('.pager button');
  buttons[buttons.length - 1]!.click();
}

describe('<dyn-subscription-table> rows-src', () => {
  it('asks the server for the page shown: 5 of 12 customers, then the next 5, and a search', async () => {
    const el = await fixture<DynSubscriptionTable>(
      html`<dyn-subscription-table
        locale="en-US"
        page-size="5"
        src=${HEAD}
        rows-src=${API}
      ></dyn-subscription-table>`,
    );
    await ready(el, () => names(el).length === 5, 'first page');
    expect(names(el)).to.deep.equal(BY_REVENUE.slice(0, 5));
    expect(pager(el)).to.equal('1–5 of 12');
    expect(text(el, '.caption')).to.equal(
      'Top 10 of 12 customers, ranked by billed revenue, Jan 2026 – Mar 2026',
    );
    await expect(el).to.be.accessible();
    next(el);
    await el.updateComplete;
    expect(text(el, 'td.none')).to.equal('Loading customers…');
    await ready(el, () => names(el)[0] === BY_REVENUE[5], 'second page');
    expect(names(el)).to.deep.equal(BY_REVENUE.slice(5, 10));
    expect(pager(el)).to.equal('6–10 of 12');
    // "t1" is in the keys t10, t11, t12: Contoso, Fabrikam, Northwind, in ranking order.
    await type(el, 't1');
    expect(text(el, '.count')).to.equal('Searching…');
    await ready(el, () => text(el, '.count').startsWith('3'), 'search');
    expect(text(el, '.count')).to.equal('3 customers match “t1”');
    expect(names(el)).to.deep.equal(['Contoso Ltd', 'Fabrikam Inc', 'Northwind Traders']);
    // Booleans, not elements: chai printing an element of this table takes the test browser down.
    expect(root(el).querySelector('.download') === null, 'no download-src: no download').to.equal(true);
  });

  it('sorts on the server: Customer A to Z', async () => {
    const el = await fixture<DynSubscriptionTable>(
      html`<dyn-subscription-table
        locale="en-US"
        page-size="3"
        src=${HEAD}
        rows-src=${API}
      ></dyn-subscription-table>`,
    );
    await ready(el, () => names(el).length === 3, 'first page');
    const button = [...root(el).querySelectorAll<HTMLButtonElement>('thead button')].find((b) =>
      b.textContent!.includes('Customer'),
    )!;
    button.click();
    // Names by the en collation: "-2+3", "@cmd", "+SUM(1,2)" (punctuation first), …
    const sorted = [...BY_REVENUE].sort(
      new Intl.Collator('en-US', { sensitivity: 'base', numeric: true }).compare,
    );
    await ready(el, () => names(el)[0] === sorted[0], 'sorted');
    expect(names(el)).to.deep.equal(sorted.slice(0, 3));
  });

  it('never shows a stale query: the slow answer for “mu” comes after “con”’s and is dropped', async () => {
    const slow = `${API}&slow=mu&ms=800`;
    const el = await fixture<DynSubscriptionTable>(
      html`<dyn-subscription-table
        locale="en-US"
        page-size="5"
        src=${HEAD}
        rows-src=${slow}
      ></dyn-subscription-table>`,
    );
    await ready(el, () => names(el).length === 5, 'first page');
    const seen = new Set<string>();
    const observer = new MutationObserver(() => names(el).forEach((name) => seen.add(name)));
    observer.observe(root(el), { subtree: true, childList: true, characterData: true });
    await type(el, 'mu');
    await type(el, 'con');
    await ready(el, () => text(el, '.count').startsWith('1 '), 'con');
    // "con": Contoso Ltd only ("co" would find The "Best" Company too).
    expect(names(el)).to.deep.equal(['Contoso Ltd']);
    await new Promise((resolve) => setTimeout(resolve, 1200));
    observer.disconnect();
    expect(names(el)).to.deep.equal(['Contoso Ltd']);
    expect(text(el, '.count')).to.equal('1 customer matches “con”');
    expect([...seen]).to.not.include('Müller & Söhne GmbH');
  });

  it('names a 500 with its status and URL, and Try again loads the page', async () => {
    const key = `k${Date.now()}`;
    const failing = `/__rows/fail-first/${key}/api/${FILE}?offset={offset}&limit={limit}`;
    const el = await fixture<DynSubscriptionTable>(
      html`<dyn-subscription-table
        locale="en-US"
        page-size="5"
        src=${HEAD}
        rows-src=${failing}
      ></dyn-subscription-table>`,
    );
    await ready(el, () => root(el).querySelector('.state.error') !== null, 'error');
    const url = new URL(`/__rows/fail-first/${key}/api/${FILE}?offset=0&limit=5`, location.href).href;
    expect(text(el, '.state.error strong')).to.equal('Could not load these customers');
    expect(text(el, '.state.error .detail')).to.equal(
      `Could not load ${url}: HTTP 500 Internal Server Error`,
    );
    expect(root(el).querySelector('.state.error')!.getAttribute('role')).to.equal('alert');
    await expect(el).to.be.accessible();
    root(el).querySelector<HTMLButtonElement>('.state.error .retry')!.click();
    await ready(el, () => names(el).length === 5, 'retried');
    expect(names(el)).to.deep.equal(BY_REVENUE.slice(0, 5));
  });

  it('links the raw-data download to download-src with the search filled in', async () => {
    const el = await fixture<DynSubscriptionTable>(
      html`<dyn-subscription-table
        locale="en-US"
        page-size="5"
        src=${HEAD}
        rows-src=${API}
        download-src="/export.csv?q={query}"
      ></dyn-subscription-table>`,
    );
    await ready(el, () => names(el).length === 5, 'first page');
    await type(el, 'Müller');
    const link = root(el).querySelector<HTMLAnchorElement>('a.download')!;
    expect(link.textContent!.trim()).to.equal('Download raw data');
    expect(link.href).to.equal(new URL('/export.csv?q=M%C3%BCller', location.href).href);
    expect(link.hasAttribute('download')).to.equal(true);
  });
});

describe('<dyn-subscription-table> page files of a report written in parts', () => {
  it('pages through customers/page-N.json beside src, with no search or sort a CDN cannot answer', async () => {
    const el = await fixture<DynSubscriptionTable>(
      html`<dyn-subscription-table locale="en-US" src=${HEAD}></dyn-subscription-table>`,
    );
    await ready(el, () => names(el).length === 5, 'first page file');
    expect(names(el)).to.deep.equal(BY_REVENUE.slice(0, 5));
    expect(pager(el), 'the files’ page size, not the default 25').to.equal('1–5 of 12');
    expect(root(el).querySelector('input[type="search"]') === null, 'no search box').to.equal(true);
    expect(root(el).querySelector('thead button') === null, 'no sort buttons').to.equal(true);
    next(el);
    await ready(el, () => names(el)[0] === BY_REVENUE[5], 'second page file');
    next(el);
    await ready(el, () => names(el)[0] === BY_REVENUE[10], 'third page file');
    expect(names(el)).to.deep.equal(BY_REVENUE.slice(10));
    expect(pager(el)).to.equal('11–12 of 12');
  });
});

/** The report whole again: the head with its page files' subscriptions. */
async function joinedPages(head: UsageReport): Promise<UsageReport> {
  const numbers = Array.from({ length: head.subscriptions.pages!.pages }, (_, i) => i + 1);
  const pages = await Promise.all(
    numbers.map(async (n) => (await fetch(`/__rows/parts/5/${FILE}/customers/page-${n}.json`)).json()),
  );
  const rows = pages.flatMap((page: CustomerPage) => page.rows.flatMap((row) => row.subscriptions));
  return { ...head, subscriptions: { total: head.subscriptions.total, rows } };
}

describe('<dyn-subscription-table> provider function', () => {
  it('asks the function for each page and search, aborting the request a new one replaces', async () => {
    const head = (await (await fetch(HEAD)).json()) as UsageReport;
    const whole = await joinedPages(head);
    const asked: { request: CustomerPageRequest; signal: AbortSignal }[] = [];
    const el = await fixture<DynSubscriptionTable>(
      html`<dyn-subscription-table locale="de" page-size="4"></dyn-subscription-table>`,
    );
    el.provider = async (request, signal) => {
      asked.push({ request, signal });
      await new Promise((resolve) => setTimeout(resolve, 50));
      signal.throwIfAborted();
      return answerCustomerPage(whole, request);
    };
    el.report = head;
    await ready(el, () => names(el).length === 4, 'first page');
    expect(names(el)).to.deep.equal(BY_REVENUE.slice(0, 4));
    expect(asked[0]!.request).to.deep.equal({
      offset: 0,
      limit: 4,
      query: '',
      sort: 'rank',
      direction: 'ascending',
      locale: 'de',
    });
    await type(el, 'co');
    await type(el, 'con');
    await ready(el, () => names(el).length === 1, 'con');
    const [co, con] = asked.slice(-2);
    expect([co!.request.query, co!.signal.aborted]).to.deep.equal(['co', true]);
    expect([con!.request.query, con!.signal.aborted]).to.deep.equal(['con', false]);
    expect(text(el, '.count')).to.equal('1 Kunde passt zu „con“');
  });

  it('shows an answer that is not a page as an error, in the reader’s language', async () => {
    const head = (await (await fetch(HEAD)).json()) as UsageReport;
    const el = await fixture<DynSubscriptionTable>(
      html`<dyn-subscription-table locale="en-US"></dyn-subscription-table>`,
    );
    el.provider = async () => ({ customers: [] }) as never;
    el.report = head;
    await ready(el, () => root(el).querySelector('.state.error') !== null, 'error');
    expect(text(el, '.state.error .detail')).to.equal(
      'The customers from the provider could not be read: expected an object with rows and total',
    );
  });
});
