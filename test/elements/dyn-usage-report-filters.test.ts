import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/elements/dyn-usage-report/define.js';
import type { DynUsageReport } from '../../src/elements/dyn-usage-report/dyn-usage-report.js';
import { HAND_RECORDS } from './hand-records.js';

// Figures from the hand records (hand-records.ts): S1 Sales US Jan 10, Feb 10, Mar 12; S2 Finance NL Feb 5,
// Mar 5; S3 Sales Atlantis (no country code) Jan 0, Mar 20.

type Section = HTMLElement & { status: string; section: unknown; updateComplete: Promise<boolean> };
const TAGS = ['dyn-usage-summary', 'dyn-usage-geo', 'dyn-usage-distribution'];

function section<T>(report: DynUsageReport, tag: string): T {
  return report.shadowRoot!.querySelector<Section>(tag)!.section as T;
}
const available = (report: DynUsageReport) =>
  section<{ available: number[] }>(report, 'dyn-usage-summary').available;

async function ready(report: DynUsageReport) {
  const statuses = () => TAGS.map((tag) => report.shadowRoot!.querySelector<Section>(tag)?.status);
  await waitUntil(() => statuses().every((status) => status === 'ready'), 'sections never ready', {
    timeout: 8000,
  });
  await waitUntil(() => report.shadowRoot!.querySelector('select[name="country"]'), 'no filter bar');
}

/**
 * Waits for the summary's available seats: the last months of the default window (12 months, of which the
 * hand records fill Jan–Mar 2026), or with `exact` the whole window.
 */
async function until(report: DynUsageReport, want: number[], message: string, exact = false) {
  const shown = () => {
    const all = available(report);
    return JSON.stringify(exact ? all : all.slice(-want.length));
  };
  await waitUntil(() => shown() === JSON.stringify(want), message, { timeout: 8000 });
}

function pick(report: DynUsageReport, name: string, value: string) {
  const select = report.shadowRoot!.querySelector<HTMLSelectElement>(`select[name="${name}"]`)!;
  select.value = value;
  select.dispatchEvent(new Event('change'));
  return select;
}

const texts = (root: ParentNode, selector: string) =>
  [...root.querySelectorAll(selector)].map((e) => e.textContent!.replace(/\s+/g, ' ').trim());

async function report(attributes: { hash?: boolean; history?: boolean } = {}) {
  const el = attributes.hash
    ? attributes.history === false
      ? await fixture<DynUsageReport>(
          html`<dyn-usage-report no-history locale="en-US" .records=${HAND_RECORDS}></dyn-usage-report>`,
        )
      : await fixture<DynUsageReport>(
          html`<dyn-usage-report locale="en-US" .records=${HAND_RECORDS}></dyn-usage-report>`,
        )
    : await fixture<DynUsageReport>(
        html`<dyn-usage-report no-hash locale="en-US" .records=${HAND_RECORDS}></dyn-usage-report>`,
      );
  await ready(el);
  return el;
}

describe('<dyn-usage-report> filters with several values', () => {
  it('sums two countries chosen in the list, names each on a chip, and a chip removes its own', async function () {
    this.timeout(30000);
    const el = await report();
    pick(el, 'country', 'NL');
    await until(el, [0, 5, 5], 'NL not applied');
    const select = pick(el, 'country', 'US');
    // US + NL: Jan 10, Feb 10 + 5, Mar 12 + 5 (Atlantis has no country).
    await until(el, [10, 15, 17], 'US + NL not summed');
    expect(el.view.filter).to.deep.equal({ country: ['NL', 'US'] });
    await el.updateComplete;
    // The list keeps saying what is chosen, and marks the chosen values.
    expect(select.value).to.equal('');
    expect(texts(select, 'option')).to.deep.equal([
      '2 selected',
      '✓ \u2068Netherlands\u2069',
      '✓ \u2068United States\u2069',
    ]);
    const chips = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.chip')];
    expect(chips.map((chip) => chip.getAttribute('aria-label'))).to.deep.equal([
      'Remove filter Country/region: Netherlands',
      'Remove filter Country/region: United States',
    ]);
    expect(chips.every((chip) => chip.localName === 'button' && chip.type === 'button')).to.equal(true);
    await expect(el).to.be.accessible();
    chips[0]!.click();
    await until(el, [10, 10, 12], 'NL chip did not remove NL');
    expect(el.view.filter).to.deep.equal({ country: ['US'] });
    // The keyboard stays on the chips: on the one that took the removed one's place.
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement?.getAttribute('aria-label')).to.equal(
      'Remove filter Country/region: United States',
    );
    // Choosing a chosen value again takes it out.
    pick(el, 'country', 'US');
    await until(el, [10, 15, 37], 'US not taken out');
    expect(el.view.filter).to.deep.equal({});
  });

  it('takes values from several filters, and "Clear all" removes every one', async () => {
    const el = await report();
    pick(el, 'sku', 'Sales');
    pick(el, 'sku', 'Finance');
    pick(el, 'country', 'US');
    // (Sales ∪ Finance) ∩ US = S1.
    await until(el, [10, 10, 12], 'not filtered');
    expect(el.view.filter).to.deep.equal({ sku: ['Sales', 'Finance'], country: ['US'] });
    await el.updateComplete;
    expect(el.shadowRoot!.querySelectorAll('.chip').length).to.equal(3);
    el.shadowRoot!.querySelector<HTMLButtonElement>('.chips .clear')!.click();
    await until(el, [10, 15, 37], 'not cleared');
    expect(el.shadowRoot!.querySelector('.chip')).to.equal(null);
  });

  it('a country clicked on the map adds to the filter; clicked again, it goes', async function () {
    this.timeout(30000);
    const el = await report();
    const geo = el.shadowRoot!.querySelector<Section>('dyn-usage-geo')!;
    const row = (name: string) =>
      [...geo.shadowRoot!.querySelectorAll<HTMLElement>('tbody tr')].find((tr) =>
        tr.textContent!.includes(name),
      )!;
    row('Netherlands').click();
    await until(el, [0, 5, 5], 'NL not applied');
    await geo.updateComplete;
    row('United States').click();
    await until(el, [10, 15, 17], 'US not added');
    expect(el.view.filter).to.deep.equal({ country: ['NL', 'US'] });
    await geo.updateComplete;
    row('Netherlands').click();
    await until(el, [10, 10, 12], 'NL not taken out');
    expect(el.view.filter).to.deep.equal({ country: ['US'] });
  });
});

