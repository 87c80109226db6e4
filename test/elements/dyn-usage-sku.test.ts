import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import { ifDefined } from 'lit/directives/if-defined.js';
import { computeReport } from '../../src/core/compute-report.js';
import type { SkuTrend } from '../../src/core/report.js';
import { createUsageCube } from '../../src/core/usage-cube.js';
import { readUsageRecords } from '../../src/data/read-usage.js';
import '../../src/elements/dyn-usage-sku/define.js';
import type { DynUsageSku } from '../../src/elements/dyn-usage-sku/dyn-usage-sku.js';
import type { FiguresTable } from '../../src/elements/shared/usage-section-element.js';
import { HAND_RECORDS } from './hand-records.js';

// Worked out by hand from hand-records.ts (Jan–Mar 2026): Sales = S1 + S3, Finance = S2.
//   Sales:   Jan 10+0 / 8+0 / 5+1, Feb 10/9/7, Mar 12+20 / 10+15 / 13+10  (available/assigned/active)
//   Finance: Jan —, Feb 5/5/5, Mar 5/4/2
// Ordered by available seats in March: Sales (32) before Finance (5).
const HAND_SKUS: SkuTrend[] = [
  { sku: 'Sales', available: [10, 10, 32], assigned: [8, 9, 25], active: [6, 7, 23] },
  { sku: 'Finance', available: [0, 5, 5], assigned: [0, 5, 4], active: [0, 5, 2] },
];

async function settled(el: DynUsageSku) {
  await waitUntil(() => ['ready', 'empty', 'error'].includes(el.status), 'never settled', { timeout: 8000 });
  await el.updateComplete;
  // The chart waits for the first width from the ResizeObserver.
  if (el.status === 'ready' && el.offsetWidth > 0) await waitUntil(() => chart(el), 'no chart drawn');
}

function root(el: DynUsageSku): ShadowRoot {
  return el.shadowRoot!;
}

/** The hidden data table's body rows as text, cells joined by "|". */
function tableRows(el: DynUsageSku): string[] {
  return [...root(el).querySelectorAll('table tbody tr')].map((row) =>
    [...row.children].map((cell) => cell.textContent!.trim()).join('|'),
  );
}

function picker(el: DynUsageSku) {
  return root(el).querySelector('dyn-usage-sku-picker')!;
}

function pickerInput(el: DynUsageSku): HTMLInputElement {
  return picker(el).shadowRoot!.querySelector('input')!;
}

function chart(el: DynUsageSku): SVGSVGElement {
  return root(el).querySelector('svg[data-export]')!;
}

function tooltipText(el: DynUsageSku): string {
  const parts = root(el).querySelectorAll(
    '[part="tooltip"] :is(.tooltip-month, .tooltip-label, .tooltip-value)',
  );
  return [...parts].map((part) => part.textContent!.trim()).join(' ');
}

function legendButton(el: DynUsageSku, label: string): HTMLButtonElement {
  return [...root(el).querySelectorAll<HTMLButtonElement>('.legend-item')].find((b) =>
    b.textContent!.includes(label),
  )!;
}

async function handSku(
  attrs: { sku?: string; mode?: string; metric?: string; theme?: string; locale?: string } = {},
) {
  const el = await fixture<DynUsageSku>(
    html`<dyn-usage-sku
      locale=${attrs.locale ?? 'en-US'}
      from="2026-01"
      sku=${ifDefined(attrs.sku)}
      mode=${attrs.mode ?? 'single'}
      metric=${attrs.metric ?? 'available'}
      theme=${attrs.theme ?? 'light'}
      .records=${HAND_RECORDS}
    ></dyn-usage-sku>`,
  );
  await settled(el);
  return el;
}

