import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/elements/dyn-subscription-table/define.js';
import type {
  DynSubscriptionTable,
  UsageDownloadDetail,
} from '../../src/elements/dyn-subscription-table/dyn-subscription-table.js';
import { computeReport } from '../../src/core/compute-report.js';
import { createUsageCube } from '../../src/core/usage-cube.js';
import { readUsageRecords } from '../../src/data/read-usage.js';
import { CustomerIndex } from '../../src/view/customer-index.js';
import type { SubscriptionTrend, UsageReport } from '../../src/core/report.js';
import { HAND_RECORDS } from './hand-records.js';

const REVENUE_CSV = '/test/fixtures/revenue-small.csv';

/*
 * test/fixtures/revenue-small.csv, 2026-01..2026-03, 21 rows, worked out by hand. Billed revenue summed
 * over the three months, and available seats in March:
 *   Müller & Söhne GmbH 4000 + 4000 + 2000 = 10000 (Mar 30 + 10 = 40) · Contoso Ltd 3 × 2000 = 6000 (50)
 *   Smith, Jones & Partners 5000 (20) · Fabrikam Inc 3500 (40) · The "Best" Company 3 × 1000 = 3000 (10)
 *   <img src=x onerror=alert(1)> 2400 (12) · =HYPERLINK(…) 3 × 400 = 1200 (5) · +SUM(1,2) 800 (8)
 *   -2+3 2 × 300 = 600 (4) · @cmd 150 (3) · Árvíztűrő Kft. 90 (6) · Northwind Traders 20 (2)
 */
const TOP_10_BY_REVENUE = [
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
];

async function settled(el: DynSubscriptionTable) {
  await waitUntil(() => ['ready', 'error', 'empty'].includes(el.status), 'never settled', { timeout: 5000 });
  await el.updateComplete;
}

async function searchFor(el: DynSubscriptionTable, query: string) {
  const input = el.shadowRoot!.querySelector<HTMLInputElement>('input[type="search"]')!;
  input.value = query;
  input.dispatchEvent(new InputEvent('input'));
  await waitUntil(() => !count(el).startsWith('Searching'), 'search never finished');
  await el.updateComplete;
}

const root = (el: DynSubscriptionTable) => el.shadowRoot!;
const names = (el: DynSubscriptionTable) =>
  [...root(el).querySelectorAll('tr.customer .customer-name')].map((n) => n.textContent!);
/** Text without the bidi isolates (U+2068 … U+2069) around data inside a message; `raw` keeps them. */
const plain = (text: string) => text.replace(/[\u2068\u2069]/g, '');
const raw = (el: DynSubscriptionTable, selector: string) =>
  root(el).querySelector(selector)!.textContent!.trim();
const count = (el: DynSubscriptionTable) => plain(raw(el, '.count'));
const caption = (el: DynSubscriptionTable) => plain(raw(el, '.caption'));
const headers = (el: DynSubscriptionTable) =>
  [...root(el).querySelectorAll('thead th')].map((th) => th.textContent!.replace(/\s+/g, ' ').trim());
const headerCell = (el: DynSubscriptionTable, label: string) =>
  [...root(el).querySelectorAll<HTMLElement>('thead th')].find((th) => th.textContent!.includes(label))!;
const cells = (row: Element) => [...row.querySelectorAll('td')].map((td) => td.textContent!.trim());

function handReport() {
  const cube = createUsageCube();
  readUsageRecords(HAND_RECORDS, cube);
  return computeReport(cube, { emptyAvailable: 0 });
}

