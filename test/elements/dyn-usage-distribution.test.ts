import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import '../../src/elements/dyn-usage-distribution/define.js';
import type { DynUsageDistribution } from '../../src/elements/dyn-usage-distribution/dyn-usage-distribution.js';
import { computeReport } from '../../src/core/compute-report.js';
import { createUsageCube } from '../../src/core/usage-cube.js';
import { readUsageRecords } from '../../src/data/read-usage.js';
import { HAND_RECORDS } from './hand-records.js';

// Figures worked out by hand from hand-records.ts. March 2026: Sales = S1 12/10/13 + S3 20/15/10 =
// 32 available / 25 assigned / 23 active; Finance = S2 5/4/2. Totals 37 available, 25 active, so Sales
// holds 32/37 = 86.49 % of available and 23/25 = 92 % of active seats, Finance 5/37 = 13.51 % and 2/25 = 8 %.
// January 2026: Sales only, S1 10/8/5 + S3 0/0/1 = 10/8/6 (100 % of both).

const root = (el: DynUsageDistribution) => el.shadowRoot!;
const texts = (el: DynUsageDistribution, selector: string) =>
  [...root(el).querySelectorAll(selector)].map((node) => node.textContent!.replace(/\s+/g, ' ').trim());
const groupLabels = (el: DynUsageDistribution) => texts(el, '.group .sku-label text');
const valueLabels = (el: DynUsageDistribution) => texts(el, '.group .value');
const chart = (el: DynUsageDistribution) => root(el).querySelector<SVGSVGElement>('svg[data-export]')!;
const tooltip = (el: DynUsageDistribution) => root(el).querySelector('[part="tooltip"]');

async function settled(el: DynUsageDistribution) {
  await waitUntil(() => ['ready', 'empty', 'error'].includes(el.status), 'never settled', { timeout: 8000 });
  await el.updateComplete;
  if (el.status === 'ready') await waitUntil(() => root(el).querySelector('svg[data-export]'), 'no chart');
  await el.updateComplete;
}

async function handElement(attributes = html``) {
  const el = await fixture<DynUsageDistribution>(
    html`<dyn-usage-distribution locale="en-US" .records=${HAND_RECORDS}
      >${attributes}</dyn-usage-distribution
    >`,
  );
  await settled(el);
  return el;
}

const MARCH_VALUES = ['32 · 86.5%', '25', '23 · 92.0%', '5 · 13.5%', '4', '2 · 8.0%'];