describe('<dyn-usage-sku> picks a SKU', () => {
  it('defaults to the SKU with most available seats in the last month (Sales)', async () => {
    const el = await handSku();
    expect(pickerInput(el).value).to.equal('Sales');
    expect(chart(el).getAttribute('aria-label')).to.match(
      /^Sales: .* In Mar 2026: 32 available, 25 assigned, 23 active\./,
    );
    expect(tableRows(el)).to.deep.equal(['Jan 2026|10|8|6', 'Feb 2026|10|9|7', 'Mar 2026|32|25|23']);
  });

  it('selects a SKU with the sku attribute', async () => {
    const el = await handSku({ sku: 'Finance' });
    expect(pickerInput(el).value).to.equal('Finance');
    expect(tableRows(el)).to.deep.equal(['Jan 2026|0|0|0', 'Feb 2026|5|5|5', 'Mar 2026|5|4|2']);
  });

  it('falls back to the first SKU, and says so, for a SKU without rows', async () => {
    const el = await handSku({ sku: 'Marketing' });
    expect(pickerInput(el).value).to.equal('Sales');
    expect(root(el).querySelector('.note')!.textContent).to.contain('“\u2068Marketing\u2069”');
  });

  it('filters as you type: "fin" then Enter shows Finance and fires dyn-usage-sku-change', async () => {
    const el = await handSku();
    pickerInput(el).focus();
    await sendKeys({ type: 'fin' });
    await picker(el).updateComplete;
    const options = [...picker(el).shadowRoot!.querySelectorAll('[role="option"]')];
    expect(options.map((o) => o.textContent!.trim())).to.deep.equal(['Finance']);
    expect(pickerInput(el).getAttribute('aria-expanded')).to.equal('true');
    expect(pickerInput(el).getAttribute('aria-activedescendant')).to.equal(options[0]!.id);
    const changed = oneEvent(el, 'dyn-usage-sku-change');
    await sendKeys({ press: 'Enter' });
    expect((await changed).detail).to.deep.equal({ sku: 'Finance', mode: 'single', metric: 'available' });
    await el.updateComplete;
    expect(el.sku).to.equal('Finance');
    expect(pickerInput(el).getAttribute('aria-expanded')).to.equal('false');
    expect(tableRows(el)[2]).to.equal('Mar 2026|5|4|2');
  });

  it('moves through the list with the arrow keys, and Escape restores the picked SKU', async () => {
    const el = await handSku();
    pickerInput(el).focus();
    await sendKeys({ press: 'ArrowDown' });
    await picker(el).updateComplete;
    // The list opens on the picked SKU (Sales, first); ArrowDown moves to Finance.
    expect(pickerInput(el).getAttribute('aria-activedescendant')).to.equal('option-0');
    await sendKeys({ press: 'ArrowDown' });
    await picker(el).updateComplete;
    expect(pickerInput(el).getAttribute('aria-activedescendant')).to.equal('option-1');
    await sendKeys({ type: 'zz' });
    await picker(el).updateComplete;
    expect(picker(el).shadowRoot!.querySelector('.none')!.textContent).to.equal('No SKU matches');
    await sendKeys({ press: 'Escape' });
    await sendKeys({ press: 'Escape' });
    await picker(el).updateComplete;
    expect(pickerInput(el).value).to.equal('Sales');
    expect(el.sku).to.equal(undefined);
  });
});