describe('<dyn-subscription-table> ranking', () => {
  it('lists the top 10 customers by billed revenue, worked out by hand', async () => {
    const el = await fixture<DynSubscriptionTable>(
      html`<dyn-subscription-table
        locale="en-US"
        top="10"
        from="2026-01"
        src=${REVENUE_CSV}
      ></dyn-subscription-table>`,
    );
    await settled(el);
    expect(names(el)).to.deep.equal(TOP_10_BY_REVENUE);
    expect(caption(el)).to.equal('Top 10 of 12 customers, ranked by billed revenue, Jan 2026 – Mar 2026');
    expect(count(el)).to.equal('');
    expect(root(el).querySelector('table')!.getAttribute('aria-labelledby')).to.equal('caption');
    // Müller: rank 1, Germany, Enterprise, $10,000, 2 subscriptions, Mar 40 available, 21 + 9 = 30 active, 75 %.
    const first = root(el).querySelector('tr.customer')!;
    expect(cells(first).slice(0, 8)).to.deep.equal([
      '1',
      'Germany',
      'Enterprise',
      '$10,000',
      '2',
      '40',
      '30',
      '75.0%',
    ]);
    expect(headerCell(el, 'Rank').getAttribute('aria-sort')).to.equal('ascending');
  });

  it('falls back to available seats in the last month without revenue, and says so in the caption', async () => {
    const el = await fixture<DynSubscriptionTable>(
      html`<dyn-subscription-table locale="en-US" .records=${HAND_RECORDS}></dyn-subscription-table>`,
    );
    await settled(el);
    // March: Beta (S3) 20 available, Alpha (S1 + S2) 12 + 5 = 17.
    expect(names(el)).to.deep.equal(['Beta', 'Alpha']);
    expect(caption(el)).to.equal(
      'All 2 customers, ranked by available seats in Mar 2026 (no billed revenue in the data)',
    );
    expect(headers(el).some((h) => h.includes('revenue'))).to.equal(false);
    // Alpha: 2 subscriptions, 17 available, 13 + 2 = 15 active, 15 / 17 = 88.2 %.
    const alpha = root(el).querySelectorAll('tr.customer')[1]!;
    expect(cells(alpha).slice(0, 6)).to.deep.equal(['2', 'United States', '2', '17', '15', '88.2%']);
  });

  it('ranks by a revenue property (by key or by name) over the data', async () => {
    const el = await fixture<DynSubscriptionTable>(
      html`<dyn-subscription-table
        locale="en-US"
        .records=${HAND_RECORDS}
        .revenue=${{ tA: 10, Beta: 500 }}
      ></dyn-subscription-table>`,
    );
    await settled(el);
    expect(names(el)).to.deep.equal(['Beta', 'Alpha']);
    expect(caption(el)).to.contain('ranked by billed revenue');
    el.revenue = { tA: 900, tB: 500 };
    await settled(el);
    await el.updateComplete;
    expect(names(el)).to.deep.equal(['Alpha', 'Beta']);
    const alpha = root(el).querySelector('tr.customer')!;
    expect(cells(alpha)[2]).to.equal('$900');
  });

  it('hide-revenue ranks by available seats and shows no revenue column (test/elements/hidden-revenue.test.ts)', async () => {
    const el = await fixture<DynSubscriptionTable>(
      html`<dyn-subscription-table
        locale="en-US"
        top="10"
        hide-revenue
        src=${REVENUE_CSV}
      ></dyn-subscription-table>`,
    );
    await settled(el);
    // March seats: Contoso 50, Fabrikam 40, Müller 30 + 10 = 40 (by name), Smith 20, <img> 12, Best 10,
    // +SUM 8, Árvíztűrő 6, =HYPERLINK 5, -2+3 4 (then @cmd 3, Northwind 2).
    expect(names(el)).to.deep.equal([
      'Contoso Ltd',
      'Fabrikam Inc',
      'Müller & Söhne GmbH',
      'Smith, Jones & Partners',
      '<img src=x onerror=alert(1)>',
      'The "Best" Company',
      '+SUM(1,2)',
      'Árvíztűrő Kft.',
      '=HYPERLINK("http://evil.example","click")',
      '-2+3',
    ]);
    expect(headers(el).some((h) => h.toLowerCase().includes('revenue'))).to.equal(false);
    expect(root(el).textContent).not.to.contain('$');
  });

  it('pages through the customers', async () => {
    const el = await fixture<DynSubscriptionTable>(
      html`<dyn-subscription-table locale="en-US" page-size="5" src=${REVENUE_CSV}></dyn-subscription-table>`,
    );
    await settled(el);
    expect(names(el)).to.deep.equal(TOP_10_BY_REVENUE.slice(0, 5));
    expect(root(el).querySelector('.pages')!.textContent).to.equal('1–5 of 12');
    const [previous, next] = root(el).querySelectorAll<HTMLButtonElement>('.pager button');
    expect(previous!.getAttribute('aria-disabled')).to.equal('true');
    next!.click();
    await el.updateComplete;
    expect(names(el)).to.deep.equal(TOP_10_BY_REVENUE.slice(5, 10));
    next!.click();
    await el.updateComplete;
    expect(names(el)).to.deep.equal(['Árvíztűrő Kft.', 'Northwind Traders']);
    expect(next!.getAttribute('aria-disabled')).to.equal('true');
  });
});