describe('<dyn-usage-report> SKUs chosen in the distribution', () => {
  it('each SKU chosen adds to the filter; chosen again, it goes', async function () {
    this.timeout(30000);
    const el = await report();
    const distribution = el.shadowRoot!.querySelector<Section>('dyn-usage-distribution')!;
    const chart = distribution.shadowRoot!.querySelector<SVGSVGElement>('svg[data-export]')!;
    const key = async (name: string) => {
      chart.dispatchEvent(new KeyboardEvent('keydown', { key: name, bubbles: true }));
      await distribution.updateComplete;
    };
    chart.focus();
    await key('ArrowDown');
    await key('Enter');
    // The second group is Finance (S2): Feb 5, Mar 5.
    await until(el, [0, 5, 5], 'Finance not applied');
    await key('ArrowUp');
    await key('Enter');
    // Finance and Sales are every row.
    await until(el, [10, 15, 37], 'Sales not added');
    expect(el.view.filter).to.deep.equal({ sku: ['Finance', 'Sales'] });
    await key('Enter');
    await until(el, [0, 5, 5], 'Sales not taken out');
    expect(el.view.filter).to.deep.equal({ sku: ['Finance'] });
  });
});

describe('<dyn-usage-report> history', () => {
  afterEach(() => history.replaceState(null, '', location.pathname + location.search));

  it('each filter change is a history entry: Back restores the first filter and its figures', async function () {
    this.timeout(30000);
    history.replaceState({ portal: 'usage-tab' }, '', `${location.pathname}${location.search}#tab=usage`);
    const el = await report({ hash: true });
    const entries = history.length;
    pick(el, 'sku', 'Sales');
    // Sales is S1 + S3: Jan 10 + 0, Feb 10, Mar 12 + 20.
    await until(el, [10, 10, 32], 'Sales not applied');
    pick(el, 'country', 'US');
    await until(el, [10, 10, 12], 'US not applied');
    expect(history.length).to.equal(entries + 2);
    expect(location.hash).to.equal('#tab=usage&sku=Sales&country=US');
    // The page's own key stays beside the report's.
    expect((history.state as Record<string, unknown>)['portal']).to.equal('usage-tab');
    history.back();
    await until(el, [10, 10, 32], 'Back did not restore the first filter');
    expect(el.view.filter).to.deep.equal({ sku: ['Sales'] });
    expect(location.hash).to.equal('#tab=usage&sku=Sales');
    await el.updateComplete;
    expect(texts(el.shadowRoot!, '.chip')).to.deep.equal(['SKU: Sales ×']);
    history.back();
    await until(el, [10, 15, 37], 'Back did not restore no filter');
    expect(el.view.filter).to.deep.equal({});
    expect(history.state).to.deep.equal({ portal: 'usage-tab' });
    history.forward();
    await until(el, [10, 10, 32], 'Forward did not bring the filter back');
  });

  it('no-history keeps the view in the hash without adding entries; a view the page sets adds none', async () => {
    const el = await report({ hash: true, history: false });
    const entries = history.length;
    pick(el, 'sku', 'Sales');
    await until(el, [10, 10, 32], 'Sales not applied');
    expect(location.hash).to.equal('#sku=Sales');
    el.view = { filter: { country: ['NL'] } };
    await until(el, [0, 5, 5], 'NL not applied');
    expect(location.hash).to.equal('#country=NL');
    expect(history.length).to.equal(entries);
  });

  it('no-hash leaves the URL and history alone', async () => {
    const before = [location.href, history.length];
    const el = await report();
    pick(el, 'sku', 'Sales');
    await until(el, [10, 10, 32], 'Sales not applied');
    expect([location.href, history.length]).to.deep.equal(before);
  });
});