describe('<dyn-usage-sku> line chart', () => {
  it('draws the three series with nice whole-number ticks and the months on x', async () => {
    const el = await handSku();
    const svg = chart(el);
    expect(svg.getAttribute('role')).to.equal('img');
    expect(svg.querySelectorAll('.series path.line').length).to.equal(3);
    expect(svg.querySelectorAll('.series-available circle').length).to.equal(3);
    // Values run 0…32: y from 0 to a nice top at or above 32, every tick a whole number.
    const ticks = [...svg.querySelectorAll('.tick-y')].map((t) => Number(t.textContent));
    expect(ticks[0]).to.equal(0);
    expect(ticks.at(-1)).to.be.at.least(32);
    expect(ticks.every((t) => Number.isInteger(t))).to.equal(true);
    expect([...svg.querySelectorAll('.tick-x')].map((t) => t.textContent)).to.deep.equal([
      'Jan 26',
      'Feb',
      'Mar',
    ]);
    // March's available dot (32) sits above assigned (25), which sits above active (23).
    const cy = (series: string) =>
      Number(svg.querySelectorAll(`.series-${series} circle`)[2]!.getAttribute('cy'));
    expect(cy('available')).to.be.below(cy('assigned'));
    expect(cy('assigned')).to.be.below(cy('active'));
  });

  it('shows a tooltip with the month and every series from the keyboard', async () => {
    const el = await handSku();
    chart(el).focus();
    await sendKeys({ press: 'End' });
    await el.updateComplete;
    expect(tooltipText(el)).to.equal('Mar 2026 Available 32 Assigned 25 Active 23');
    expect(chart(el).querySelector('.guide')).to.not.equal(null);
    await sendKeys({ press: 'ArrowLeft' });
    await el.updateComplete;
    expect(tooltipText(el)).to.equal('Feb 2026 Available 10 Assigned 9 Active 7');
    await sendKeys({ press: 'Home' });
    await el.updateComplete;
    expect(tooltipText(el)).to.equal('Jan 2026 Available 10 Assigned 8 Active 6');
    expect(root(el).querySelector('[aria-live="polite"]')!.textContent).to.contain(
      'Jan 2026: Available seats 10, Assigned seats 8, Active seats 6',
    );
    chart(el).blur();
    await el.updateComplete;
    expect(root(el).querySelector('[part="tooltip"]')).to.equal(null);
  });

  it('shows the nearest month on hover', async () => {
    const el = await handSku();
    const dot = chart(el).querySelectorAll('.series-active circle')[1]!.getBoundingClientRect();
    await sendMouse({ type: 'move', position: [Math.round(dot.x + dot.width / 2 + 3), 200] });
    await el.updateComplete;
    expect(tooltipText(el)).to.equal('Feb 2026 Available 10 Assigned 9 Active 7');
    await sendMouse({ type: 'move', position: [1, 1] });
  });

  it('toggles a series from the legend, and shows its definition on focus', async () => {
    const el = await handSku();
    const assigned = legendButton(el, 'Assigned seats');
    assigned.focus();
    await el.updateComplete;
    expect(root(el).querySelector('[part="definition"]')!.textContent!.trim()).to.equal(
      'Assigned seats: licenses assigned to users in the month.',
    );
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(assigned.getAttribute('aria-pressed')).to.equal('false');
    expect(chart(el).querySelector('.series-assigned')).to.equal(null);
    expect(chart(el).querySelectorAll('.series path.line').length).to.equal(2);
    chart(el).focus();
    await sendKeys({ press: 'End' });
    await el.updateComplete;
    expect(tooltipText(el)).to.equal('Mar 2026 Available 32 Active 23');
    assigned.click();
    await el.updateComplete;
    expect(assigned.getAttribute('aria-pressed')).to.equal('true');
    expect(chart(el).querySelector('.series-assigned path')).to.not.equal(null);
  });

  it('labels months in the locale', async () => {
    const el = await handSku();
    el.locale = 'nl';
    await el.updateComplete;
    expect([...chart(el).querySelectorAll('.tick-x')].map((t) => t.textContent)).to.deep.equal([
      'jan 26',
      'feb',
      'mrt',
    ]);
    expect(tableRows(el)[2]).to.equal('mrt 2026|32|25|23');
  });
});

describe('<dyn-usage-sku> compare mode', () => {
  function cells(el: DynUsageSku): string[] {
    return [...chart(el).querySelectorAll('.cell')].map((cell) =>
      [...cell.querySelectorAll('.cell-name, .cell-value')].map((t) => t.textContent).join(' '),
    );
  }

  it('shows one mini chart per SKU, in report order, with the last month of the metric', async () => {
    const el = await handSku({ mode: 'compare' });
    expect(cells(el)).to.deep.equal(['Sales 32', 'Finance 5']);
    expect(tableRows(el)).to.deep.equal(['Jan 2026|10|0', 'Feb 2026|10|5', 'Mar 2026|32|5']);
    el.metric = 'active';
    await el.updateComplete;
    expect(cells(el)).to.deep.equal(['Sales 23', 'Finance 2']);
  });

  it('switches view from the visible toggle and picks a metric', async () => {
    const el = await handSku();
    const compare = [...root(el).querySelectorAll<HTMLInputElement>('input[name="view"]')][1]!;
    compare.click();
    await el.updateComplete;
    expect(el.mode).to.equal('compare');
    expect(el.getAttribute('mode')).to.equal('compare');
    const select = root(el).querySelector('select')!;
    select.value = 'assigned';
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(el.metric).to.equal('assigned');
    expect(cells(el)).to.deep.equal(['Sales 25', 'Finance 4']);
  });

  it('reads each month from the keyboard in every mini chart', async () => {
    const el = await handSku({ mode: 'compare' });
    chart(el).focus();
    await sendKeys({ press: 'Home' });
    await el.updateComplete;
    expect(cells(el)).to.deep.equal(['Sales 10', 'Finance 0']);
    expect(chart(el).querySelectorAll('.guide').length).to.equal(2);
  });

  it('shares one y scale on request', async () => {
    const el = await handSku({ mode: 'compare' });
    const tops = () =>
      [...chart(el).querySelectorAll('.cell')].map((c) => c.querySelectorAll('.tick')[1]!.textContent);
    // Own scales: Finance's 0…5 aims at 3 ticks, a step of 5/3 ≈ 1.7 rounds to 2, so the top is 6.
    expect(tops()[1]).to.equal('6');
    el.sharedScale = true;
    await el.updateComplete;
    expect(tops()[1]).to.equal(tops()[0]);
  });
});