describe('<dyn-subscription-table> search', () => {
  it('finds a customer beyond the top N, and counts the matches', async () => {
    const el = await fixture<DynSubscriptionTable>(
      html`<dyn-subscription-table locale="en-US" top="1" .records=${HAND_RECORDS}></dyn-subscription-table>`,
    );
    await settled(el);
    expect(names(el)).to.deep.equal(['Beta']);
    await searchFor(el, 'ALP');
    expect(names(el)).to.deep.equal(['Alpha']);
    expect(count(el)).to.equal('1 customer matches “ALP”');
    expect(caption(el)).to.equal(
      'Customers matching “ALP”, ranked by available seats in Mar 2026 (no billed revenue in the data). ' +
        'Customers outside the top 1 have no rank here.',
    );
    expect(root(el).querySelector('tr.customer mark')!.textContent).to.equal('Alp');
    // Outside the top 1: no rank.
    expect(cells(root(el).querySelector('tr.customer')!)[0]).to.equal('–');
  });

  it('matches the tenant id and shows it highlighted under the name', async () => {
    const el = await fixture<DynSubscriptionTable>(
      html`<dyn-subscription-table locale="en-US" .records=${HAND_RECORDS}></dyn-subscription-table>`,
    );
    await settled(el);
    // "ta": Beta by its name, Alpha by its tenant id "tA".
    await searchFor(el, 'ta');
    expect(names(el)).to.deep.equal(['Beta', 'Alpha']);
    expect(count(el)).to.equal('2 customers match “ta”');
    const key = root(el).querySelectorAll('tr.customer')[1]!.querySelector('.key')!;
    expect(key.querySelector('mark')!.textContent).to.equal('tA');
    await searchFor(el, 'nobody');
    expect(count(el)).to.equal('No customer matches “nobody”');
    expect(root(el).querySelector('td.none')!.textContent).to.contain('No customer matches');
    await searchFor(el, '');
    expect(names(el)).to.deep.equal(['Beta', 'Alpha']);
  });

  it('ignores case and accents', async () => {
    const el = await fixture<DynSubscriptionTable>(
      html`<dyn-subscription-table locale="en-US" top="1" src=${REVENUE_CSV}></dyn-subscription-table>`,
    );
    await settled(el);
    await searchFor(el, 'ARVIZTURO');
    expect(names(el)).to.deep.equal(['Árvíztűrő Kft.']);
    expect(root(el).querySelector('mark')!.textContent).to.equal('Árvíztűrő');
    await searchFor(el, 'sohne');
    expect(names(el)).to.deep.equal(['Müller & Söhne GmbH']);
  });

  it('shows hostile names as text, also when highlighted', async () => {
    const el = await fixture<DynSubscriptionTable>(
      html`<dyn-subscription-table locale="en-US" src=${REVENUE_CSV}></dyn-subscription-table>`,
    );
    await settled(el);
    expect(names(el)).to.include('<img src=x onerror=alert(1)>');
    expect(root(el).querySelector('img')).to.equal(null);
    await searchFor(el, 'onerror');
    expect(names(el)).to.deep.equal(['<img src=x onerror=alert(1)>']);
    expect(root(el).querySelector('mark')!.textContent).to.equal('onerror');
    expect(root(el).querySelector('img')).to.equal(null);
    expect(el.querySelector('img')).to.equal(null);
  });
});

describe('<dyn-subscription-table> on the sample export', () => {
  it('shows hostile names as text and writes them formula-safe', async function () {
    this.timeout(20000);
    const el = await fixture<DynSubscriptionTable>(
      html`<dyn-subscription-table src="/demo/data/dynamics-usage-sample.csv"></dyn-subscription-table>`,
    );
    await waitUntil(() => el.status === 'ready', 'sample never loaded', { timeout: 15000 });
    await searchFor(el, '<');
    // <img src=x onerror=alert(1)> and <b>bold</b>: found by name, shown as text.
    expect(names(el)).to.include.members(['<img src=x onerror=alert(1)>', '<b>bold</b>']);
    expect(root(el).querySelector('img, b')).to.equal(null);
    await searchFor(el, 'hyperlink');
    expect(names(el)).to.deep.equal(['=HYPERLINK("http://evil.example","click")']);
    const event = oneEvent(el, 'dyn-usage-download');
    el.addEventListener('dyn-usage-download', (e) => e.preventDefault(), { once: true });
    void el.download();
    const { detail } = (await event) as CustomEvent<UsageDownloadDetail>;
    const lines = (await detail.blob.text()).split('\r\n').slice(1, -1);
    expect(lines.length).to.be.greaterThan(0);
    for (const line of lines) expect(line).to.contain(',"\'=HYPERLINK(""http://evil.example"",""click"")",');
  });
});

describe('CustomerIndex', () => {
  // 200,000 customers with one subscription each, none ranked.
  const rows = Array.from({ length: 200_000 }, (_, i): SubscriptionTrend => ({
    subscriptionId: `s${i}`,
    customerName: `Customer ${i}`,
    customerKey: `tenant-${i}`,
    sku: 'Sales',
    market: 'Germany',
    segment: '',
    available: [i % 7],
    active: [0],
    activePercent: [0],
  }));
  const report = {
    months: ['2026-03'],
    subscriptions: { total: rows.length, rows },
    topCustomers: { rankedBy: 'availableSeats', customers: [] },
  } as unknown as UsageReport;

  it('searches in slices that yield to the page, and stops when aborted', async () => {
    const index = new CustomerIndex(report);
    expect(index.size).to.equal(200_000);
    expect(index.ranked).to.deep.equal([]);
    const abort = new AbortController();
    const pending = index.find('customer 199999', abort.signal);
    abort.abort();
    expect(await pending).to.equal(null);
    let ticks = 0;
    const timer = setInterval(() => ticks++, 0);
    const found = await index.find('TENANT-19999', new AbortController().signal);
    clearInterval(timer);
    // tenant-19999 and tenant-199990…199999; the unranked by available seats (i % 7), descending, then name.
    expect(found!.length).to.equal(11);
    // 199990 = 7 × 28570, so 199996 has the most seats (6).
    expect(found![0]!.customerName).to.equal('Customer 199996');
    // Other tasks ran while it searched: it did not hold the page in one piece.
    expect(ticks).to.be.greaterThan(0);
  });
});