describe('<dyn-usage-distribution> from records', () => {
  it('draws Sales then Finance with seats and shares for the window’s last month', async () => {
    const el = await handElement();
    expect(el.status).to.equal('ready');
    // The header names the snapshot month; the subtitle does not say it again.
    expect(texts(el, '.range')[0]).to.equal('March 2026');
    expect(texts(el, '.subtitle')[0]).to.equal('2 SKUs · 37 available seats');
    expect(groupLabels(el)).to.deep.equal(['Sales', 'Finance']);
    expect(valueLabels(el)).to.deep.equal(MARCH_VALUES);
    const bars = [...root(el).querySelectorAll('.group')].map((group) =>
      [...group.querySelectorAll('rect.bar')].map((bar) => bar.getAttribute('class')),
    );
    expect(bars[0]).to.deep.equal(['bar bar-available', 'bar bar-assigned', 'bar bar-active']);
    const widths = [...root(el).querySelectorAll('rect.bar-available')].map((bar) =>
      Number(bar.getAttribute('width')),
    );
    // Bars are proportional to seats: 32 / 5.
    expect(widths[0]! / widths[1]!).to.be.closeTo(32 / 5, 0.01);
    expect(root(el).querySelector('.expand')).to.equal(null, 'two SKUs fit in the default top 10');
    expect(root(el).querySelector('.prefix-note')).to.equal(null, 'Sales and Finance share no family');
  });

  it('exposes the distribution section in the report shape', async () => {
    const el = await handElement();
    expect(el.section).to.deep.equal([
      { sku: 'Sales', available: 32, assigned: 25, active: 23 },
      { sku: 'Finance', available: 5, assigned: 4, active: 2 },
    ]);
  });

  it('shows the month of the month attribute', async () => {
    const el = await fixture<DynUsageDistribution>(
      html`<dyn-usage-distribution
        locale="en-US"
        month="2026-01"
        .records=${HAND_RECORDS}
      ></dyn-usage-distribution>`,
    );
    await settled(el);
    expect(texts(el, '.range')[0]).to.equal('January 2026');
    expect(texts(el, '.subtitle')[0]).to.equal('1 SKU · 10 available seats');
    expect(groupLabels(el)).to.deep.equal(['Sales']);
    expect(valueLabels(el)).to.deep.equal(['10 · 100.0%', '8', '6 · 100.0%']);
    expect(el.section).to.deep.equal([{ sku: 'Sales', available: 10, assigned: 8, active: 6 }]);
  });

  it('sums the SKUs beyond top into "Other" and expands and collapses them', async () => {
    const el = await fixture<DynUsageDistribution>(
      html`<dyn-usage-distribution locale="en-US" top="1" .records=${HAND_RECORDS}></dyn-usage-distribution>`,
    );
    await settled(el);
    expect(groupLabels(el)).to.deep.equal(['Sales', 'Other (1 SKU)']);
    expect(valueLabels(el)).to.deep.equal(MARCH_VALUES, 'Other holds Finance’s figures');
    const button = root(el).querySelector<HTMLButtonElement>('.expand')!;
    expect(button.textContent!.trim()).to.equal('Show all 2 SKUs');
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    button.click();
    await el.updateComplete;
    expect(groupLabels(el)).to.deep.equal(['Sales', 'Finance']);
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    expect(button.textContent!.trim()).to.equal('Show top 1');
    button.click();
    await el.updateComplete;
    expect(groupLabels(el)).to.deep.equal(['Sales', 'Other (1 SKU)']);
  });

  it('gives the CSV every SKU, also beyond top, with its share of available seats', async () => {
    const el = await fixture<DynUsageDistribution>(
      html`<dyn-usage-distribution top="1" .records=${HAND_RECORDS}></dyn-usage-distribution>`,
    );
    await settled(el);
    const table = (el as unknown as { figuresTable(section: unknown): unknown }).figuresTable(el.section);
    expect(table).to.deep.equal({
      header: ['SKU', 'Available', 'Assigned', 'Active', 'Share of available %'],
      rows: [
        ['Sales', 32, 25, 23, 86.49],
        ['Finance', 5, 4, 2, 13.51],
      ],
    });
  });
});

