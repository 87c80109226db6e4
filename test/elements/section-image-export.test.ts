import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/elements/dyn-usage-summary/define.js';
import '../../src/elements/dyn-subscription-table/define.js';
import '../../src/elements/dyn-usage-insights/define.js';
import '../../src/elements/dyn-usage-sku/define.js';
import '../../src/elements/dyn-usage-geo/define.js';
import '../../src/elements/dyn-usage-distribution/define.js';
import type { UsageSectionElement } from '../../src/elements/shared/usage-section-element.js';
import { HAND_RECORDS } from './hand-records.js';
import { reportFromText } from '../../src/core/report-from.js';
import { plantedAnomalyCsv } from '../fixtures/insights-exports.js';

/*
 * Figures worked out by hand from test/elements/hand-records.ts (2026-01..2026-03):
 *   Summary, March: 37 available (+22 on February's 15), 29 assigned (+15), 25 active (+13),
 *   25 / 37 = 67.6 % (−12.4 points on February's 80 %).
 *   Table: Alpha (S1, S2) 2 subscriptions, March 15 of 17 active = 88.2 %; Beta (S3) 1, 10 of 20 = 50.0 %.
 */
const FSI = '\u2068';
const PDI = '\u2069';

type Section = UsageSectionElement<unknown>;

async function ready<T extends Section>(el: T): Promise<T> {
  await waitUntil(() => el.status === 'ready', 'never ready', { timeout: 10000 });
  await el.updateComplete;
  return el;
}

/** The section menu, opened as a reader opens it, and its items by label. */
async function openMenu(section: Element) {
  const menu = section.shadowRoot!.querySelector('dyn-usage-section-menu')!;
  const toggle = menu.shadowRoot!.querySelector<HTMLButtonElement>('.toggle')!;
  toggle.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true }));
  await waitUntil(() => menu.shadowRoot!.querySelector('[role="menuitem"]'), 'the menu never opened');
  const items = [...menu.shadowRoot!.querySelectorAll<HTMLButtonElement>('[role="menuitem"]')];
  return { menu, items, item: (label: string) => items.find((b) => b.textContent!.trim() === label)! };
}

/** Clicks a menu item and catches the download link it clicks, instead of letting the browser save a file. */
async function download(section: Element, label: string): Promise<{ name: string; blob: Blob }> {
  const { item } = await openMenu(section);
  let link: HTMLAnchorElement | null = null;
  const catchLink = (event: MouseEvent) => {
    if (event.target instanceof HTMLAnchorElement && event.target.download) {
      link = event.target;
      event.preventDefault();
    }
  };
  document.addEventListener('click', catchLink, true);
  try {
    item(label).click();
    await waitUntil(() => link, `"${label}" downloaded nothing`, { timeout: 10000 });
  } finally {
    document.removeEventListener('click', catchLink, true);
  }
  const caught = link as HTMLAnchorElement | null;
  return { name: caught!.download, blob: await (await fetch(caught!.href)).blob() };
}

/** The status under the menu's button: what "Copy image" told the reader. */
async function statusAfter(section: Element, label: string): Promise<string> {
  const { menu, item } = await openMenu(section);
  item(label).click();
  const status = () => menu.shadowRoot!.querySelector('[role="status"]')!;
  await waitUntil(() => status().textContent!.trim() !== '', 'nothing was said', { timeout: 10000 });
  return status().textContent!.trim();
}

