import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/elements/dyn-subscription-table/define.js';
import '../../src/elements/dyn-usage-report/define.js';
import type {
  DynSubscriptionTable,
  UsageDownloadDetail,
} from '../../src/elements/dyn-subscription-table/dyn-subscription-table.js';
import type { DynUsageReport } from '../../src/elements/dyn-usage-report/dyn-usage-report.js';
import { reportFromText } from '../../src/core/report-from.js';

const REVENUE_CSV = '/test/fixtures/revenue-small.csv';

/*
 * test/fixtures/revenue-small.csv, 2026-01..2026-03, 12 customers. Available seats in March, the ranking
 * with revenue hidden: Contoso Ltd 50 · Fabrikam Inc 40 · Müller & Söhne GmbH 30 + 10 = 40 (tie: by name)
 * · Smith, Jones & Partners 20 · <img …> 12 · The "Best" Company 10 · +SUM(1,2) 8 · Árvíztűrő Kft. 6 ·
 * =HYPERLINK(…) 5 · -2+3 4 · @cmd 3 · Northwind Traders 2.
 * Billed revenue, which must show nowhere: Müller 4000 + 4000 + 2000 = 10000, Contoso 3 × 2000 = 6000, …;
 * every cell of the column ends in ".00" ("4000.00").
 */
const TOP_5_BY_SEATS = [
  'Contoso Ltd',
  'Fabrikam Inc',
  'Müller & Söhne GmbH',
  'Smith, Jones & Partners',
  '<img src=x onerror=alert(1)>',
];

/** No word, key or column of revenue, and none of its figures (summed, formatted, or as in the export). */
function expectNoRevenue(text: string, what: string) {
  const found = /revenue|10,?000|6,?000|\$|\.00\b/i.exec(text);
  expect(found && text.slice(Math.max(0, found.index - 60), found.index + 60), what).to.equal(null);
}

/** What a shadow root shows or says: its text and every attribute value (aria-labels, titles, …). */
function shownText(root: ShadowRoot): string {
  const attributes = [...root.querySelectorAll('*')].flatMap((element) =>
    [...element.attributes].map((attribute) => attribute.value),
  );
  return [root.textContent, ...attributes].join('\n');
}

async function ready(el: DynSubscriptionTable) {
  await waitUntil(() => el.status === 'ready', 'never ready', { timeout: 8000 });
  await el.updateComplete;
}

const names = (el: DynSubscriptionTable) =>
  [...el.shadowRoot!.querySelectorAll('tr.customer .customer-name')].map((n) => n.textContent!);
const captionOf = (el: DynSubscriptionTable) =>
  el
    .shadowRoot!.querySelector('.caption')!
    .textContent!.replace(/[\u2068\u2069]/g, '')
    .trim();

/** The raw-data CSV, through the table's button, cancelled so that the test reads it instead of saving it. */
async function rawData(el: DynSubscriptionTable): Promise<string> {
  el.addEventListener('dyn-usage-download', (event) => event.preventDefault(), { once: true });
  const event = oneEvent(el, 'dyn-usage-download');
  el.shadowRoot!.querySelector<HTMLButtonElement>('button.download')!.click();
  const { detail } = (await event) as CustomEvent<UsageDownloadDetail>;
  return detail.blob.text();
}

/** The figures CSV, chosen in the section menu; the file the page would save is caught at its blob URL. */
async function figuresCsv(el: DynSubscriptionTable): Promise<string> {
  const saved: Blob[] = [];
  const { createObjectURL } = URL;
  const { click } = HTMLAnchorElement.prototype;
  URL.createObjectURL = (object: Blob | MediaSource) => {
    if (object instanceof Blob) saved.push(object);
    return createObjectURL.call(URL, object);
  };
  // No real download in the test browser: the link's click is what saves the file.
  HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    if (!this.download) click.call(this);
  };
  try {
    const menu = el.shadowRoot!.querySelector('dyn-usage-section-menu')!;
    menu.dispatchEvent(new CustomEvent('dyn-usage-menu-select', { detail: { id: 'csv' } }));
    await waitUntil(() => saved.length > 0, 'no figures CSV');
  } finally {
    URL.createObjectURL = createObjectURL;
    HTMLAnchorElement.prototype.click = click;
  }
  return saved[0]!.text();
}

