import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../src/elements/dyn-usage-sku/define.js';
import '../../src/elements/dyn-usage-report/define.js';
import '../../src/elements/dyn-usage-geo/define.js';
import type { DynUsageSku } from '../../src/elements/dyn-usage-sku/dyn-usage-sku.js';
import type { DynUsageReport } from '../../src/elements/dyn-usage-report/dyn-usage-report.js';
import { HAND_RECORDS } from './hand-records.js';

/** The section menu's items, opened as a reader opens it. */
async function menuItems(section: Element): Promise<HTMLButtonElement[]> {
  const menu = section.shadowRoot!.querySelector('dyn-usage-section-menu')!;
  const toggle = menu.shadowRoot!.querySelector<HTMLButtonElement>('.toggle')!;
  toggle.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true }));
  await waitUntil(() => menu.shadowRoot!.querySelector('[role="menuitem"]'), 'the menu never opened');
  return [...menu.shadowRoot!.querySelectorAll<HTMLButtonElement>('[role="menuitem"]')];
}

/** Clicks "Print / save as PDF" with window.print stubbed; returns what was marked while it "printed". */
async function printFromMenu(section: Element): Promise<{ printed: number; marked: string[] }> {
  const item = (await menuItems(section)).at(-1)!;
  const original = window.print;
  let printed = 0;
  let marked: string[] = [];
  window.print = () => {
    printed += 1;
    marked = [...document.querySelectorAll('[data-dyn-usage-printing]')].map((el) => el.localName);
    const walk = (root: Document | ShadowRoot) => {
      for (const el of root.querySelectorAll('*')) {
        if (el.hasAttribute('data-dyn-usage-print')) marked.push(`print:${el.localName}`);
        if (el.hasAttribute('data-dyn-usage-print-within')) marked.push(`within:${el.localName}`);
        if (el.shadowRoot) walk(el.shadowRoot);
      }
    };
    walk(document);
  };
  try {
    item.click();
  } finally {
    window.print = original;
  }
  return { printed, marked };
}

/** The selector of the kit's document rule that leaves the page off the paper while one section prints. */
function hidingSelector(): string {
  for (const sheet of document.adoptedStyleSheets)
    for (const rule of sheet.cssRules)
      if (rule instanceof CSSMediaRule && rule.media.mediaText === 'print')
        return (rule.cssRules[0] as CSSStyleRule).selectorText;
  throw new Error('no print rule adopted by the document');
}

describe('print / save as PDF', () => {
  afterEach(() => window.dispatchEvent(new Event('afterprint')));

  it('is the last item of every section menu, in the reader language', async () => {
    const el = await fixture<DynUsageSku>(
      html`<dyn-usage-sku locale="nl" .records=${HAND_RECORDS}></dyn-usage-sku>`,
    );
    await waitUntil(() => el.status === 'ready');
    await el.updateComplete;
    const labels = (await menuItems(el)).map((item) => item.textContent!.trim());
    expect(labels.at(-1)).to.equal('Afdrukken / opslaan als pdf');
  });

  it('prints the section alone: the page around it is left off, until the dialog closes', async () => {
    const page = await fixture<HTMLElement>(
      html`<div>
        <p id="page-text">The partner portal's own text</p>
        <dyn-usage-sku .records=${HAND_RECORDS}></dyn-usage-sku>
      </div>`,
    );
    const sku = page.querySelector<DynUsageSku>('dyn-usage-sku')!;
    await waitUntil(() => sku.status === 'ready');
    await sku.updateComplete;
    const { printed, marked } = await printFromMenu(sku);
    expect(printed).to.equal(1);
    expect(marked).to.deep.equal(['html', 'print:dyn-usage-sku']);
    // While marked, the document's print rule matches the page's text and not the section or the
    // elements that hold it.
    const hidden = new Set(document.querySelectorAll(hidingSelector()));
    expect(hidden.has(page.querySelector('#page-text')!)).to.equal(true);
    expect(hidden.has(sku)).to.equal(false);
    expect(hidden.has(page)).to.equal(false);
    window.dispatchEvent(new Event('afterprint'));
    expect(sku.hasAttribute('data-dyn-usage-print')).to.equal(false);
    expect(document.documentElement.hasAttribute('data-dyn-usage-printing')).to.equal(false);
    expect(document.querySelectorAll(hidingSelector()).length).to.equal(0);
  });

  it('a section inside the report marks the report, which leaves out its other sections', async () => {
    const report = await fixture<DynUsageReport>(
      html`<dyn-usage-report no-hash .records=${HAND_RECORDS}></dyn-usage-report>`,
    );
    await waitUntil(() => report.status === 'ready', 'the report never loaded');
    const sku = report.shadowRoot!.querySelector<DynUsageSku>('dyn-usage-sku')!;
    await waitUntil(() => sku.status === 'ready');
    await sku.updateComplete;
    const { marked } = await printFromMenu(sku);
    expect(marked).to.deep.equal(['html', 'within:dyn-usage-report', 'print:dyn-usage-sku']);
    expect(new Set(document.querySelectorAll(hidingSelector())).has(report)).to.equal(false);
  });
});