describe('<dyn-usage-distribution> tooltip and keyboard', () => {
  afterEach(() => resetMouse());

  it('has one tab stop; arrows, Home and End move between SKUs and the tooltip follows', async () => {
    const el = await handElement();
    expect(root(el).querySelectorAll('[tabindex]').length).to.equal(1);
    expect(tooltip(el)).to.equal(null);
    chart(el).focus();
    await el.updateComplete;
    // Sales: 32 (86.49 % of 37), 25, 23 (92 % of 25)
    expect(tooltip(el)!.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
      'Sales Available 32 · 86.5% of total Assigned 25 Active 23 · 92.0% of total',
    );
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    const tip = tooltip(el)!.textContent!.replace(/\s+/g, ' ');
    expect(tip)
      .to.contain('Finance')
      .and.contain('Available 5 · 13.5% of total')
      .and.contain('Active 2 · 8.0% of total');
    expect(texts(el, '[aria-live="polite"]')).to.include(
      'Finance: 5 available, 13.5% of all available; 4 assigned; 2 active, 8.0% of all active',
    );
    await sendKeys({ press: 'ArrowDown' }); // stays on the last group
    await el.updateComplete;
    expect(root(el).querySelector('.tip-title')!.textContent).to.equal('Finance');
    await sendKeys({ press: 'Home' });
    await el.updateComplete;
    expect(root(el).querySelector('.tip-title')!.textContent).to.equal('Sales');
    await sendKeys({ press: 'End' });
    await el.updateComplete;
    expect(root(el).querySelector('.tip-title')!.textContent).to.equal('Finance');
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(tooltip(el)).to.equal(null);
  });

  it('expands "Other" with Enter on its group', async () => {
    const el = await fixture<DynUsageDistribution>(
      html`<dyn-usage-distribution top="1" .records=${HAND_RECORDS}></dyn-usage-distribution>`,
    );
    await settled(el);
    chart(el).focus();
    await sendKeys({ press: 'End' });
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(groupLabels(el)).to.deep.equal(['Sales', 'Finance']);
  });

  it('shows the tooltip of the group under the pointer', async () => {
    const el = await handElement();
    const box = root(el).querySelectorAll('rect.bar-active')[1]!.getBoundingClientRect();
    await sendMouse({
      type: 'move',
      position: [Math.round(box.left + 2), Math.round(box.top + box.height / 2)],
    });
    await waitUntil(() => tooltip(el), 'no tooltip on hover');
    expect(root(el).querySelector('.tip-title')!.textContent).to.equal('Finance');
    expect(root(el).querySelector('.band')).to.not.equal(null);
  });
});

describe('<dyn-usage-distribution> legend', () => {
  it('toggles a series off and on, and keeps the last one on', async () => {
    const el = await handElement();
    const buttons = () => [...root(el).querySelectorAll<HTMLButtonElement>('.legend-item')];
    expect(buttons().map((b) => b.textContent!.trim())).to.deep.equal([
      'Available seats',
      'Assigned seats',
      'Active seats',
    ]);
    buttons()[1]!.click();
    await el.updateComplete;
    expect(buttons()[1]!.getAttribute('aria-pressed')).to.equal('false');
    expect(root(el).querySelectorAll('rect.bar-assigned').length).to.equal(0);
    expect(valueLabels(el)).to.deep.equal(['32 · 86.5%', '23 · 92.0%', '5 · 13.5%', '2 · 8.0%']);
    const exported = (el as unknown as { exportLegend(): { label: string; color: string }[] }).exportLegend();
    expect(exported).to.deep.equal([
      { label: 'Available seats', color: '#2c6bb5' },
      { label: 'Active seats', color: '#1d7f45' },
    ]);
    buttons()[0]!.click();
    buttons()[2]!.click();
    await el.updateComplete;
    expect(buttons()[2]!.getAttribute('aria-pressed')).to.equal('true', 'the last drawn series stays on');
    buttons()[1]!.click();
    await el.updateComplete;
    expect(root(el).querySelectorAll('rect.bar-assigned').length).to.equal(2);
  });

  it('shows a metric’s definition when its legend item has focus', async () => {
    const el = await handElement();
    root(el).querySelectorAll<HTMLButtonElement>('.legend-item')[2]!.focus();
    await el.updateComplete;
    expect(texts(el, '[part="definition"]')).to.deep.equal([
      'Active seats: licenses used in the last 28 days.',
    ]);
    chart(el).focus();
    await el.updateComplete;
    expect(root(el).querySelector('[part="definition"]')).to.equal(null);
  });
});

