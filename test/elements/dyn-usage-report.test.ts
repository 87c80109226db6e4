import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/elements/dyn-usage-report/define.js';
import type { DynUsageReport } from '../../src/elements/dyn-usage-report/dyn-usage-report.js';
import { HAND_RECORDS } from './hand-records.js';
import { installSlowFetch } from '../../stories/support/slow-fetch.js';

type Section = HTMLElement & { status: string; section: unknown; updateComplete: Promise<boolean> };
const TAGS = [
  'dyn-usage-summary',
  'dyn-usage-geo',
  'dyn-usage-sku',
  'dyn-usage-distribution',
  'dyn-subscription-table',
];

function section<T>(report: DynUsageReport, tag: string): T {
  return report.shadowRoot!.querySelector<Section>(tag)!.section as T;
}

async function ready(report: DynUsageReport) {
  const statuses = () => TAGS.map((tag) => report.shadowRoot!.querySelector<Section>(tag)?.status);
  try {
    await waitUntil(() => statuses().every((status) => status === 'ready'), 'sections never ready', {
      timeout: 6000,
    });
  } catch {
    throw new Error(`sections never ready: ${statuses().join(' ')}`);
  }
}

describe('<dyn-usage-report>', () => {
  afterEach(() => history.replaceState(null, '', location.pathname + location.search));

  it('shows the five sections on one source, with a filter bar from the data', async () => {
    const report = await fixture<DynUsageReport>(
      html`<dyn-usage-report no-hash locale="en-US" .records=${HAND_RECORDS}></dyn-usage-report>`,
    );
    await ready(report);
    await waitUntil(() => report.shadowRoot!.querySelector('select[name="sku"]'), 'no filter bar');
    const skuOptions = [...report.shadowRoot!.querySelectorAll('select[name="sku"] option')].map((o) =>
      o.textContent!.trim(),
    );
    expect(skuOptions).to.deep.equal(['All', 'Finance', 'Sales']);
    await expect(report).to.be.accessible();
  });

  it('makes its sections in tasks after the one that connects it, and updateComplete waits for all five', async () => {
    const report = document.createElement('dyn-usage-report');
    report.noHash = true;
    report.records = HAND_RECORDS;
    const made = () => report.shadowRoot?.querySelectorAll('[source]').length ?? 0;
    document.body.append(report);
    try {
      // The connecting task's microtasks (the report's first update among them) make none.
      await Promise.resolve();
      await new Promise<void>((resolve) => queueMicrotask(resolve));
      expect(report.shadowRoot!.querySelector('dyn-usage-source')).to.not.equal(null);
      expect(made()).to.equal(0);
      await report.updateComplete;
      expect(made()).to.equal(5);
      await ready(report);
    } finally {
      report.remove();
    }
  });

  it('announces its load once: the sections show progress without live announcements', async () => {
    installSlowFetch();
    const report = await fixture<DynUsageReport>(
      html`<dyn-usage-report no-hash src="slow://hang"></dyn-usage-report>`,
    );
    const sections = () => [...report.shadowRoot!.querySelectorAll<Section>('[source]')];
    await waitUntil(() => sections().every((s) => s.status === 'loading'), 'sections never loading');
    const live = (root: ShadowRoot) =>
      [...root.querySelectorAll('[aria-live]')].filter((e) => e.getAttribute('aria-live') !== 'off');
    expect(live(report.shadowRoot!).map((e) => e.textContent)).to.deep.equal(['Loading usage data…']);
    for (const section of sections()) {
      await section.updateComplete;
      expect(section.shadowRoot!.textContent).to.contain('Loading…');
      expect(live(section.shadowRoot!)).to.deep.equal([]);
    }
    report.records = HAND_RECORDS;
    await ready(report);
    expect(live(report.shadowRoot!).map((e) => e.textContent)).to.deep.equal(['']);
  });

  it('says once, for the whole report, that its export could not load, and recovers on new data', async () => {
    const report = await fixture<DynUsageReport>(
      html`<dyn-usage-report no-hash src="/test/fixtures/no-such-file.csv"></dyn-usage-report>`,
    );
    // Visible alerts in the report and in its sections' shadow roots.
    const alerts = () => {
      const sections = [...report.shadowRoot!.querySelectorAll('[source]')].map((s) => s.shadowRoot!);
      return [report.shadowRoot!, ...sections]
        .flatMap((root) => [...root.querySelectorAll<HTMLElement>('[role="alert"]')])
        .filter((alert) => alert.getClientRects().length > 0);
    };
    await waitUntil(() => alerts().length > 0, 'no error shown');
    expect(alerts()).to.have.length(1);
    expect(alerts()[0]!.textContent).to.contain('Could not load the report.').and.to.contain('404');
    await expect(report).to.be.accessible();
    report.records = HAND_RECORDS;
    await ready(report);
    expect(alerts()).to.have.length(0);
  });

  it('tells the page of a load or a failure once, not once per section or filter change', async () => {
    const heard: string[] = [];
    const listen = (event: Event) => {
      const { detail } = event as CustomEvent<{ input?: { rows: number }; status?: number }>;
      heard.push(`${event.type} ${detail.input?.rows ?? detail.status}`);
    };
    const page = await fixture<HTMLElement>(
      html`<div @dyn-usage-load=${listen} @dyn-usage-error=${listen}>
        <dyn-usage-report no-hash src="/test/fixtures/no-such-file.csv"></dyn-usage-report>
      </div>`,
    );
    const report = page.querySelector<DynUsageReport>('dyn-usage-report')!;
    const sections = () => [...report.shadowRoot!.querySelectorAll<Section>('[source]')];
    await waitUntil(
      () => sections().length === 5 && sections().every((s) => s.status === 'error'),
      'no error',
    );
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(heard).to.deep.equal(['dyn-usage-error 404']);
    heard.length = 0;
    // The hand export: 7 rows. A filter then recomputes every section, which the page hears nothing of.
    report.src = '/test/fixtures/hand-export.csv';
    await ready(report);
    expect(heard).to.deep.equal(['dyn-usage-load 7']);
    report.view = { filter: { sku: ['Finance'] } };
    await waitUntil(
      () => section<{ available: number[] }>(report, 'dyn-usage-summary').available.at(-1) !== 37,
      'never filtered',
    );
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(heard).to.deep.equal(['dyn-usage-load 7']);
  });

  it('selecting a country on the map filters every other section, but not the map', async () => {
    const report = await fixture<DynUsageReport>(
      html`<dyn-usage-report no-hash locale="en-US" .records=${HAND_RECORDS}></dyn-usage-report>`,
    );
    await ready(report);
    const geo = report.shadowRoot!.querySelector<Section>('dyn-usage-geo')!;
    const row = [...geo.shadowRoot!.querySelectorAll<HTMLElement>('tbody tr')].find((tr) =>
      tr.textContent!.includes('Netherlands'),
    )!;
    row.click();
    // NL is S2 alone (Finance): Mar available 5; the distribution keeps only Finance; the map keeps both.
    await waitUntil(
      () => section<{ available: number[] }>(report, 'dyn-usage-summary').available.at(-1) === 5,
      'summary not filtered',
    );
    expect(report.view.filter).to.deep.equal({ country: ['NL'] });
    expect(
      section<{ sku: string; available: number }[]>(report, 'dyn-usage-distribution').map((d) => [
        d.sku,
        d.available,
      ]),
    ).to.deep.equal([['Finance', 5]]);
    expect(
      section<{ countries: { code: string }[] }>(report, 'dyn-usage-geo').countries.map((c) => c.code),
    ).to.deep.equal(['US', 'NL']);
    const chip = report.shadowRoot!.querySelector<HTMLButtonElement>('.chip')!;
    expect(chip.getAttribute('aria-label')).to.equal('Remove filter Country/region: Netherlands');
    chip.click();
    await waitUntil(
      () => section<{ available: number[] }>(report, 'dyn-usage-summary').available.at(-1) === 37,
      'chip did not clear',
    );
  });

  it('says once when the filters leave no rows, hides the sections, and clears the filters on request', async () => {
    const report = await fixture<DynUsageReport>(
      html`<dyn-usage-report no-hash locale="en-US" .records=${HAND_RECORDS}></dyn-usage-report>`,
    );
    await ready(report);
    // NL is S2 alone, a Finance subscription: NL and Sales together have no rows.
    report.view = { filter: { country: ['NL'], sku: ['Sales'] } };
    const message = () => report.shadowRoot!.querySelector<HTMLElement>('[part~="empty"]');
    await waitUntil(() => message(), 'no empty view');
    expect(message()!.getAttribute('role')).to.equal('status');
    expect(message()!.textContent!.replace(/\s+/g, ' ')).to.contain(
      'No rows match this view. The selected months have no rows with these filters.',
    );
    expect(report.shadowRoot!.querySelector<HTMLElement>('.sections')!.hidden).to.equal(true);
    await expect(report).to.be.accessible();
    [...message()!.querySelectorAll('button')]
      .find((b) => b.textContent!.trim() === 'Clear filters')!
      .click();
    await waitUntil(
      () => section<{ available: number[] }>(report, 'dyn-usage-summary').available.at(-1) === 37,
      'filters not cleared',
    );
    await waitUntil(() => !message(), 'empty view still shown');
    expect(report.view.filter).to.deep.equal({});
    expect(report.shadowRoot!.querySelector<HTMLElement>('.sections')!.hidden).to.equal(false);
  });

  it('a SKU chosen in the distribution filters the summary and the map', async () => {
    const report = await fixture<DynUsageReport>(
      html`<dyn-usage-report no-hash .records=${HAND_RECORDS}></dyn-usage-report>`,
    );
    await ready(report);
    const distribution = report.shadowRoot!.querySelector<Section>('dyn-usage-distribution')!;
    const chart = distribution.shadowRoot!.querySelector<SVGSVGElement>('svg[data-export]')!;
    chart.focus();
    chart.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true }));
    await distribution.updateComplete;
    chart.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    // The second group is Finance (S2, NL): summary Mar 5, map NL only.
    await waitUntil(
      () => section<{ available: number[] }>(report, 'dyn-usage-summary').available.at(-1) === 5,
      'not filtered by SKU',
    );
    expect(report.view.filter).to.deep.equal({ sku: ['Finance'] });
    expect(
      section<{ countries: { code: string }[] }>(report, 'dyn-usage-geo').countries.map((c) => c.code),
    ).to.deep.equal(['NL']);
  });

  it('keeps the view in the URL hash, and a hash restores it', async () => {
    history.replaceState(null, '', '#tab=usage&from=2026-02&to=2026-03&country=US');
    const report = await fixture<DynUsageReport>(
      html`<dyn-usage-report .records=${HAND_RECORDS}></dyn-usage-report>`,
    );
    await ready(report);
    expect(report.view).to.deep.equal({
      from: '2026-02',
      to: '2026-03',
      filter: { country: ['US'] },
    });
    // US is S1: Feb 10, Mar 12.
    expect(section<{ available: number[] }>(report, 'dyn-usage-summary').available).to.deep.equal([10, 12]);
    const select = report.shadowRoot!.querySelector<HTMLSelectElement>('select[name="sku"]')!;
    select.value = 'Sales';
    select.dispatchEvent(new Event('change'));
    await report.updateComplete;
    // The page's own parameter (tab) stays.
    expect(location.hash).to.equal('#tab=usage&from=2026-02&to=2026-03&sku=Sales&country=US');
  });

  it('a preset sets the window to the latest months', async () => {
    const report = await fixture<DynUsageReport>(
      html`<dyn-usage-report no-hash .records=${HAND_RECORDS}></dyn-usage-report>`,
    );
    await ready(report);
    await waitUntil(() => report.shadowRoot!.querySelector('.presets button'));
    const threeMonths = [...report.shadowRoot!.querySelectorAll<HTMLButtonElement>('.presets button')].find(
      (b) => b.textContent!.trim() === '3 months',
    )!;
    threeMonths.click();
    await report.updateComplete;
    expect(report.view).to.deep.include({ from: '2026-01', to: '2026-03' });
    expect(threeMonths.getAttribute('aria-pressed')).to.equal('true');
    await waitUntil(
      () => section<{ available: number[] }>(report, 'dyn-usage-summary').available.length === 3,
    );
  });
});