describe('<dyn-subscription-table> expand and sort', () => {
  it('expands a customer to its subscriptions with Enter and collapses it with Space', async () => {
    const el = await fixture<DynSubscriptionTable>(
      html`<dyn-subscription-table locale="en-US" .records=${HAND_RECORDS}></dyn-subscription-table>`,
    );
    await settled(el);
    const button = root(el).querySelectorAll<HTMLButtonElement>('button.expand')[1]!;
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    button.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    const detail = root(el).getElementById(button.getAttribute('aria-controls')!)!;
    // Alpha: S2 (Finance, Mar 5 available / 2 active = 40 %) and S1 (Sales, 12 / 13 = 108.3 %).
    const subs = [...detail.querySelectorAll(':scope table.subs > tbody > tr')].map((tr) =>
      [tr.querySelector('th')!.textContent!.trim(), ...cells(tr).slice(0, 4)].join(' '),
    );
    expect(subs).to.deep.equal(['Finance S2 5 2 40.0%', 'Sales S1 12 13 108.3%']);
    expect(root(el).activeElement).to.equal(button);
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(root(el).querySelector('tr.detail')).to.equal(null);
  });

  it('sorts by a column on click, and says so with aria-sort', async () => {
    const el = await fixture<DynSubscriptionTable>(
      html`<dyn-subscription-table locale="en-US" src=${REVENUE_CSV}></dyn-subscription-table>`,
    );
    await settled(el);
    const customer = headerCell(el, 'Customer');
    customer.querySelector('button')!.click();
    await el.updateComplete;
    expect(customer.getAttribute('aria-sort')).to.equal('ascending');
    expect(headerCell(el, 'Rank').getAttribute('aria-sort')).to.equal('none');
    // Collation: punctuation first, then letters ignoring case and accents (Árvíztűrő among the A's).
    expect(names(el).slice(-7)).to.deep.equal([
      'Árvíztűrő Kft.',
      'Contoso Ltd',
      'Fabrikam Inc',
      'Müller & Söhne GmbH',
      'Northwind Traders',
      'Smith, Jones & Partners',
      'The "Best" Company',
    ]);
    customer.querySelector('button')!.click();
    await el.updateComplete;
    expect(customer.getAttribute('aria-sort')).to.equal('descending');
    expect(names(el)[0]).to.equal('The "Best" Company');
    // Active usage % in March, biggest first: Fabrikam 44/40 = 110 %, then 100 % in ranking order:
    // The "Best" 10/10 (rank 5), =HYPERLINK 5/5 (rank 7), @cmd 3/3 (rank 10).
    const active = headerCell(el, 'Active usage %');
    active.querySelector('button')!.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(active.getAttribute('aria-sort')).to.equal('descending');
    expect(names(el).slice(0, 4)).to.deep.equal([
      'Fabrikam Inc',
      'The "Best" Company',
      '=HYPERLINK("http://evil.example","click")',
      '@cmd',
    ]);
  });
});