describe('<dyn-usage-distribution> layout', () => {
  it('puts long SKU names above the bars on narrow widths, cut with the full name in a title', async () => {
    const long = 'Dynamics 365 Finance and Operations Enterprise Edition with Extra Long Name';
    const records = HAND_RECORDS.map((row) => (row.SKU === 'Finance' ? { ...row, SKU: long } : row));
    const box = await fixture<HTMLDivElement>(
      html`<div class="narrow-box">
        <dyn-usage-distribution .records=${records}></dyn-usage-distribution>
      </div>`,
    );
    box.style.setProperty('width', '320px');
    const el = box.querySelector('dyn-usage-distribution')!;
    await settled(el);
    await waitUntil(() => chart(el).getAttribute('width') === String(320 - 34), 'not resized');
    expect(chart(el).classList.contains('labels-above')).to.equal(true);
    const label = groupLabels(el)[1]!;
    expect(label.endsWith('…')).to.equal(true);
    expect(long.startsWith(label.slice(0, -1))).to.equal(true);
    expect(root(el).querySelectorAll('.sku-label title')[0]!.textContent).to.equal(long);
    const svgBox = chart(el).getBoundingClientRect();
    for (const text of root(el).querySelectorAll('svg text')) {
      const r = text.getBoundingClientRect();
      expect(r.right).to.be.at.most(svgBox.right + 1, `"${text.textContent}" overflows`);
    }
  });

  it('draws nothing while hidden (width 0) and draws when shown', async () => {
    const box = await fixture<HTMLDivElement>(
      html`<div hidden><dyn-usage-distribution .records=${HAND_RECORDS}></dyn-usage-distribution></div>`,
    );
    const el = box.querySelector('dyn-usage-distribution')!;
    await waitUntil(() => el.status === 'ready', 'never ready');
    await el.updateComplete;
    expect(chart(el)).to.equal(null);
    box.hidden = false;
    await waitUntil(() => chart(el), 'no chart once shown');
  });

  it('labels the chart with a summary and has a table as text alternative', async () => {
    const el = await handElement();
    expect(chart(el).getAttribute('role')).to.equal('img');
    expect(chart(el).getAttribute('aria-label')).to.equal(
      'Available, assigned and active seats by SKU, March 2026: 2 SKUs. Largest: Sales, 32 of 37 available seats (86.5%). Arrow keys read each SKU.',
    );
    expect(texts(el, '.visually-hidden table tbody tr')).to.deep.equal([
      'Sales 32 25 23 86.5% 92.0%',
      'Finance 5 4 2 13.5% 8.0%',
    ]);
  });

  it('formats for the locale', async () => {
    const el = await fixture<DynUsageDistribution>(
      html`<dyn-usage-distribution locale="nl" .records=${HAND_RECORDS}></dyn-usage-distribution>`,
    );
    await settled(el);
    expect(texts(el, '.range')[0]).to.equal('maart 2026');
    expect(texts(el, '.subtitle')[0]).to.equal('2 SKU’s · 37 beschikbare seats');
    expect(valueLabels(el)[0]).to.equal('32 · 86,5%');
  });
});