describe('<dyn-subscription-table hide-revenue>', () => {
  it('shows, holds and hands out no revenue, and ranks by available seats', async () => {
    let loadDetail: unknown = null;
    const el = await fixture<DynSubscriptionTable>(
      html`<dyn-subscription-table
        locale="en-US"
        top="5"
        hide-revenue
        src=${REVENUE_CSV}
        @dyn-usage-load=${(event: CustomEvent) => (loadDetail = event.detail)}
      ></dyn-subscription-table>`,
    );
    await ready(el);
    expect(names(el)).to.deep.equal(TOP_5_BY_SEATS);
    expect(captionOf(el)).to.equal('Top 5 of 12 customers, ranked by available seats in Mar 2026');
    expect(el.section!.topCustomers.rankedBy).to.equal('availableSeats');
    expect(el.section!.topCustomers.customers.map((c) => c.availableSeats)).to.deep.equal([
      50, 40, 40, 20, 12,
    ]);
    expectNoRevenue(shownText(el.shadowRoot!), 'shadow DOM');
    expectNoRevenue(JSON.stringify(el.section), 'section');
    await waitUntil(() => loadDetail !== null, 'no dyn-usage-load');
    expectNoRevenue(JSON.stringify(loadDetail), 'dyn-usage-load detail');
    const raw = await rawData(el);
    // 21 rows and the header; 12 columns, BilledRevenueUSD left out.
    expect(
      raw
        .replace(/^\uFEFF/, '')
        .split('\r\n')
        .filter(Boolean).length,
    ).to.equal(22);
    expectNoRevenue(raw, 'raw-data CSV');
    expectNoRevenue(await figuresCsv(el), 'figures CSV');
  });

  it('without hide-revenue the same checks find the revenue (they can fail)', async () => {
    const el = await fixture<DynSubscriptionTable>(
      html`<dyn-subscription-table locale="en-US" top="5" src=${REVENUE_CSV}></dyn-subscription-table>`,
    );
    await ready(el);
    expect(names(el)[0]).to.equal('Müller & Söhne GmbH');
    expect(shownText(el.shadowRoot!)).to.match(/revenue/i);
    expect(JSON.stringify(el.section)).to.contain('"billedRevenue":10000');
    expect(await rawData(el)).to.contain('BilledRevenueUSD');
    expect(await figuresCsv(el)).to.match(/revenue/i);
  });

  it('takes the revenue out of a report document it is given', async () => {
    const csv = await (await fetch(REVENUE_CSV)).text();
    const report = reportFromText(csv, { top: 5 });
    expect(report.topCustomers.rankedBy).to.equal('billedRevenue');
    const el = await fixture<DynSubscriptionTable>(
      html`<dyn-subscription-table locale="en-US" hide-revenue .report=${report}></dyn-subscription-table>`,
    );
    await ready(el);
    expectNoRevenue(JSON.stringify(el.section), 'section');
    expectNoRevenue(shownText(el.shadowRoot!), 'shadow DOM');
    // The document's five (the top by revenue), ordered by seats: Contoso 50, Fabrikam 40, Müller 40,
    // Smith 20, The "Best" Company 10.
    expect(names(el)).to.deep.equal([...TOP_5_BY_SEATS.slice(0, 4), 'The "Best" Company']);
  });
});

describe('<dyn-usage-report hide-revenue>', () => {
  it('gives its table no revenue: section, shadow DOM, downloads and the load event', async () => {
    let loadDetail: unknown = null;
    const report = await fixture<DynUsageReport>(
      html`<dyn-usage-report
        no-hash
        no-insights
        hide-revenue
        locale="en-US"
        src=${REVENUE_CSV}
        @dyn-usage-load=${(event: CustomEvent) => (loadDetail = event.detail)}
      ></dyn-usage-report>`,
    );
    const table = () => report.shadowRoot!.querySelector<DynSubscriptionTable>('dyn-subscription-table');
    await waitUntil(() => table()?.status === 'ready', 'table never ready', { timeout: 8000 });
    const el = table()!;
    await el.updateComplete;
    expect(el.hideRevenue).to.equal(true);
    expect(names(el).slice(0, 5)).to.deep.equal(TOP_5_BY_SEATS);
    expect(captionOf(el)).to.equal('All 12 customers, ranked by available seats in Mar 2026');
    expectNoRevenue(shownText(el.shadowRoot!), 'table shadow DOM');
    expectNoRevenue(JSON.stringify(el.section), 'table section');
    await waitUntil(() => loadDetail !== null, 'no dyn-usage-load');
    expectNoRevenue(JSON.stringify(loadDetail), 'dyn-usage-load detail');
    expectNoRevenue(await rawData(el), 'raw-data CSV');
    expectNoRevenue(await figuresCsv(el), 'figures CSV');
  });
});