describe('<dyn-subscription-table> raw data download', () => {
  async function downloaded(el: DynSubscriptionTable, trigger: () => unknown = () => el.download()) {
    const event = oneEvent(el, 'dyn-usage-download');
    trigger();
    const { detail } = (await event) as CustomEvent<UsageDownloadDetail>;
    const bytes = new Uint8Array(await detail.blob.arrayBuffer());
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
    return { detail, bytes, text, lines: text.slice(1).split('\r\n') };
  }

  it('writes every row of the window with BOM, CRLF, RFC 4180 quoting and formula-safe cells', async () => {
    const el = await fixture<DynSubscriptionTable>(
      html`<dyn-subscription-table
        locale="en-US"
        top="3"
        from="2026-01"
        src=${REVENUE_CSV}
        @dyn-usage-download=${(event: Event) => event.preventDefault()}
      ></dyn-subscription-table>`,
    );
    await settled(el);
    const button = root(el).querySelector<HTMLButtonElement>('button.download')!;
    const { detail, bytes, text, lines } = await downloaded(el, () => button.click());
    expect(detail.fileName).to.equal('dynamics-usage-subscriptions-2026-01_2026-03.csv');
    expect(detail.source).to.equal('export');
    expect([...bytes.slice(0, 3)]).to.deep.equal([0xef, 0xbb, 0xbf]);
    expect(text.replaceAll('\r\n', '')).not.to.match(/[\r\n]/);
    expect(text.endsWith('\r\n')).to.equal(true);
    expect(lines[0]).to.equal(
      'SubscriptionId,Month,CustomerTenantId,CustomerName,CustomerSegment,SKU,CustomerMarket,AvailableSeats,' +
        'AssignedSeats,ActiveSeats,DeploymentOpportunity,BilledRevenueUSD,RecomputedActiveUsagePercent',
    );
    // All 21 rows, not only the top 3 customers'; then the final CRLF leaves one empty piece.
    expect(detail.rows).to.equal(21);
    expect(lines.length).to.equal(23);
    expect(lines.at(-1)).to.equal('');
    const row = (id: string, month: string) => lines.find((l) => l.startsWith(`${id},2026-${month}-01,`));
    expect(row('sub-best-1', '01')).to.equal(
      'sub-best-1,2026-01-01,t01,"The ""Best"" Company",Enterprise,Dynamics 365 Sales Enterprise,United States,10,10,8,0,1000.00,80',
    );
    expect(row('sub-smith-1', '03')).to.contain(',"Smith, Jones & Partners",');
    expect(row('sub-hyper-1', '03')).to.contain(',"\'=HYPERLINK(""http://evil.example"",""click"")",');
    expect(row('sub-sum-1', '03')).to.contain(',"\'+SUM(1,2)",');
    // The name "-2+3" gets the prefix; the DeploymentOpportunity figure -2 stays a number. 2 / 4 = 50 %.
    expect(row('sub-minus-1', '03')).to.equal(
      "sub-minus-1,2026-03-01,t05,'-2+3,SMB,Dynamics 365 Field Service,Netherlands,4,6,2,-2,300.00,50",
    );
    expect(row('sub-at-1', '03')).to.contain(",'@cmd,");
    // Fabrikam: 44 active of 40 available = 110 %.
    expect(row('sub-fabrikam-1', '03')!.endsWith(',3500.00,110')).to.equal(true);
  });

  it('keeps to the window and to the customers the search matches', async () => {
    const el = await fixture<DynSubscriptionTable>(
      html`<dyn-subscription-table
        locale="en-US"
        from="2026-03"
        src=${REVENUE_CSV}
      ></dyn-subscription-table>`,
    );
    el.addEventListener('dyn-usage-download', (event) => event.preventDefault());
    await settled(el);
    // March: one row per customer, two for Müller (two subscriptions).
    expect((await downloaded(el)).detail.rows).to.equal(13);
    expect((await downloaded(el)).detail.fileName).to.equal(
      'dynamics-usage-subscriptions-2026-03_2026-03.csv',
    );
    el.from = '2026-01';
    await settled(el);
    await searchFor(el, 'muller');
    const { detail, lines } = await downloaded(el);
    // Müller: sub-muller-1 in Feb and Mar, sub-muller-2 in Mar.
    expect(detail.rows).to.equal(3);
    expect(lines.slice(1, 4).map((l) => l.split(',').slice(0, 2).join(' '))).to.have.members([
      'sub-muller-1 2026-02-01',
      'sub-muller-1 2026-03-01',
      'sub-muller-2 2026-03-01',
    ]);
  });

  it('leaves out BilledRevenueUSD with hide-revenue', async () => {
    const el = await fixture<DynSubscriptionTable>(
      html`<dyn-subscription-table hide-revenue src=${REVENUE_CSV}></dyn-subscription-table>`,
    );
    el.addEventListener('dyn-usage-download', (event) => event.preventDefault());
    await settled(el);
    const { lines } = await downloaded(el);
    expect(lines[0]).not.to.contain('BilledRevenueUSD');
    expect(lines[0]!.split(',').length).to.equal(12);
  });

  it('writes a report document’s subscriptions, one line per subscription and month', async () => {
    const el = await fixture<DynSubscriptionTable>(
      html`<dyn-subscription-table .report=${handReport()}></dyn-subscription-table>`,
    );
    el.addEventListener('dyn-usage-download', (event) => event.preventDefault());
    await settled(el);
    const { detail, lines } = await downloaded(el);
    expect(detail.source).to.equal('report');
    expect(lines[0]).to.equal(
      'SubscriptionId,Month,CustomerName,CustomerKey,SKU,CustomerMarket,CustomerSegment,AvailableSeats,ActiveSeats,RecomputedActiveUsagePercent',
    );
    // S2 Feb, Mar; S1 Jan, Feb, Mar; S3 Jan (0 available, 1 active: no %) and Mar. S3 has no February row.
    expect(detail.rows).to.equal(7);
    expect(lines).to.include('S3,2026-01-01,Beta,tB,Sales,Atlantis,,0,1,');
    expect(lines).to.include('S1,2026-03-01,Alpha,tA,Sales,United States,,12,13,108.33');
  });

  it('saves the file unless a listener cancels the event', async () => {
    const el = await fixture<DynSubscriptionTable>(
      html`<dyn-subscription-table .records=${HAND_RECORDS}></dyn-subscription-table>`,
    );
    await settled(el);
    const clicked: string[] = [];
    const click = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      clicked.push(this.download);
    };
    try {
      await el.download();
      el.addEventListener('dyn-usage-download', (event) => event.preventDefault(), { once: true });
      await el.download();
    } finally {
      HTMLAnchorElement.prototype.click = click;
    }
    expect(clicked).to.deep.equal(['dynamics-usage-subscriptions-2025-04_2026-03.csv']);
  });
});