describe('<dyn-usage-sku> inputs', () => {
  it('shows a report document', async () => {
    const cube = createUsageCube();
    const stats = readUsageRecords(HAND_RECORDS, cube);
    const report = computeReport(cube, stats, { from: '2026-01' });
    const el = await fixture<DynUsageSku>(
      html`<dyn-usage-sku locale="en-US" .report=${report}></dyn-usage-sku>`,
    );
    await settled(el);
    expect(el.section).to.deep.equal(HAND_SKUS);
    expect(tableRows(el)[2]).to.equal('Mar 2026|32|25|23');
  });

  it('exposes the section as worked out by hand', async () => {
    const el = await handSku();
    expect(el.section).to.deep.equal(HAND_SKUS);
  });

  it('loads a CSV export from src', async () => {
    const el = await fixture<DynUsageSku>(
      html`<dyn-usage-sku
        locale="en-US"
        from="2026-01"
        src="/test/fixtures/hand-export.csv"
      ></dyn-usage-sku>`,
    );
    const { detail } = await oneEvent(el, 'dyn-usage-load');
    expect(detail.section).to.deep.equal(HAND_SKUS);
    await el.updateComplete;
    expect(tableRows(el)).to.deep.equal(['Jan 2026|10|8|6', 'Feb 2026|10|9|7', 'Mar 2026|32|25|23']);
  });

  it('gives the figures in long form and the legend in resolved colours', async () => {
    const el = await handSku();
    const exported = el as unknown as {
      figuresTable(section: SkuTrend[], report: unknown): FiguresTable;
      exportLegend(): { label: string; color: string }[];
    };
    const table = exported.figuresTable(el.section!, { months: ['2026-01', '2026-02', '2026-03'] });
    expect(table.header).to.deep.equal(['SKU', 'Month', 'Available seats', 'Assigned seats', 'Active seats']);
    expect(table.rows).to.deep.equal([
      ['Sales', '2026-01', 10, 8, 6],
      ['Sales', '2026-02', 10, 9, 7],
      ['Sales', '2026-03', 32, 25, 23],
      ['Finance', '2026-01', 0, 0, 0],
      ['Finance', '2026-02', 5, 5, 5],
      ['Finance', '2026-03', 5, 4, 2],
    ]);
    expect(exported.exportLegend()).to.deep.equal([
      { label: 'Available seats', color: '#2c6bb5' },
      { label: 'Assigned seats', color: '#8a4fc7' },
      { label: 'Active seats', color: '#1d7f45' },
    ]);
  });

  it('ends with the newer data when src changes during a slow load', async () => {
    const el = await fixture<DynUsageSku>(
      html`<dyn-usage-sku locale="en-US" src="/__slow/400/test/fixtures/hand-export.csv"></dyn-usage-sku>`,
    );
    await waitUntil(() => el.status === 'loading', 'never loading');
    el.src = '/test/fixtures/export-bom-crlf.csv';
    await settled(el);
    // Outlast the old response (8 pieces, 400 ms apart), which must not land on top.
    await new Promise((resolve) => setTimeout(resolve, 3600));
    await el.updateComplete;
    // export-bom-crlf.csv, by hand: window Jul 2025 – Jun 2026; in June Customer Service 50/50/70,
    // Field Service 10/9/8, Sales Enterprise 0+3 / 5+2 / 2+1; in May Sales Enterprise 100/80/60.
    const zeros = Array<number>(10).fill(0);
    expect(el.section).to.deep.equal([
      {
        sku: 'Dynamics 365 Customer Service Enterprise',
        available: [...zeros, 0, 50],
        assigned: [...zeros, 0, 50],
        active: [...zeros, 0, 70],
      },
      {
        sku: 'Dynamics 365 Field Service',
        available: [...zeros, 0, 10],
        assigned: [...zeros, 0, 9],
        active: [...zeros, 0, 8],
      },
      {
        sku: 'Dynamics 365 Sales Enterprise',
        available: [...zeros, 100, 3],
        assigned: [...zeros, 80, 7],
        active: [...zeros, 60, 3],
      },
    ]);
    expect(pickerInput(el).value).to.equal('Dynamics 365 Customer Service Enterprise');
  });
});

