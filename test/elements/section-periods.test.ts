import { expect, fixture, waitUntil } from '@open-wc/testing';
import '../../src/elements/dyn-usage-geo/define.js';
import '../../src/elements/dyn-usage-distribution/define.js';
import '../../src/elements/dyn-usage-summary/define.js';
import '../../src/elements/dyn-usage-sku/define.js';
import '../../src/elements/dyn-subscription-table/define.js';
import { loadLanguage } from '../../src/i18n/registry.js';
import type { UsageSectionElement } from '../../src/elements/shared/usage-section-element.js';
import { HAND_RECORDS } from './hand-records.js';

// hand-records.ts holds January–March 2026. Geography and distribution show one month (the snapshot,
// by default the window's last); the trends show the window.

type Section = UsageSectionElement<unknown>;

async function ready(el: Section): Promise<Section> {
  await waitUntil(() => el.status === 'ready', `${el.localName} never ready`, { timeout: 8000 });
  await el.updateComplete;
  return el;
}

const range = (el: Section) => el.shadowRoot!.querySelector('.range')!.textContent!.trim();

async function section(tag: string, attributes: { month?: string; locale?: string } = {}): Promise<Section> {
  const el = document.createElement(tag) as Section;
  el.locale = attributes.locale ?? 'en-US';
  el.setAttribute('from', '2026-01'); // a window of the data's three months
  if (attributes.month) el.setAttribute('month', attributes.month);
  el.records = HAND_RECORDS;
  return ready(await fixture<Section>(el));
}

/** Chooses menu item `id` and catches the download link it clicks; returns its name and text. */
async function download(el: Section, index: number): Promise<{ name: string; text: string }> {
  const menu = el.shadowRoot!.querySelector('dyn-usage-section-menu')!;
  menu.shadowRoot!.querySelector<HTMLButtonElement>('.toggle')!.click();
  await waitUntil(() => menu.shadowRoot!.querySelector('[role="menuitem"]'));
  let link: HTMLAnchorElement | null = null;
  const catchLink = (event: MouseEvent) => {
    if (event.target instanceof HTMLAnchorElement && event.target.download) {
      link = event.target;
      event.preventDefault();
    }
  };
  document.addEventListener('click', catchLink, true);
  try {
    menu.shadowRoot!.querySelectorAll<HTMLButtonElement>('[role="menuitem"]')[index]!.click();
    await waitUntil(() => link, 'no download');
  } finally {
    document.removeEventListener('click', catchLink, true);
  }
  const found = link as unknown as HTMLAnchorElement;
  return { name: found.download, text: await (await fetch(found.href)).text() };
}

describe('section periods: a snapshot says its month, a trend its window', () => {
  it('geography and distribution name the snapshot month in full: "March 2026"', async () => {
    expect(range(await section('dyn-usage-geo'))).to.equal('March 2026');
    expect(range(await section('dyn-usage-distribution'))).to.equal('March 2026');
  });

  it('the month attribute moves the snapshot, and the header with it: "February 2026"', async () => {
    expect(range(await section('dyn-usage-geo', { month: '2026-02' }))).to.equal('February 2026');
    expect(range(await section('dyn-usage-distribution', { month: '2026-02' }))).to.equal('February 2026');
  });

  it('summary, SKU and subscriptions keep the window: "Jan 2026 – Mar 2026"', async () => {
    for (const tag of ['dyn-usage-summary', 'dyn-usage-sku', 'dyn-subscription-table']) {
      expect(range(await section(tag, { month: '2026-02' })), tag).to.equal('Jan 2026 – Mar 2026');
    }
  });

  it('in Dutch: "februari 2026" for a snapshot, "jan 2026 – mrt 2026" for the window', async () => {
    await loadLanguage('nl');
    expect(range(await section('dyn-usage-geo', { month: '2026-02', locale: 'nl' }))).to.equal(
      'februari 2026',
    );
    expect(range(await section('dyn-usage-summary', { locale: 'nl' }))).to.equal('jan 2026 – mrt 2026');
  });

  it('the geography SVG export names the snapshot month in its subtitle and file name', async () => {
    const el = await section('dyn-usage-geo', { month: '2026-02' });
    await waitUntil(() => el.shadowRoot!.querySelector('svg[data-export]'), 'no map');
    const svg = await download(el, 1);
    expect(svg.name).to.match(/-2026-02_2026-02\.svg$/);
    const file = new DOMParser().parseFromString(svg.text, 'image/svg+xml');
    const words = [...file.documentElement.children]
      .filter((node) => node.localName === 'text')
      .map((node) => node.textContent);
    expect(words.slice(0, 2)).to.deep.equal(['Dynamics usage by geography', 'February 2026']);
  });

  it('the distribution CSV is named for its snapshot month; the SKU CSV for the window', async () => {
    const distribution = await download(await section('dyn-usage-distribution', { month: '2026-02' }), 0);
    expect(distribution.name).to.match(/-2026-02_2026-02\.csv$/);
    const sku = await download(await section('dyn-usage-sku', { month: '2026-02' }), 0);
    expect(sku.name).to.match(/-2026-01_2026-03\.csv$/);
  });
});