describe('<dyn-subscription-table> inputs and states', () => {
  it('shows a report document', async () => {
    const el = await fixture<DynSubscriptionTable>(
      html`<dyn-subscription-table locale="en-US" .report=${handReport()}></dyn-subscription-table>`,
    );
    await settled(el);
    expect(names(el)).to.deep.equal(['Beta', 'Alpha']);
    expect(el.section!.topCustomers.rankedBy).to.equal('availableSeats');
    expect(el.section!.subscriptions.total).to.equal(3);
  });

  it('shows loading progress on a slow response, then the table', async () => {
    const el = await fixture<DynSubscriptionTable>(
      html`<dyn-subscription-table src=${`/__slow/300${REVENUE_CSV}`}></dyn-subscription-table>`,
    );
    await waitUntil(() => root(el).querySelector('progress[value]'), 'no progress bar', { timeout: 4000 });
    expect(el.status).to.equal('loading');
    expect(root(el).querySelector('.state.loading')!.textContent).to.contain('Loading…');
    const { detail } = await oneEvent(el, 'dyn-usage-load');
    expect(detail.input.rows).to.equal(21);
    await el.updateComplete;
    expect(names(el).length).to.equal(12);
  });

  it('shows the empty state for a window without rows', async () => {
    const el = await fixture<DynSubscriptionTable>(
      html`<dyn-subscription-table
        from="2025-01"
        to="2025-02"
        .records=${HAND_RECORDS}
      ></dyn-subscription-table>`,
    );
    await settled(el);
    expect(el.status).to.equal('empty');
    expect(root(el).querySelector('.state.empty')!.textContent).to.contain('No rows');
    expect(root(el).querySelector('table')).to.equal(null);
  });

  it('shows an error for missing columns and for a 404', async () => {
    const missing = await fixture<DynSubscriptionTable>(
      html`<dyn-subscription-table src="/test/fixtures/missing-columns.csv"></dyn-subscription-table>`,
    );
    await oneEvent(missing, 'dyn-usage-error');
    await waitUntil(() => root(missing).querySelector('[role="alert"]'), 'no error shown');
    expect(root(missing).querySelector('[role="alert"]')!.textContent).to.contain('Missing required columns');
    const notFound = await fixture<DynSubscriptionTable>(
      html`<dyn-subscription-table src="/test/fixtures/no-such-file.csv"></dyn-subscription-table>`,
    );
    const { detail } = await oneEvent(notFound, 'dyn-usage-error');
    expect(detail.status).to.equal(404);
    await waitUntil(() => root(notFound).querySelector('[role="alert"]'), 'no error shown');
    expect(root(notFound).querySelector('[role="alert"]')!.textContent).to.contain('HTTP 404');
  });
});

describe('<dyn-subscription-table> accessibility', () => {
  for (const theme of ['light', 'dark'] as const) {
    it(`passes axe in the ${theme} theme, expanded and with a search match`, async () => {
      const el = await fixture<DynSubscriptionTable>(
        html`<dyn-subscription-table
          theme=${theme}
          locale="en-US"
          src=${REVENUE_CSV}
        ></dyn-subscription-table>`,
      );
      await settled(el);
      await searchFor(el, 'e');
      root(el).querySelector<HTMLButtonElement>('button.expand')!.click();
      await el.updateComplete;
      expect(root(el).querySelector('tr.detail')).not.to.equal(null);
      expect(root(el).querySelector('mark')).not.to.equal(null);
      await expect(el).to.be.accessible();
    });
  }
});

