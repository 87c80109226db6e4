import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/elements/dyn-usage-source/define.js';
import '../../src/elements/dyn-usage-summary/define.js';
import '../../src/elements/dyn-usage-geo/define.js';
import '../../src/elements/dyn-usage-sku/define.js';
import '../../src/elements/dyn-subscription-table/define.js';
import '../../src/elements/dyn-usage-distribution/define.js';
import { HAND_RECORDS } from './hand-records.js';

type Section = HTMLElement & {
  status: string;
  section: unknown;
  filter: object;
  updateComplete: Promise<boolean>;
};
const TAGS = [
  'dyn-usage-summary',
  'dyn-usage-geo',
  'dyn-usage-sku',
  'dyn-subscription-table',
  'dyn-usage-distribution',
];

async function allSettled(root: Element) {
  const sections = TAGS.map((tag) => root.querySelector<Section>(tag)!);
  await waitUntil(
    () => sections.every((s) => s.status === 'ready' || s.status === 'error'),
    'never settled',
    {
      timeout: 10000,
    },
  );
  return sections;
}

describe('<dyn-usage-source>', () => {
  it('five sections on one source make one request and show the same figures as alone', async () => {
    const key = `five-${Date.now()}`;
    const page = await fixture<HTMLDivElement>(
      html`<div>
        <dyn-usage-source
          id="usage"
          src=${`/__counted/${key}/test/fixtures/hand-export.csv`}
        ></dyn-usage-source>
        <dyn-usage-summary source="usage" from="2026-01"></dyn-usage-summary>
        <dyn-usage-geo source="usage" from="2026-01"></dyn-usage-geo>
        <dyn-usage-sku source="usage" from="2026-01"></dyn-usage-sku>
        <dyn-subscription-table source="usage" from="2026-01"></dyn-subscription-table>
        <dyn-usage-distribution source="usage" from="2026-01"></dyn-usage-distribution>
      </div>`,
    );
    const sections = await allSettled(page);
    expect(sections.map((s) => s.status)).to.deep.equal(['ready', 'ready', 'ready', 'ready', 'ready']);
    expect(await (await fetch(`/__count/${key}`)).text()).to.equal('1');
    // By hand (test/elements/hand-records.ts): Jan–Mar available 10, 15, 37.
    expect((sections[0]!.section as { available: number[] }).available).to.deep.equal([10, 15, 37]);
    expect(
      (sections[4]!.section as { sku: string; available: number }[]).map((d) => [d.sku, d.available]),
    ).to.deep.equal([
      ['Sales', 32],
      ['Finance', 5],
    ]);
  });

  it('a subscription table on a source downloads the export rows of its window', async () => {
    const page = await fixture<HTMLDivElement>(
      html`<div>
        <dyn-usage-source id="rows" src="/test/fixtures/hand-export.csv"></dyn-usage-source>
        <dyn-subscription-table
          source="rows"
          from="2026-02"
          @dyn-usage-download=${(event: Event) => event.preventDefault()}
        ></dyn-subscription-table>
      </div>`,
    );
    const table = page.querySelector<Section & { download(): Promise<void> }>('dyn-subscription-table')!;
    await waitUntil(() => table.status === 'ready', 'table never ready', { timeout: 10000 });
    const event = new Promise<CustomEvent<{ blob: Blob; rows: number; source: string }>>((resolve) =>
      table.addEventListener('dyn-usage-download', (e) => resolve(e as CustomEvent), { once: true }),
    );
    void table.download();
    const { detail } = await event;
    const lines = (await detail.blob.text()).replace(/^\uFEFF/, '').split('\r\n');
    const source = (await (await fetch('/test/fixtures/hand-export.csv')).text()).split(/\r?\n/);
    const header = source[0]!.split(',');
    const month = header.indexOf('Month');
    // The export's own rows for February and March, counted from the file itself.
    const expected = source.slice(1).filter((line) => /^2026-0[23]/.test(line.split(',')[month] ?? ''));
    expect(detail.source).to.equal('export');
    expect(detail.rows).to.equal(expected.length);
    expect(lines[0]).to.equal(`${source[0]},RecomputedActiveUsagePercent`);
  });

  it('a section placed before its source, and a filter, work', async () => {
    const page = await fixture<HTMLDivElement>(
      html`<div>
        <dyn-usage-summary source="later" from="2026-01" .filter=${{ country: ['NL'] }}></dyn-usage-summary>
        <dyn-usage-source id="later" .records=${HAND_RECORDS}></dyn-usage-source>
      </div>`,
    );
    const summary = page.querySelector<Section>('dyn-usage-summary')!;
    await waitUntil(() => summary.status === 'ready', 'summary never ready');
    // NL is subscription S2 only: Feb 5, Mar 5.
    expect((summary.section as { available: number[] }).available).to.deep.equal([0, 5, 5]);
    summary.filter = { sku: ['Sales'] };
    await waitUntil(
      () => (summary.section as { available: number[] }).available[2] === 32,
      'filter not applied',
    );
  });

  it('a new src on the source reloads every section', async () => {
    const page = await fixture<HTMLDivElement>(
      html`<div>
        <dyn-usage-source id="swap" src="/test/fixtures/hand-export.csv"></dyn-usage-source>
        <dyn-usage-summary source="swap"></dyn-usage-summary>
      </div>`,
    );
    const summary = page.querySelector<Section>('dyn-usage-summary')!;
    await waitUntil(() => summary.status === 'ready');
    page.querySelector('dyn-usage-source')!.setAttribute('src', '/test/fixtures/missing-columns.csv');
    await waitUntil(() => summary.status === 'error', 'error never shown');
    expect(summary.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.contain('Month, ActiveSeats');
  });

  it('parses a src export in a worker, and says so in dyn-usage-load', async () => {
    const page = await fixture<HTMLDivElement>(html`<div></div>`);
    const source = document.createElement('dyn-usage-source');
    const loaded = new Promise<CustomEvent>((resolve) =>
      source.addEventListener('dyn-usage-load', (event) => resolve(event as CustomEvent), { once: true }),
    );
    source.src = '/test/fixtures/hand-export.csv';
    page.append(source);
    const { detail } = await loaded;
    expect(detail.parsedIn).to.equal('worker');
    expect(detail.input.rows).to.equal(7);
  });

  it('names a missing source', async () => {
    const summary = await fixture<Section>(html`<dyn-usage-summary source="nowhere"></dyn-usage-summary>`);
    // A grace after the page could have added it, then an error: waited on, not timed.
    await waitUntil(() => summary.status === 'error', 'no error state', { timeout: 8000 });
    await summary.updateComplete;
    expect(summary.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.contain(
      'source "nowhere" names no <dyn-usage-source> in this document',
    );
  });
});