describe('<dyn-usage-sku> states', () => {
  it('shows progress while a slow export loads', async () => {
    const el = await fixture<DynUsageSku>(
      html`<dyn-usage-sku src="/__slow/300/test/fixtures/hand-export.csv"></dyn-usage-sku>`,
    );
    await waitUntil(() => root(el).querySelector('progress[value]'), 'no progress bar with a value', {
      timeout: 4000,
    });
    expect(el.status).to.equal('loading');
    await settled(el);
    expect(el.status).to.equal('ready');
  });

  it('is empty for a window without rows', async () => {
    const el = await fixture<DynUsageSku>(
      html`<dyn-usage-sku from="2020-01" to="2020-03" .records=${HAND_RECORDS}></dyn-usage-sku>`,
    );
    await settled(el);
    expect(el.status).to.equal('empty');
    expect(root(el).querySelector('.state.empty')!.textContent).to.contain('No rows in the selected months');
    expect(root(el).querySelector('svg')).to.equal(null);
  });

  it('names the missing columns of an export', async () => {
    const el = await fixture<DynUsageSku>(
      html`<dyn-usage-sku src="/test/fixtures/missing-columns.csv"></dyn-usage-sku>`,
    );
    const { detail } = await oneEvent(el, 'dyn-usage-error');
    expect(detail.message).to.equal('Missing required columns: Month, ActiveSeats');
    await waitUntil(() => root(el).querySelector('[role="alert"]'), 'no error shown');
    expect(root(el).querySelector('[role="alert"]')!.textContent).to.contain('Month, ActiveSeats');
  });

  it('shows the HTTP status of a failed fetch', async () => {
    const el = await fixture<DynUsageSku>(
      html`<dyn-usage-sku src="/test/fixtures/no-such-file.csv"></dyn-usage-sku>`,
    );
    const { detail } = await oneEvent(el, 'dyn-usage-error');
    expect(detail.status).to.equal(404);
    await waitUntil(() => root(el).querySelector('[role="alert"]'), 'no error shown');
    expect(root(el).querySelector('[role="alert"]')!.textContent).to.contain('HTTP 404');
  });

  it('draws nothing while hidden (width 0) and draws once shown', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div hidden><dyn-usage-sku from="2026-01" .records=${HAND_RECORDS}></dyn-usage-sku></div>`,
    );
    const el = wrapper.querySelector('dyn-usage-sku')!;
    await settled(el);
    expect(root(el).querySelector('svg')).to.equal(null);
    wrapper.hidden = false;
    await waitUntil(() => root(el).querySelector('svg[data-export]'), 'never drawn');
  });

  it('redraws at the new width on resize, down to 320 px', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div class="w"><dyn-usage-sku from="2026-01" .records=${HAND_RECORDS}></dyn-usage-sku></div>`,
    );
    const el = wrapper.querySelector('dyn-usage-sku')!;
    await settled(el);
    wrapper.style.setProperty('width', '320px');
    // 320 px host − 34 px of frame padding and border.
    await waitUntil(() => chart(el)?.getAttribute('width') === '286', 'never redrawn at 320 px');
    expect(root(el).querySelector('.frame')!.scrollWidth).to.be.at.most(320);
  });
});

describe('<dyn-usage-sku> accessibility', () => {
  for (const theme of ['light', 'dark']) {
    it(`passes axe in ${theme}, in both modes`, async () => {
      const el = await handSku({ theme });
      await expect(el).to.be.accessible();
      chart(el).focus();
      await sendKeys({ press: 'End' });
      await el.updateComplete;
      await expect(el).to.be.accessible();
      el.mode = 'compare';
      await el.updateComplete;
      await expect(el).to.be.accessible();
    });
  }

  it('passes axe with the SKU list open', async () => {
    const el = await handSku();
    pickerInput(el).focus();
    await sendKeys({ press: 'ArrowDown' });
    await picker(el).updateComplete;
    await expect(el).to.be.accessible();
  });
});