async function pngSize(blob: Blob): Promise<{ width: number; height: number }> {
  const bytes = new Uint8Array(await blob.arrayBuffer());
  // The PNG signature, then the IHDR chunk's width and height (big-endian) at bytes 16 and 20.
  expect([...bytes.subarray(0, 8)]).to.deep.equal([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  const view = new DataView(bytes.buffer);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

describe('section menu: images of what is shown', () => {
  it('every section offers CSV, SVG, PNG, "Copy image" and print, in that order', async () => {
    for (const tag of [
      'dyn-usage-summary',
      'dyn-subscription-table',
      'dyn-usage-insights',
      'dyn-usage-sku',
    ]) {
      const el = document.createElement(tag) as Section;
      el.setAttribute('locale', 'en-US');
      el.records = HAND_RECORDS;
      await fixture(el);
      await ready(el);
      const { items } = await openMenu(el);
      expect(
        items.map((b) => b.textContent!.trim()),
        tag,
      ).to.deep.equal([
        'Download figures (CSV)',
        'Download image (SVG)',
        'Download image (PNG)',
        'Copy image',
        'Print / save as PDF',
      ]);
    }
  });

  it('summary: the SVG holds the title, period and each tile’s figures; the PNG is twice its size', async () => {
    const el = await ready(
      await fixture<Section>(
        html`<dyn-usage-summary locale="en-US" from="2026-01" .records=${HAND_RECORDS}></dyn-usage-summary>`,
      ),
    );
    const svg = await download(el, 'Download image (SVG)');
    expect(svg.name).to.equal('summary-2026-01_2026-03.svg');
    expect(svg.blob.type).to.equal('image/svg+xml');
    const text = await svg.blob.text();
    for (const words of [
      '>Summary<',
      '>Jan 2026 – Mar 2026<',
      '>37<',
      '>29<',
      '>25<',
      '>67.6%<',
      '>▲ +22 vs Feb<',
    ])
      expect(text, words).to.contain(words);
    expect(text).to.contain('>▼ -12.4 pp vs Feb<');
    expect(text).not.to.contain('Filters');
    const file = new DOMParser().parseFromString(text, 'image/svg+xml');
    expect(file.querySelector('parsererror')).to.equal(null);
    const width = Number(file.documentElement.getAttribute('width'));
    const height = Number(file.documentElement.getAttribute('height'));
    const png = await download(el, 'Download image (PNG)');
    expect(png.name).to.equal('summary-2026-01_2026-03.png');
    expect(await pngSize(png.blob)).to.deep.equal({ width: 2 * width, height: 2 * height });
  });

  it('summary: the image marks unusual months with the hollow diamond and says what it means', async () => {
    // The planted June drop (test/core/insights-anomalies.test.ts): available, assigned and active %.
    const report = reportFromText(plantedAnomalyCsv());
    const el = await ready(
      await fixture<Section>(html`<dyn-usage-summary locale="en-US" .report=${report}></dyn-usage-summary>`),
    );
    const text = await (await download(el, 'Download image (SVG)')).blob.text();
    const file = new DOMParser().parseFromString(text, 'image/svg+xml');
    // Three on the sparklines, one in the legend.
    expect(file.querySelectorAll('path[stroke-linejoin="miter"]')).to.have.length(4);
    expect(text).to.contain('>Unusual month</text>');
  });

  it('summary with a filter: the image says which, the country named and isolated', async () => {
    const el = await ready(
      await fixture<Section>(
        html`<dyn-usage-summary
          locale="en-US"
          .records=${HAND_RECORDS}
          .filter=${{ country: ['NL'], sku: ['Finance'] }}
        ></dyn-usage-summary>`,
      ),
    );
    const text = await (await download(el, 'Download image (SVG)')).blob.text();
    // Only S2: February 5 available, March 5.
    expect(text).to.contain(`>Filters: SKU: ${FSI}Finance${PDI} · Country/region: ${FSI}Netherlands${PDI}<`);
    expect(text).to.contain('>5<');
  });

  it('subscription table: the visible page of customers, subscriptions, active % and trend', async () => {
    const el = await ready(
      await fixture<Section>(
        html`<dyn-subscription-table
          locale="en-US"
          from="2026-01"
          .records=${HAND_RECORDS}
        ></dyn-subscription-table>`,
      ),
    );
    const { name, blob } = await download(el, 'Download image (SVG)');
    expect(name).to.match(/^subscriptions-performance-2026-01_2026-03\.svg$/);
    const text = await blob.text();
    for (const words of [
      '>Subscriptions performance<',
      '>Jan 2026 – Mar 2026<',
      '>Customer<',
      '>Active usage trend<',
      `>${FSI}Alpha${PDI}<`,
      `>${FSI}Beta${PDI}<`,
      '>88.2%<',
      '>50.0%<',
      '>2<',
      '>1<',
    ])
      expect(text, words).to.contain(words);
    expect(text.match(/<path d="M/g)?.length, 'one trend per customer').to.equal(2);
    // The period under the title, not again in the table's caption (ranked by seats, it names its month).
    expect(text.split('Jan 2026 – Mar 2026').length - 1, 'the period once').to.equal(1);
    expect(text).to.contain('>All 2 customers, ranked by available seats in Mar 2026');
    const png = await download(el, 'Download image (PNG)');
    expect(png.name).to.match(/\.png$/);
    expect((await pngSize(png.blob)).width).to.be.greaterThan(400);
  });

  it('insights: each list as shown', async () => {
    const el = await ready(
      await fixture<Section>(
        html`<dyn-usage-insights locale="en-US" .records=${HAND_RECORDS}></dyn-usage-insights>`,
      ),
    );
    const text = await (await download(el, 'Download image (SVG)')).blob.text();
    expect(text).to.contain('>Insights<');
    const headings = [...el.shadowRoot!.querySelectorAll('.list .list-head')].map((h) =>
      h.textContent!.trim(),
    );
    expect(headings.length).to.be.greaterThan(0);
    for (const heading of headings) expect(text).to.contain(`>${heading}<`);
  });

  it('SKU: the image names its SKU', async () => {
    const el = await ready(
      await fixture<Section>(
        html`<dyn-usage-sku locale="en-US" sku="Finance" .records=${HAND_RECORDS}></dyn-usage-sku>`,
      ),
    );
    const text = await (await download(el, 'Download image (SVG)')).blob.text();
    expect(text).to.contain(`>Dynamics usage by SKU: ${FSI}Finance${PDI}<`);
    expect(text).to.contain('>Available seats<');
  });

  it('geography: the legend keeps its metric title and draws the small-territory marker as a circle', async () => {
    const records = [
      ...HAND_RECORDS,
      { ...HAND_RECORDS[0]!, SubscriptionId: 'S9', Month: '2026-03-01', CustomerMarket: 'Singapore' },
    ];
    const el = await ready(
      await fixture<Section>(html`<dyn-usage-geo locale="en-US" .records=${records}></dyn-usage-geo>`),
    );
    await waitUntil(() => el.shadowRoot!.querySelector('svg[data-export]'), 'no map');
    const text = await (await download(el, 'Download image (SVG)')).blob.text();
    expect(text).to.contain('>Dynamics usage by geography<');
    expect(text).to.contain('>Available seats, Mar 2026<');
    const file = new DOMParser().parseFromString(text, 'image/svg+xml').documentElement;
    // The legend lies between the header and the map: the file's own children, not the map's.
    const label = [...file.querySelectorAll(':scope > text')].find(
      (t) => t.textContent === 'Small country or territory',
    );
    expect(label, 'marker legend').not.to.equal(undefined);
    expect(label!.previousElementSibling!.localName).to.equal('circle');
    // "No rows" is the background colour: outlined, as on screen, so that it can be seen at all.
    const noRows = [...file.querySelectorAll(':scope > text')].find((t) => t.textContent === 'No rows');
    expect(noRows!.previousElementSibling!.getAttribute('stroke')).to.match(/^(#|rgb)/);
  });

  it('distribution: the note the section shows under its title goes into the image', async () => {
    const records = HAND_RECORDS.map((r) => ({ ...r, SKU: `Dynamics 365 ${r.SKU}` }));
    const el = await ready(
      await fixture<Section>(
        html`<dyn-usage-distribution locale="en-US" .records=${records}></dyn-usage-distribution>`,
      ),
    );
    const note = el.shadowRoot!.querySelector('[data-export-note]')!.textContent!.trim();
    expect(note).to.contain('Dynamics 365');
    const text = await (await download(el, 'Download image (SVG)')).blob.text();
    expect(text).to.contain(`>${note}<`);
  });
});

describe('section menu: "Copy image"', () => {
  it('puts a PNG of the image on the clipboard and says so', async () => {
    const el = await ready(
      await fixture<Section>(
        html`<dyn-usage-summary locale="en-US" from="2026-01" .records=${HAND_RECORDS}></dyn-usage-summary>`,
      ),
    );
    // The system clipboard stays untouched (writing to it took headless Chromium down once): the browser's
    // write is replaced for this test, and keeps what it was given.
    const written: ClipboardItem[] = [];
    const write = navigator.clipboard.write;
    navigator.clipboard.write = (items: ClipboardItem[]) => {
      written.push(...items);
      return Promise.resolve();
    };
    try {
      expect(await statusAfter(el, 'Copy image')).to.equal('Image copied. You can paste it now.');
    } finally {
      navigator.clipboard.write = write;
    }
    expect(written.length).to.equal(1);
    expect(written[0]!.types).to.deep.equal(['image/png']);
    const png = await written[0]!.getType('image/png');
    // Four tiles of 200 px, three gaps of 12 and padding 16 on each side, drawn at 2×.
    expect((await pngSize(png)).width).to.equal(2 * 868);
    const status = el
      .shadowRoot!.querySelector('dyn-usage-section-menu')!
      .shadowRoot!.querySelector('.status')!;
    expect(status.getAttribute('role')).to.equal('status');
    await expect(el).to.be.accessible();
  });

  it('when the browser refuses the write, says so politely instead of throwing', async () => {
    const el = await ready(
      await fixture<Section>(
        html`<dyn-usage-summary locale="en-US" from="2026-01" .records=${HAND_RECORDS}></dyn-usage-summary>`,
      ),
    );
    // Headless Chromium refuses on its own ("Write permission denied") even where it reports the permission
    // as granted; made certain here, as a browser that asks the reader and hears "no" would.
    const write = navigator.clipboard.write;
    navigator.clipboard.write = () =>
      Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError'));
    try {
      expect(await statusAfter(el, 'Copy image')).to.equal(
        'The browser did not allow copying the image. Download the PNG instead.',
      );
    } finally {
      navigator.clipboard.write = write;
    }
  });

  it('with the browser’s own clipboard, nothing replaced: a polite word either way', async () => {
    const el = await ready(
      await fixture<Section>(
        html`<dyn-usage-summary locale="en-US" from="2026-01" .records=${HAND_RECORDS}></dyn-usage-summary>`,
      ),
    );
    expect(await statusAfter(el, 'Copy image')).to.be.oneOf([
      'Image copied. You can paste it now.',
      'The browser did not allow copying the image. Download the PNG instead.',
    ]);
  });

  it('without a clipboard API, says so instead of throwing', async () => {
    const el = await ready(
      await fixture<Section>(
        html`<dyn-subscription-table
          locale="en-US"
          from="2026-01"
          .records=${HAND_RECORDS}
        ></dyn-subscription-table>`,
      ),
    );
    // A browser without the async clipboard (an insecure page, an old browser): the API is simply absent.
    Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true });
    try {
      expect(await statusAfter(el, 'Copy image')).to.equal(
        'This browser cannot copy images here. Download the PNG instead.',
      );
    } finally {
      delete (navigator as { clipboard?: unknown }).clipboard;
    }
    expect(navigator.clipboard).not.to.equal(undefined);
  });

  it('speaks the reader’s language', async () => {
    const el = await ready(
      await fixture<Section>(
        html`<dyn-usage-summary locale="de" .records=${HAND_RECORDS}></dyn-usage-summary>`,
      ),
    );
    const { items } = await openMenu(el);
    expect(items.map((b) => b.textContent!.trim()).slice(1, 4)).to.deep.equal([
      'Bild herunterladen (SVG)',
      'Bild herunterladen (PNG)',
      'Bild kopieren',
    ]);
  });
});