describe('<dyn-usage-distribution> inputs', () => {
  it('shows a report document computed by the core', async () => {
    const cube = createUsageCube();
    const stats = readUsageRecords(HAND_RECORDS, cube);
    const report = computeReport(cube, { emptyAvailable: stats.emptyAvailable });
    const el = await fixture<DynUsageDistribution>(
      html`<dyn-usage-distribution locale="en-US" .report=${report}></dyn-usage-distribution>`,
    );
    await settled(el);
    expect(groupLabels(el)).to.deep.equal(['Sales', 'Finance']);
    expect(valueLabels(el)).to.deep.equal(MARCH_VALUES);
  });

  it('loads a CSV export from src', async () => {
    const el = await fixture<DynUsageDistribution>(
      html`<dyn-usage-distribution
        locale="en-US"
        src="/test/fixtures/hand-export.csv"
      ></dyn-usage-distribution>`,
    );
    const { detail } = await oneEvent(el, 'dyn-usage-load');
    expect(detail.input.rows).to.equal(7);
    await settled(el);
    expect(groupLabels(el)).to.deep.equal(['Sales', 'Finance']);
    expect(valueLabels(el)).to.deep.equal(MARCH_VALUES);
  });

  it('shows the sample’s top 10 SKUs and "Other (10 SKUs)", and all 20 when expanded', async () => {
    const el = await fixture<DynUsageDistribution>(
      html`<dyn-usage-distribution
        locale="en-US"
        src="/demo/data/dynamics-usage-sample.csv"
      ></dyn-usage-distribution>`,
    );
    await settled(el);
    const section = el.section!;
    expect(section.length).to.equal(20);
    expect(texts(el, '.subtitle')[0]).to.match(/^20 SKUs · /);
    const labels = groupLabels(el);
    expect(labels.length).to.equal(11);
    expect(labels[10]).to.equal('Other (10 SKUs)');
    // Every SKU is "Dynamics 365 …": said once under the subtitle, and the labels are the rest of each name,
    // whole (the longest, "Intelligent Order Management", fits where "Dynamics 365 Team Memb…" was cut).
    expect(texts(el, '.prefix-note')[0]!.replace(/[\u2068\u2069]/g, '')).to.equal(
      'All SKUs are Dynamics 365 products; names are shown without “Dynamics 365”.',
    );
    const names = section.slice(0, 10).map((entry) => entry.sku);
    expect(labels.slice(0, 10)).to.deep.equal(names.map((name) => name.slice('Dynamics 365 '.length)));
    // Full names in the text alternative.
    expect(texts(el, 'table tbody th').slice(0, 10)).to.deep.equal(names);
    // The Other bar's seats are the sum of SKUs 11–20, added up here independently of the core.
    const tail = section.slice(10).reduce((sum, entry) => sum + entry.available, 0);
    expect(valueLabels(el)[30]!.startsWith(`${tail.toLocaleString('en-US')} · `)).to.equal(true);
    const button = root(el).querySelector<HTMLButtonElement>('.expand')!;
    expect(button.textContent!.trim()).to.equal('Show all 20 SKUs');
    button.click();
    await el.updateComplete;
    expect(groupLabels(el).length).to.equal(20);
  });
});

describe('<dyn-usage-distribution> SKU family prefix', () => {
  it('draws "Sales" and "Finance" when both are "Dynamics 365 …", and says so in Dutch with locale="nl"', async () => {
    const records = HAND_RECORDS.map((row) => ({ ...row, SKU: `Dynamics 365 ${String(row.SKU)}` }));
    const el = await fixture<DynUsageDistribution>(
      html`<dyn-usage-distribution locale="nl" .records=${records}></dyn-usage-distribution>`,
    );
    await settled(el);
    expect(groupLabels(el)).to.deep.equal(['Sales', 'Finance']);
    const note = root(el).querySelector('.prefix-note')!.textContent!.trim();
    expect(note).to.equal(
      'Alle SKU’s zijn \u2068Dynamics 365\u2069-producten; de namen staan er zonder “\u2068Dynamics 365\u2069”.',
    );
    // The tooltip and the text alternative keep the whole name.
    expect(texts(el, 'table tbody th')).to.deep.equal(['Dynamics 365 Sales', 'Dynamics 365 Finance']);
  });
});