describe('<dyn-subscription-table> languages', () => {
  const handTable = async (locale: string, extra: { pageSize?: number; top?: number } = {}) => {
    const el = await fixture<DynSubscriptionTable>(
      html`<dyn-subscription-table
        locale=${locale}
        from="2026-01"
        page-size=${extra.pageSize ?? 25}
        top=${extra.top ?? 100}
        .records=${HAND_RECORDS}
      ></dyn-subscription-table>`,
    );
    el.addEventListener('dyn-usage-download', (event) => event.preventDefault());
    await settled(el);
    return el;
  };
  /** Types `query` and waits for the search to finish (its status no longer says `searching`). */
  const searchIn = async (el: DynSubscriptionTable, query: string, searching: string) => {
    const input = root(el).querySelector<HTMLInputElement>('input[type="search"]')!;
    input.value = query;
    input.dispatchEvent(new InputEvent('input'));
    await el.updateComplete;
    await waitUntil(() => count(el) !== searching, 'search never finished');
    await el.updateComplete;
  };
  const text = (node: Element) => node.textContent!.replace(/\s+/g, ' ').trim();
  const sortLabels = (el: DynSubscriptionTable) =>
    [...root(el).querySelectorAll('thead th')].map((th) => text(th).split(/[↕▲▼]/)[0]!.trim());
  const figures = (el: DynSubscriptionTable) =>
    (
      el as unknown as {
        figuresTable(section: unknown, report: unknown): { header: string[]; rows: unknown[][] };
      }
    ).figuresTable(el.section, (el as unknown as { data: { report: unknown } }).data.report);
  const month = (locale: string, m: number) =>
    new Intl.DateTimeFormat(locale, { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(
      Date.UTC(2026, m - 1, 1),
    );
  const percent = (locale: string, value: number) =>
    new Intl.NumberFormat(locale, {
      style: 'percent',
      minimumFractionDigits: 1,
      maximumFractionDigits: 1,
    }).format(value);

  it('speaks Dutch with locale="nl": toolbar, caption, headers, markets, search, trend, subscriptions, pager', async () => {
    const el = await handTable('nl', { pageSize: 1 });
    expect(root(el).querySelector('.frame')!.getAttribute('lang')).to.equal('nl');
    expect(text(root(el).querySelector('h2')!)).to.equal('Prestaties van abonnementen');
    const input = root(el).querySelector<HTMLInputElement>('input.search')!;
    expect(input.placeholder).to.equal('Klanten of tenant-ID’s zoeken');
    expect(input.getAttribute('aria-label')).to.equal('Alle klanten zoeken op naam of tenant-ID');
    expect(text(root(el).querySelector('button.download')!)).to.equal('Ruwe gegevens downloaden');
    expect(caption(el)).to.equal(
      `Alle 2 klanten, gerangschikt op beschikbare seats in ${month('nl', 3)} (geen gefactureerde omzet in de gegevens)`,
    );
    const labels = sortLabels(el);
    expect(labels.slice(0, 4)).to.deep.equal(['Rang', 'Klant', 'Markt', 'Abonnementen']);
    expect(labels.at(-1)).to.equal('Trend actief gebruik');
    // Atlantis names no country and stays as the export wrote it.
    expect(cells(root(el).querySelector('tr.customer')!)[1]).to.equal('Atlantis');
    const pager = root(el).querySelector('nav.pager')!;
    expect(pager.getAttribute('aria-label')).to.equal('Pagina’s met klanten');
    expect([...pager.querySelectorAll('button')].map(text)).to.deep.equal(['‹ Vorige', 'Volgende ›']);
    expect(text(pager.querySelector('.pages')!)).to.equal('1–1 van 2');
    // Top 1 (Beta: 20 available in March) of 2 customers; no revenue in the hand records.
    el.top = 1;
    await waitUntil(() => caption(el).startsWith('Top'), 'never ranked the top 1');
    expect(caption(el)).to.equal(
      `Top 1 van 2 klanten, gerangschikt op beschikbare seats in ${month('nl', 3)} (geen gefactureerde omzet in de gegevens)`,
    );

    await searchIn(el, 'alp', 'Zoeken…');
    expect(count(el)).to.equal('1 klant gevonden voor “alp”');
    // The query is isolated in the sentence, as data: a right-to-left query cannot reorder it.
    expect(raw(el, '.count')).to.contain('“\u2068alp\u2069”');
    expect(raw(el, '.caption')).to.contain('“\u2068alp\u2069”');
    expect(caption(el)).to.equal(
      `Klanten die overeenkomen met “alp”, gerangschikt op beschikbare seats in ${month('nl', 3)} ` +
        '(geen gefactureerde omzet in de gegevens). Klanten buiten de top 1 hebben hier geen rang.',
    );
    // Alpha's market, United States, in Dutch; its trend from January 5/10 = 50 % to March 15/17 = 88.2 %.
    const alpha = root(el).querySelector('tr.customer')!;
    expect(cells(alpha)[1]).to.equal(new Intl.DisplayNames('nl', { type: 'region' }).of('US'));
    expect(cells(alpha)[1]).to.equal('Verenigde Staten');
    expect(alpha.querySelector('svg.spark')!.getAttribute('aria-label')).to.equal(
      `Actief gebruik %, ${month('nl', 1)} ${percent('nl', 0.5)} tot ${month('nl', 3)} ${percent('nl', 15 / 17)}`,
    );
    alpha.querySelector<HTMLButtonElement>('button.expand')!.click();
    await el.updateComplete;
    const subs = root(el).querySelector('table.subs')!;
    expect(text(subs.querySelector('caption')!)).to.equal('Abonnementen van \u2068Alpha\u2069');
    const subHeaders = [...subs.querySelectorAll('thead th')].map(text);
    expect([subHeaders[0], subHeaders[1], subHeaders[5]]).to.deep.equal(['SKU', 'Abonnement', 'Verloop']);

    // The raw data keeps the export's column names; its file name is Dutch, search included.
    const event = oneEvent(el, 'dyn-usage-download');
    root(el).querySelector<HTMLButtonElement>('button.download')!.click();
    const { detail } = (await event) as CustomEvent<UsageDownloadDetail>;
    expect(detail.fileName).to.equal('dynamics-gebruik-abonnementen-2026-01_2026-03-zoeken-alp.csv');
    expect((await detail.blob.text()).replace(/^\uFEFF/, '').split('\r\n')[0]).to.contain(
      'SubscriptionId,Month,',
    );

    await searchIn(el, 'nobody', 'Zoeken…');
    expect(count(el)).to.equal('Geen klant gevonden voor “nobody”');
    expect(text(root(el).querySelector('td.none')!)).to.equal('Geen klant gevonden voor deze zoekopdracht.');
  });

  it('writes the figures CSV with Dutch headers and Dutch country names', async () => {
    const el = await handTable('nl');
    const table = figures(el);
    expect(table.header.slice(0, 6)).to.deep.equal([
      'Rang',
      'Klant',
      'Klantsleutel',
      'Markt',
      'Klantsegment',
      'Abonnementen',
    ]);
    // Beta (20 available in March) ranks first, Alpha (12 + 5 = 17) second.
    expect(table.rows.map((row) => row.slice(0, 4))).to.deep.equal([
      [1, 'Beta', 'tB', 'Atlantis'],
      [2, 'Alpha', 'tA', 'Verenigde Staten'],
    ]);
    expect(table.header.at(-1)!.endsWith(' 2026-03')).to.equal(true);
  });

  it('sorts markets by the names it shows, in the reader’s language', async () => {
    // Alpha in Germany, Beta in Finland: English sorts Finland, Germany; Dutch Duitsland, Finland.
    const records = HAND_RECORDS.map((r) => ({
      ...r,
      CustomerMarket: r['CustomerName'] === 'Alpha' ? 'Germany' : 'Finland',
    }));
    const sortByMarket = async (locale: string) => {
      const el = await fixture<DynSubscriptionTable>(
        html`<dyn-subscription-table locale=${locale} .records=${records}></dyn-subscription-table>`,
      );
      await settled(el);
      root(el).querySelectorAll<HTMLButtonElement>('thead th button.sort')[2]!.click();
      await el.updateComplete;
      return [names(el), [...root(el).querySelectorAll('tr.customer')].map((tr) => cells(tr)[1])];
    };
    expect(await sortByMarket('en-US')).to.deep.equal([
      ['Beta', 'Alpha'],
      ['Finland', 'Germany'],
    ]);
    expect(await sortByMarket('nl')).to.deep.equal([
      ['Alpha', 'Beta'],
      ['Duitsland', 'Finland'],
    ]);
  });

  it('lays out right to left in Arabic: columns from the right, mirrored trends, dual forms', async () => {
    const el = await handTable('ar');
    const frame = root(el).querySelector('.frame')!;
    expect(frame.getAttribute('dir')).to.equal('rtl');
    expect(frame.getAttribute('lang')).to.equal('ar');
    expect(text(root(el).querySelector('h2')!)).to.equal('أداء الاشتراكات');
    // Two customers: Arabic's dual form.
    expect(caption(el)).to.equal(
      `العميلان كلاهما، حسب المقاعد المتاحة في ${month('ar', 3)} (لا توجد إيرادات مفوترة في البيانات)`,
    );
    // The rank column is the first, at the right; the customer column to its left.
    const [rank, customer] = root(el).querySelectorAll('thead th');
    expect(rank!.getBoundingClientRect().left).to.be.at.least(customer!.getBoundingClientRect().right - 0.5);
    // Alpha's trend, Jan..Mar on 88 px with 3 px padding: March (the last) at x = 3 rather than 85.
    const alpha = root(el).querySelectorAll('tr.customer')[1]!;
    expect(alpha.querySelector('svg.spark circle.dot')!.getAttribute('cx')).to.equal('3');
    expect(alpha.querySelector('svg.spark')!.getAttribute('aria-label')).to.equal(
      `نسبة الاستخدام النشط، من ${percent('ar', 0.5)} في ${month('ar', 1)} إلى ${percent('ar', 15 / 17)} في ${month('ar', 3)}`,
    );
    // The previous page is to the right: its arrow points right, the next page's left (not mirrored again).
    const el2 = await handTable('ar', { pageSize: 1 });
    expect([...root(el2).querySelectorAll('nav.pager button')].map(text)).to.deep.equal([
      '› السابق',
      'التالي ‹',
    ]);
    const [previous, next] = root(el2).querySelectorAll('nav.pager button');
    expect(previous!.getBoundingClientRect().left).to.be.greaterThan(next!.getBoundingClientRect().right);
    const chevron = alpha.querySelector('.chevron')!;
    expect(getComputedStyle(chevron, '::before').content).to.equal('"◂"');
    alpha.querySelector<HTMLButtonElement>('button.expand')!.click();
    await el.updateComplete;
    // The subscriptions are indented from the right.
    const detail = root(el).querySelector<HTMLElement>('tr.detail > td')!;
    expect(getComputedStyle(detail).paddingRight).to.equal('34px');
    expect(getComputedStyle(detail).paddingLeft).to.equal('10px');

    await searchIn(el, 'a', 'جارٍ البحث…');
    expect(count(el)).to.equal('عميلان يطابقان “a”');
    await searchIn(el, 'alp', 'جارٍ البحث…');
    expect(count(el)).to.equal('عميل واحد يطابق “alp”');
    expect(raw(el, '.count')).to.contain('“\u2068alp\u2069”');

    // The file name keeps its Arabic words (and no bidi control characters).
    const event = oneEvent(el, 'dyn-usage-download');
    void el.download();
    const { detail: download } = (await event) as CustomEvent<UsageDownloadDetail>;
    expect(download.fileName).to.equal('استخدام-dynamics-الاشتراكات-2026-01_2026-03-بحث-alp.csv');
  });

  it('keeps the English trend running left to right', async () => {
    const el = await handTable('en-US');
    const alpha = root(el).querySelectorAll('tr.customer')[1]!;
    expect(alpha.querySelector('svg.spark circle.dot')!.getAttribute('cx')).to.equal('85');
    expect(alpha.querySelector('svg.spark')!.getAttribute('aria-label')).to.equal(
      'Active usage %, Jan 2026 50.0% to Mar 2026 88.2%',
    );
  });

  it('is accessible in Arabic, expanded and with a search match', async () => {
    const el = await handTable('ar');
    await searchIn(el, 'a', 'جارٍ البحث…');
    root(el).querySelector<HTMLButtonElement>('button.expand')!.click();
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });
});