describe('<dyn-usage-sku> languages', () => {
  const text = (element: Element | null | undefined) => element?.textContent?.replace(/\s+/g, ' ').trim();
  const figures = (el: DynUsageSku) =>
    (el as unknown as { figuresTable(section: SkuTrend[], report: unknown): FiguresTable }).figuresTable(
      el.section!,
      { months: ['2026-01', '2026-02', '2026-03'] },
    );

  it('speaks Dutch with locale="nl": title, view switch, picker, chart text, legend, table, CSV', async () => {
    const el = await handSku({ locale: 'nl' });
    expect(root(el).querySelector('.frame')!.getAttribute('lang')).to.equal('nl');
    expect(text(root(el).querySelector('h2'))).to.equal('Dynamics-gebruik per SKU');
    expect(text(root(el).querySelector('.view legend'))).to.equal('Weergave');
    expect([...root(el).querySelectorAll('.view-option')].map(text)).to.deep.equal([
      'Eén SKU',
      "SKU's vergelijken",
    ]);
    expect(picker(el).shadowRoot!.querySelector('[role="listbox"]')!.getAttribute('aria-label')).to.equal(
      "SKU's",
    );
    // Sales in March (worked out above): 32 available, 25 assigned, 23 active.
    expect(chart(el).getAttribute('aria-label')).to.equal(
      'Sales: beschikbare, toegewezen en actieve seats per maand, jan 2026 tot en met mrt 2026. ' +
        'In mrt 2026: 32 beschikbaar, 25 toegewezen, 23 actief. Lees elke maand met de pijltoetsen.',
    );
    expect(root(el).querySelector('.legend')!.getAttribute('aria-label')).to.equal('Reeksen van Sales');
    expect(text(root(el).querySelector('table caption'))).to.equal('Sales: seats per maand');
    expect(text(root(el).querySelector('table thead th'))).to.equal('Maand');
    expect(figures(el).header.slice(0, 2)).to.deep.equal(['SKU', 'Maand']);

    pickerInput(el).focus();
    await sendKeys({ type: 'zz' });
    await picker(el).updateComplete;
    expect(text(picker(el).shadowRoot!.querySelector('.none'))).to.equal('Geen SKU gevonden');
    expect(text(picker(el).shadowRoot!.querySelector('[aria-live]'))).to.equal("0 SKU's gevonden");
    await sendKeys({ press: 'Escape' });
  });

  it('says which SKU it shows instead, in Dutch, with both names isolated', async () => {
    const el = await handSku({ locale: 'nl', sku: 'Marketing' });
    const note = root(el).querySelector('.note')!;
    // Each name between U+2068 (first strong isolate) and U+2069 (pop directional isolate).
    expect(text(note)).to.equal(
      'Geen rijen voor “\u2068Marketing\u2069” in deze maanden; \u2068Sales\u2069 wordt getoond.',
    );
  });

  it('describes compare mode in Dutch: metric, scale and the small charts', async () => {
    const el = await handSku({ locale: 'nl', mode: 'compare' });
    expect(text(root(el).querySelector('label.field'))).to.match(/^Meetwaarde/);
    expect(text(root(el).querySelectorAll('label.field')[1])).to.equal('Dezelfde schaal voor alle');
    // Two SKUs: the plural form, each on its own scale.
    expect(chart(el).getAttribute('aria-label')).to.match(
      / per SKU, jan 2026 tot en met mrt 2026: 2 kleine grafieken, elk met een eigen schaal\. /,
    );
    el.sharedScale = true;
    await el.updateComplete;
    expect(chart(el).getAttribute('aria-label')).to.contain('2 kleine grafieken, met één gedeelde schaal.');
  });

  it('mirrors the line chart in Arabic: months from the right, values on the right, arrows follow', async () => {
    const el = await handSku({ locale: 'ar' });
    const frame = root(el).querySelector('.frame')!;
    expect(frame.getAttribute('dir')).to.equal('rtl');
    expect(frame.getAttribute('lang')).to.equal('ar');
    expect(text(root(el).querySelector('h2'))).to.equal('استخدام Dynamics حسب SKU');
    const svg = chart(el);
    const width = Number(svg.getAttribute('width'));
    // By hand: the value axis keeps room for its widest label, the peak (32) with 20 % headroom compact,
    // "38.4": 4 characters × 7 px + 12 = 40 px; the other side 18 px. Mirrored, the plot runs from 18 to
    // width − 40. Three months on a point scale with half a step of padding at each end:
    // step = (width − 58) / 3, January half a step in from the right edge.
    const step = (width - 58) / 3;
    const cx = [...svg.querySelectorAll('.series-available circle')].map((c) => Number(c.getAttribute('cx')));
    expect(cx.length).to.equal(3);
    expect(cx[0]).to.be.closeTo(width - 40 - step / 2, 0.01);
    expect(cx[1]).to.be.closeTo(width - 40 - (3 * step) / 2, 0.01);
    expect(cx[2]).to.be.closeTo(width - 40 - (5 * step) / 2, 0.01);
    // Month labels follow their months: January rightmost.
    const xTicks = [...svg.querySelectorAll('.tick-x')].map((t) => Number(t.getAttribute('x')));
    expect(xTicks).to.deep.equal(cx);
    // Value labels start 6 px right of the plot; written right to left, their end (anchor) is their left edge.
    for (const tick of svg.querySelectorAll('.tick-y')) {
      expect(Number(tick.getAttribute('x'))).to.equal(width - 40 + 6);
      expect(tick.getAttribute('text-anchor')).to.equal('end');
    }
    expect(svg.querySelector('.axes')!.getAttribute('direction')).to.equal('rtl');
    const zero = svg.querySelector('.tick-y')!.getBoundingClientRect();
    expect(zero.left).to.be.at.least(svg.getBoundingClientRect().left + width - 40);

    // Left arrow goes to the later month (to the left), right arrow to the earlier one.
    const guide = () => Number(chart(el).querySelector('.guide')!.getAttribute('x1'));
    svg.focus();
    await sendKeys({ press: 'Home' });
    await el.updateComplete;
    expect(guide()).to.be.closeTo(cx[0]!, 0.01);
    await sendKeys({ press: 'ArrowLeft' });
    await el.updateComplete;
    expect(guide()).to.be.closeTo(cx[1]!, 0.01);
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(guide()).to.be.closeTo(cx[0]!, 0.01);
    const ar = new Intl.NumberFormat('ar');
    expect(text(root(el).querySelector('[part="tooltip"] .tooltip-month'))).to.equal(
      new Intl.DateTimeFormat('ar', { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(
        Date.UTC(2026, 0, 1),
      ),
    );
    // January of Sales: 10 available, 8 assigned, 6 active.
    expect([...root(el).querySelectorAll('.tooltip-value')].map(text)).to.deep.equal(
      [10, 8, 6].map((n) => ar.format(n)),
    );
  });

  it('fills compare mode from the right in Arabic, each cell mirrored', async () => {
    const el = await handSku({ locale: 'ar', mode: 'compare' });
    const cells = [...chart(el).querySelectorAll('.cell')];
    const xOf = (cell: Element) => Number(/translate\(([\d.]+)/.exec(cell.getAttribute('transform')!)![1]);
    // Report order: Sales first, so Sales stands right of Finance on the same row.
    expect(cells.map((cell) => text(cell.querySelector('.cell-name')))).to.deep.equal(['Sales', 'Finance']);
    expect(xOf(cells[0]!)).to.be.above(xOf(cells[1]!));
    // The name starts at the cell's right side (PAD = 10 px in), the value's month at its left.
    const cellWidth = chart(el).querySelector('.cell-bg')!.getAttribute('width');
    expect(chart(el).getAttribute('direction')).to.equal('rtl');
    expect(Number(cells[0]!.querySelector('.cell-name')!.getAttribute('x'))).to.equal(Number(cellWidth) - 10);
    expect(Number(cells[0]!.querySelector('.cell-month')!.getAttribute('x'))).to.equal(10);
    // The first month (January) at the right end of the mini chart, the last at the left.
    const ticks = [...cells[0]!.querySelectorAll('g[aria-hidden] text.tick')].slice(-2);
    expect(Number(ticks[0]!.getAttribute('x'))).to.be.above(Number(ticks[1]!.getAttribute('x')));
    const [first, last] = ticks.map((t) => t.getBoundingClientRect());
    expect(first!.left).to.be.above(last!.right);
    expect(chart(el).getAttribute('aria-label')).to.contain('مخططان صغيران');
  });

  it('passes axe in Arabic with the tooltip shown', async () => {
    const el = await handSku({ locale: 'ar' });
    chart(el).focus();
    await sendKeys({ press: 'End' });
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });
});
