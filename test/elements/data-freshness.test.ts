import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/elements/dyn-usage-source/define.js';
import '../../src/elements/dyn-usage-summary/define.js';
import '../../src/elements/dyn-usage-geo/define.js';
import '../../src/elements/dyn-usage-sku/define.js';
import type { UsageSectionElement } from '../../src/elements/shared/usage-section-element.js';
import { loadLanguage } from '../../src/i18n/registry.js';
import { HAND_RECORDS } from './hand-records.js';

// hand-records.ts holds January–March 2026 with 2, 2 and 3 rows: March is no partial month (150 %).

type Section = UsageSectionElement<unknown>;

async function ready<T extends Section>(el: T): Promise<T> {
  await waitUntil(() => el.status === 'ready', `${el.localName} never ready`, { timeout: 8000 });
  await el.updateComplete;
  return el;
}

const freshness = (el: Section) =>
  el.shadowRoot!.querySelector('[part="freshness"]')?.textContent?.trim() ?? null;
const partial = (el: Section) =>
  el.shadowRoot!.querySelector('[part="partial"]')?.textContent?.trim() ?? null;

/** Five subscriptions in September 2026, three of them read so far in October: October looks partial. */
function partialRecords(): Record<string, string>[] {
  const ids = ['S1', 'S2', 'S3', 'S4', 'S5'];
  const row = (id: string, month: string) => ({
    SubscriptionId: id,
    Month: `${month}-01`,
    CustomerTenantId: 'tA',
    CustomerName: 'Alpha',
    SKU: 'Sales',
    CustomerMarket: 'Netherlands',
    AvailableSeats: '10',
    AssignedSeats: '10',
    ActiveSeats: '8',
  });
  return [...ids.map((id) => row(id, '2026-09')), ...ids.slice(0, 3).map((id) => row(id, '2026-10'))];
}

describe('freshness: "Data as of …" under every section', () => {
  it('says the data-as-of attribute’s date: "Data as of Nov 28, 2026"', async () => {
    const el = await ready(
      await fixture<Section>(
        html`<dyn-usage-geo locale="en-US" data-as-of="2026-11-28" .records=${HAND_RECORDS}></dyn-usage-geo>`,
      ),
    );
    expect(freshness(el)).to.equal('Data as of Nov 28, 2026');
  });

  it('takes the source’s data-as-of, and the element’s own before it', async () => {
    const page = await fixture<HTMLElement>(
      html`<div>
        <dyn-usage-source
          id="fresh-source"
          src="/test/fixtures/hand-export.csv"
          data-as-of="2026-11-20"
        ></dyn-usage-source>
        <dyn-usage-sku locale="en-US" source="fresh-source"></dyn-usage-sku>
        <dyn-usage-geo locale="en-US" source="fresh-source" data-as-of="2026-11-25"></dyn-usage-geo>
      </div>`,
    );
    const sku = await ready(page.querySelector<Section>('dyn-usage-sku')!);
    const geo = await ready(page.querySelector<Section>('dyn-usage-geo')!);
    expect(freshness(sku)).to.equal('Data as of Nov 20, 2026');
    expect(freshness(geo)).to.equal('Data as of Nov 25, 2026');
  });

  it('reads Last-Modified from the response a src came in (a real fetch)', async () => {
    // 1796202900 s = Wed, 02 Dec 2026 09:15:00 GMT.
    const el = await ready(
      await fixture<Section>(
        html`<dyn-usage-summary
          locale="en-US"
          src="/__modified/1796202900/test/fixtures/hand-export.csv"
        ></dyn-usage-summary>`,
      ),
    );
    expect(freshness(el)).to.equal('Data as of Dec 2, 2026');
  });

  it('says the latest month without a date: "Data through March 2026", also for a window ending before it', async () => {
    const el = await ready(
      await fixture<Section>(html`<dyn-usage-sku locale="en-US" .records=${HAND_RECORDS}></dyn-usage-sku>`),
    );
    expect(freshness(el)).to.equal('Data through March 2026');
    el.setAttribute('to', '2026-02');
    await waitUntil(() => el.shadowRoot!.querySelector('.range')?.textContent?.includes('Feb 2026'));
    expect(freshness(el)).to.equal('Data through March 2026');
  });

  it('in Dutch: "Gegevens per 28 nov 2026"', async () => {
    await loadLanguage('nl');
    const el = await ready(
      await fixture<Section>(
        html`<dyn-usage-geo locale="nl" data-as-of="2026-11-28" .records=${HAND_RECORDS}></dyn-usage-geo>`,
      ),
    );
    expect(freshness(el)).to.equal('Gegevens per 28 nov 2026');
  });

  it('hide-notice leaves it out of a section, but the summary keeps it (the report says it once)', async () => {
    const page = await fixture<HTMLElement>(
      html`<div>
        <dyn-usage-summary hide-notice locale="en-US" .records=${HAND_RECORDS}></dyn-usage-summary>
        <dyn-usage-geo hide-notice locale="en-US" .records=${HAND_RECORDS}></dyn-usage-geo>
      </div>`,
    );
    const summary = await ready(page.querySelector<Section>('dyn-usage-summary')!);
    const geo = await ready(page.querySelector<Section>('dyn-usage-geo')!);
    expect(freshness(summary)).to.equal('Data through March 2026');
    expect(freshness(geo)).to.equal(null);
  });
});

describe('freshness: a latest month that looks partial', () => {
  it('the summary says so: 3 rows against 5 (60 %, below 80 %)', async () => {
    const el = await ready(
      await fixture<Section>(
        html`<dyn-usage-summary locale="en-US" .records=${partialRecords()}></dyn-usage-summary>`,
      ),
    );
    expect(partial(el)).to.equal(
      'October 2026 looks partial: 3 rows against 5 in September 2026. Partner Center refreshes every 3 days.',
    );
    expect(el.shadowRoot!.querySelector('[part="partial"]')!.getAttribute('role')).to.equal('note');
    await expect(el).to.be.accessible();
  });

  it('says nothing of a whole month (March: 3 rows against 2), nor of a window ending in September', async () => {
    const whole = await ready(
      await fixture<Section>(
        html`<dyn-usage-summary locale="en-US" .records=${HAND_RECORDS}></dyn-usage-summary>`,
      ),
    );
    expect(partial(whole)).to.equal(null);
    const before = await ready(
      await fixture<Section>(
        html`<dyn-usage-summary
          locale="en-US"
          to="2026-09"
          .records=${partialRecords()}
        ></dyn-usage-summary>`,
      ),
    );
    expect(partial(before)).to.equal(null);
  });

  it('only the summary shows it: not the geography of the same rows', async () => {
    const el = await ready(
      await fixture<Section>(
        html`<dyn-usage-geo locale="en-US" .records=${partialRecords()}></dyn-usage-geo>`,
      ),
    );
    expect(partial(el)).to.equal(null);
  });
});