describe('charts on paper', () => {
  it('are drawn for the paper while the page prints (at most 680 px), and for the screen again after', async () => {
    const page = await fixture<HTMLElement>(
      html`<div style="width: 1200px">
        <dyn-usage-sku locale="en-US" .records=${HAND_RECORDS}></dyn-usage-sku>
      </div>`,
    );
    const sku = page.querySelector<DynUsageSku>('dyn-usage-sku')!;
    await waitUntil(() => sku.status === 'ready', 'never ready');
    const chartWidth = () => Number(sku.shadowRoot!.querySelector('svg.chart')!.getAttribute('width'));
    await waitUntil(() => chartWidth() > 1000, 'never drawn for the screen');
    const screen = chartWidth();
    dispatchEvent(new Event('beforeprint'));
    await sku.updateComplete;
    // 680 less the card's 2 × 16 px padding and 2 × 1 px border.
    expect(chartWidth()).to.equal(680 - 34);
    dispatchEvent(new Event('afterprint'));
    await sku.updateComplete;
    expect(chartWidth()).to.equal(screen);
  });
});

describe('the geography on paper', () => {
  afterEach(() => emulateMedia({ media: 'screen' }));

  it('prints its whole country table under the map and inside its card', async () => {
    // 40 countries: on screen the table scrolls beside the map, shorter than the table.
    const codes =
      'US GB DE FR NL SE NO FI DK IT ES PT IE BE AT CH PL HU RO GR JP KR IN AU NZ CA MX BR AR CL CO PE ZA EG KE NG SA AE IL TH'.split(
        ' ',
      );
    const names = new Intl.DisplayNames('en', { type: 'region' });
    const records = codes.map((code, i) => ({
      SubscriptionId: `S${i}`,
      Month: '2026-03-01',
      CustomerTenantId: `t${i}`,
      CustomerName: `Customer ${i}`,
      SKU: 'Sales',
      CustomerMarket: names.of(code)!,
      AvailableSeats: String(100 + i),
      AssignedSeats: '50',
      ActiveSeats: '40',
    }));
    const page = await fixture<HTMLElement>(
      html`<div style="width: 1200px">
        <dyn-usage-geo locale="en-US" .records=${records}></dyn-usage-geo>
      </div>`,
    );
    const geo = page.querySelector<HTMLElement & { status: string; updateComplete: Promise<boolean> }>(
      'dyn-usage-geo',
    )!;
    await waitUntil(() => geo.status === 'ready', 'never ready', { timeout: 10000 });
    await geo.updateComplete;
    await emulateMedia({ media: 'print' });
    const root = geo.shadowRoot!;
    const card = root.querySelector('.frame')!.getBoundingClientRect();
    const map = root.querySelector('.map')!.getBoundingClientRect();
    const table = root.querySelector('table')!.getBoundingClientRect();
    expect(root.querySelectorAll('tbody tr').length).to.be.at.least(35);
    expect(table.top, 'under the map').to.be.at.least(map.bottom);
    expect(table.bottom, 'inside the card').to.be.at.most(card.bottom);
    expect(root.querySelector('.table-scroll')!.getBoundingClientRect().height).to.be.at.least(table.height);
  });
});