describe('<dyn-usage-distribution> states', () => {
  it('shows progress while a slow response loads', async () => {
    const el = await fixture<DynUsageDistribution>(
      html`<dyn-usage-distribution src="/__slow/300/test/fixtures/hand-export.csv"></dyn-usage-distribution>`,
    );
    await waitUntil(() => root(el).querySelector('progress[value]'), 'no progress bar with a value', {
      timeout: 4000,
    });
    expect(el.status).to.equal('loading');
    await settled(el);
    expect(el.status).to.equal('ready');
  });

  it('is empty for a window without rows', async () => {
    const el = await fixture<DynUsageDistribution>(
      html`<dyn-usage-distribution
        from="2020-01"
        to="2020-03"
        .records=${HAND_RECORDS}
      ></dyn-usage-distribution>`,
    );
    await settled(el);
    expect(el.status).to.equal('empty');
    expect(root(el).querySelector('.state.empty')!.textContent).to.contain('No rows in the selected months');
    expect(chart(el)).to.equal(null);
  });

  it('says so when the snapshot month has no rows though the window has', async () => {
    const el = await fixture<DynUsageDistribution>(
      html`<dyn-usage-distribution
        locale="en-US"
        month="2025-12"
        .records=${HAND_RECORDS}
      ></dyn-usage-distribution>`,
    );
    await waitUntil(() => el.status === 'ready', 'never ready');
    await el.updateComplete;
    expect(el.section).to.deep.equal([]);
    expect(root(el).querySelector('.state.empty')!.textContent).to.equal('No rows in December 2025.');
    expect(chart(el)).to.equal(null);
  });

  it('names the missing columns of an export', async () => {
    const el = await fixture<DynUsageDistribution>(
      html`<dyn-usage-distribution src="/test/fixtures/missing-columns.csv"></dyn-usage-distribution>`,
    );
    await settled(el);
    expect(el.status).to.equal('error');
    const message = root(el).querySelector('[role="alert"]')!.textContent!;
    expect(message).to.contain('Month').and.contain('ActiveSeats');
  });

  it('shows the HTTP status of a failed fetch and fires dyn-usage-error', async () => {
    const el = await fixture<DynUsageDistribution>(
      html`<dyn-usage-distribution src="/test/fixtures/no-such-file.csv"></dyn-usage-distribution>`,
    );
    const { detail } = await oneEvent(el, 'dyn-usage-error');
    expect(detail.status).to.equal(404);
    await settled(el);
    expect(root(el).querySelector('[role="alert"]')!.textContent).to.contain('HTTP 404');
  });
});

describe('<dyn-usage-distribution> accessibility', () => {
  for (const theme of ['light', 'dark'] as const) {
    it(`passes axe in the ${theme} theme, also with the tooltip and a definition shown`, async () => {
      const el = await fixture<DynUsageDistribution>(
        html`<dyn-usage-distribution
          theme=${theme}
          top="1"
          .records=${HAND_RECORDS}
        ></dyn-usage-distribution>`,
      );
      await settled(el);
      await expect(el).to.be.accessible();
      chart(el).focus();
      await el.updateComplete;
      expect(tooltip(el)).to.not.equal(null);
      await expect(el).to.be.accessible();
      root(el).querySelector<HTMLButtonElement>('.legend-item')!.focus();
      await el.updateComplete;
      await expect(el).to.be.accessible();
    });
  }
});