describe('<dyn-usage-report> months', () => {
  it('From picked after To swaps the two: the window applies, no section shows an error', async function () {
    this.timeout(30000);
    const el = await report();
    el.view = { from: '2026-01', to: '2026-02', filter: {} };
    await until(el, [10, 15], 'window not applied', true);
    const from = pick(el, 'from', '2026-03');
    // Feb 15, Mar 37: the window Feb–Mar.
    await until(el, [15, 37], 'inverted range not swapped', true);
    expect(el.view).to.deep.include({ from: '2026-02', to: '2026-03' });
    await el.updateComplete;
    expect(from.value).to.equal('2026-02');
    expect(el.shadowRoot!.querySelector<HTMLSelectElement>('select[name="to"]')!.value).to.equal('2026-03');
    const errors = TAGS.map((tag) => el.shadowRoot!.querySelector<Section>(tag)!.status);
    expect(errors).to.deep.equal(['ready', 'ready', 'ready']);
  });

  it('an inverted window a page sets is shown the right way round', async () => {
    const el = await report();
    el.view = { from: '2026-03', to: '2026-01', filter: {} };
    await until(el, [10, 15, 37], 'inverted view not swapped', true);
    expect(el.shadowRoot!.querySelector('[role="alert"]')).to.equal(null);
  });

  it('the snapshot month picker chooses the month of the map and the distribution', async function () {
    this.timeout(30000);
    const el = await report();
    const select = el.shadowRoot!.querySelector<HTMLSelectElement>('select[name="month"]')!;
    expect([...select.options].map((o) => o.value)).to.deep.equal(['2026-01', '2026-02', '2026-03']);
    // Default: the window's last month.
    expect(select.value).to.equal('2026-03');
    pick(el, 'month', '2026-02');
    type Geo = { countries: { code: string; available: number }[] };
    // Feb: US (S1) 10, NL (S2) 5; Sales is S1 alone (S3 has no February row), Finance S2.
    await waitUntil(
      () =>
        JSON.stringify(section<Geo>(el, 'dyn-usage-geo').countries.map((c) => [c.code, c.available])) ===
        JSON.stringify([
          ['US', 10],
          ['NL', 5],
        ]),
      'map not on February',
      { timeout: 8000 },
    );
    await waitUntil(
      () =>
        JSON.stringify(
          section<{ sku: string; available: number }[]>(el, 'dyn-usage-distribution').map((d) => [
            d.sku,
            d.available,
          ]),
        ) ===
        JSON.stringify([
          ['Sales', 10],
          ['Finance', 5],
        ]),
      'distribution not on February',
      { timeout: 8000 },
    );
    expect(el.view.month).to.equal('2026-02');
    // The summary keeps the window.
    expect(available(el).slice(-3)).to.deep.equal([10, 15, 37]);
    // A window without February drops the snapshot month: the window's last month shows.
    pick(el, 'from', '2026-03');
    await until(el, [37], 'window not applied', true);
    expect(el.view.month).to.equal(undefined);
  });
});

describe('<dyn-usage-report> filter bar at narrow widths', () => {
  it('at 360 px folds behind "Filters (n)" (aria-expanded), opened and closed by it; the chips stay', async function () {
    this.timeout(30000);
    const el = await report();
    el.style.setProperty('width', '360px');
    el.view = { filter: { country: ['NL', 'US'] } };
    await el.updateComplete;
    const root = el.shadowRoot!;
    const toggle = root.querySelector<HTMLButtonElement>('.filters-toggle')!;
    const form = root.querySelector<HTMLFormElement>('form.filter-bar')!;
    await waitUntil(() => getComputedStyle(toggle).display !== 'none', 'no toggle at 360 px');
    expect(toggle.textContent!.trim()).to.equal('Filters (2)');
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect(toggle.getAttribute('aria-controls')).to.equal(form.id);
    expect(getComputedStyle(form).display).to.equal('none');
    expect(root.querySelectorAll('.chip').length).to.equal(2);
    await expect(el).to.be.accessible();
    toggle.click();
    await el.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(getComputedStyle(form).display).not.to.equal('none');
    await expect(el).to.be.accessible();
    toggle.click();
    await el.updateComplete;
    expect(getComputedStyle(form).display).to.equal('none');
  });

  it('stays open without a toggle when wide (1280 px)', async () => {
    const el = await report();
    el.style.setProperty('width', '1280px');
    await el.updateComplete;
    const root = el.shadowRoot!;
    await waitUntil(() => getComputedStyle(root.querySelector('form.filter-bar')!).display !== 'none');
    expect(getComputedStyle(root.querySelector('.filters-toggle')!).display).to.equal('none');
    expect(root.querySelector('.filters-toggle')!.textContent!.trim()).to.equal('Filters');
  });
});