describe('<dyn-usage-distribution> in the reader’s language', () => {
  it('speaks Dutch with locale="nl": title, legend, chart label, Other, button, tooltip, table and CSV', async () => {
    const el = await fixture<DynUsageDistribution>(
      html`<dyn-usage-distribution locale="nl" top="1" .records=${HAND_RECORDS}></dyn-usage-distribution>`,
    );
    await settled(el);
    expect(texts(el, '.title')).to.deep.equal(['Dynamics-gebruiksdistributie']);
    expect(texts(el, '.legend-item')).to.deep.equal([
      'Beschikbare seats',
      'Toegewezen seats',
      'Actieve seats',
    ]);
    expect(root(el).querySelector('.legend')!.getAttribute('aria-label')).to.equal('Seatreeksen');
    // Sales: 32 of 37 available seats, 86.49 %.
    expect(chart(el).getAttribute('aria-label')).to.equal(
      'Beschikbare, toegewezen en actieve seats per SKU, maart 2026: top 1 van 2 SKU’s en Overige. ' +
        'Grootste: Sales, 32 van 37 beschikbare seats (86,5%). Met de pijltoetsen leest u elke SKU.',
    );
    expect(groupLabels(el)).to.deep.equal(['Sales', 'Overige (1 SKU)']);
    const button = root(el).querySelector<HTMLButtonElement>('.expand')!;
    expect(button.textContent!.trim()).to.equal('Alle 2 SKU’s tonen');
    chart(el).focus();
    await el.updateComplete;
    expect(tooltip(el)!.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
      'Sales Beschikbaar 32 · 86,5% van totaal Toegewezen 25 Actief 23 · 92,0% van totaal',
    );
    expect(texts(el, 'caption')).to.deep.equal(['Seats per SKU, maart 2026']);
    expect(texts(el, 'thead th')).to.deep.equal([
      'SKU',
      'Beschikbare seats',
      'Toegewezen seats',
      'Actieve seats',
      'Aandeel van beschikbaar',
      'Aandeel van actief',
    ]);
    const table = (el as unknown as { figuresTable(section: unknown): { header: string[] } }).figuresTable(
      el.section,
    );
    expect(table.header).to.deep.equal([
      'SKU',
      'Beschikbaar',
      'Toegewezen',
      'Actief',
      'Aandeel van beschikbaar %',
    ]);
    button.click();
    await el.updateComplete;
    expect(button.textContent!.trim()).to.equal('Top 1 tonen');
  });

  it('mirrors in Arabic: frame dir="rtl", bars growing leftwards from a zero line on the right', async () => {
    const el = await fixture<DynUsageDistribution>(
      html`<dyn-usage-distribution locale="ar" .records=${HAND_RECORDS}></dyn-usage-distribution>`,
    );
    await settled(el);
    const frame = root(el).querySelector('[part="frame"]')!;
    expect(frame.getAttribute('dir')).to.equal('rtl');
    expect(frame.getAttribute('lang')).to.equal('ar');
    expect(texts(el, '.title')).to.deep.equal(['توزيع استخدام Dynamics']);
    const box = (node: Element) => node.getBoundingClientRect();
    const [sales, finance] = [...root(el).querySelectorAll('rect.bar-available')].map(box);
    // Both bars start at the zero line on the right; Sales (32 seats) reaches further left than Finance (5).
    expect(sales!.right).to.be.closeTo(finance!.right, 0.5);
    expect(sales!.width / finance!.width).to.be.closeTo(32 / 5, 0.01);
    expect(sales!.left).to.be.below(finance!.left);
    // The x axis runs right to left: 0 under the zero line, larger values to its left.
    const ticks = [...root(el).querySelectorAll('.axis text')].map((text) => ({
      value: text.textContent!.trim(),
      x: box(text).left + box(text).width / 2,
    }));
    expect(ticks[0]!.value).to.equal(new Intl.NumberFormat('ar', { notation: 'compact' }).format(0));
    expect(ticks[0]!.x).to.be.closeTo(sales!.right, 1);
    for (let i = 1; i < ticks.length; i += 1) expect(ticks[i]!.x).to.be.below(ticks[i - 1]!.x);
    // SKU names sit right of the bars, value labels left of them, all inside the chart.
    const labels = [...root(el).querySelectorAll('.sku-label text')].map(box);
    for (const label of labels) expect(label.left).to.be.at.least(sales!.right);
    const values = [...root(el).querySelectorAll('.value-available')].map(box);
    expect(values[0]!.right).to.be.at.most(sales!.left);
    const svgBox = box(chart(el));
    for (const text of root(el).querySelectorAll('svg text')) {
      expect(box(text).left).to.be.at.least(svgBox.left - 1, `"${text.textContent}" overflows`);
      expect(box(text).right).to.be.at.most(svgBox.right + 1, `"${text.textContent}" overflows`);
    }
    // The tooltip stays in the chart.
    chart(el).focus();
    await el.updateComplete;
    const tip = box(tooltip(el)!);
    expect(tip.left).to.be.at.least(svgBox.left - 1);
    expect(tip.right).to.be.at.most(svgBox.right + 1);
  });
});
