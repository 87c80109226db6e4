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

  it('shows the five sections and the insights on one source, with a filter bar from the data', async function () {
    // axe over five sections' shadow roots took 16 s on a machine shared by four test runs (2 cores).
    this.timeout(30000);
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

  it('makes its sections in tasks after the one that connects it, and updateComplete waits for all six', async () => {
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
      // Summary, insights, geo, SKU, distribution, subscription table.
      expect(made()).to.equal(6);
      await ready(report);
    } finally {
      report.remove();
    }
  });

  it('announces its load once: the sections load quietly, without live announcements', async () => {
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
      expect(section.shadowRoot!.querySelector('.state.quiet'), section.localName).to.not.equal(null);
      expect(section.shadowRoot!.textContent).to.not.contain('Loading');
      expect(live(section.shadowRoot!)).to.deep.equal([]);
    }
    report.records = HAND_RECORDS;
    await ready(report);
    expect(live(report.shadowRoot!).map((e) => e.textContent)).to.deep.equal(['']);
  });

  it('shows one progress bar while its source loads, the sections their titles only; none once ready', async function () {
    this.timeout(30000);
    // The hand export in 8 pieces 500 ms apart, with its Content-Length: a percentage.
    const report = await fixture<DynUsageReport>(
      html`<dyn-usage-report
        no-hash
        locale="en-US"
        src="/__slow/500/test/fixtures/hand-export.csv"
      ></dyn-usage-report>`,
    );
    const sections = () => [...report.shadowRoot!.querySelectorAll<Section>('[source]')];
    const bars = () => [
      ...report.shadowRoot!.querySelectorAll('progress'),
      ...sections().flatMap((s) => [...s.shadowRoot!.querySelectorAll('progress')]),
    ];
    await waitUntil(
      () => sections().length === 6 && sections().every((s) => s.status === 'loading'),
      'sections never loading',
    );
    await waitUntil(() => report.shadowRoot!.querySelector('progress[value]'), 'no percentage', {
      timeout: 5000,
    });
    await Promise.all(sections().map((s) => s.updateComplete));
    expect(bars()).to.have.length(1);
    const bar = report.shadowRoot!.querySelector('.toolbar.loading')!;
    expect(bar.querySelector('[aria-live]')!.getAttribute('aria-live')).to.equal('off');
    expect(bar.textContent).to.match(/Loading… \d+% \(.+ of .+\)/);
    for (const section of sections()) {
      const frame = section.shadowRoot!.querySelector('.frame')!;
      expect(frame.querySelector('.title')!.textContent!.trim(), section.localName).to.not.equal('');
      expect(frame.getAttribute('aria-busy')).to.equal('true');
      expect(section.shadowRoot!.querySelector<HTMLElement>('.state.quiet')!.offsetHeight).to.be.at.least(
        180,
      );
    }
    await expect(report).to.be.accessible();
    await ready(report);
    expect(bars()).to.have.length(0);
    expect(report.shadowRoot!.querySelector('.toolbar.loading')).to.equal(null);
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
      () => sections().length === 6 && sections().every((s) => s.status === 'error'),
      'no error',
      // waitUntil's 1 s default was too short on a machine shared by four test runs.
      { timeout: 6000 },
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

describe('<dyn-usage-report> in the reader’s language', () => {
  /** The report once its filter bar is there (it needs the source's facets, not the sections). */
  async function withFilterBar(locale: string): Promise<ShadowRoot> {
    const report = await fixture<DynUsageReport>(
      html`<dyn-usage-report no-hash locale=${locale} .records=${HAND_RECORDS}></dyn-usage-report>`,
    );
    await waitUntil(() => report.shadowRoot!.querySelector('select[name="sku"]'), 'no filter bar');
    await report.updateComplete;
    return report.shadowRoot!;
  }
  const texts = (root: ParentNode, selector: string) =>
    [...root.querySelectorAll(selector)].map((e) => e.textContent!.replace(/\s+/g, ' ').trim());
  /** A label's own words, without its select's options. */
  const labelTexts = (root: ParentNode) =>
    [...root.querySelectorAll('label')].map((label) =>
      [...label.childNodes]
        .filter((node) => node.nodeType === Node.TEXT_NODE)
        .map((node) => node.textContent)
        .join('')
        .trim(),
    );

  it('speaks Dutch with locale="nl": filter bar, presets, chips and their labels', async () => {
    const root = await withFilterBar('nl');
    const frame = root.querySelector('.report')!;
    expect([frame.getAttribute('lang'), frame.getAttribute('dir')]).to.deep.equal(['nl', 'ltr']);
    const form = root.querySelector('form')!;
    expect(form.getAttribute('aria-label')).to.equal('Rapportfilters');
    expect(texts(form, 'legend')).to.deep.equal(['Maanden']);
    // From, To, then the filters the hand records have values for: SKU and country.
    // With the snapshot month between them (the hand records have three months).
    expect(labelTexts(form)).to.deep.equal(['Van', 'Tot', 'Peilmaand', 'SKU', 'Land/regio']);
    expect(texts(root, '.filters-toggle')).to.deep.equal(['Filteropties']);
    expect(root.querySelector('.presets')!.getAttribute('aria-label')).to.equal('Voorinstellingen');
    expect(texts(root, '.presets button')).to.deep.equal([
      '3 maanden',
      '6 maanden',
      '12 maanden',
      '13 maanden',
      'Alle',
    ]);
    expect(texts(root, 'select[name="sku"] option')).to.deep.equal(['Alle', 'Finance', 'Sales']);

    const report = root.host as DynUsageReport;
    report.view = { filter: { country: ['NL'] } };
    await report.updateComplete;
    const chips = root.querySelector('.chips')!;
    expect(chips.getAttribute('aria-label')).to.equal('Actieve filters');
    // NL is named by Intl in Dutch: "Nederland".
    expect(root.querySelector('.chip')!.getAttribute('aria-label')).to.equal(
      'Filter Land/regio verwijderen: Nederland',
    );
    expect(texts(root, '.chip-dimension')).to.deep.equal(['Land/regio:']);
    expect(texts(root, '.chips .clear')).to.deep.equal(['Alles wissen']);
    expect(texts(root, 'select[name="country"] option')).to.deep.equal([
      '1 geselecteerd',
      '✓ \u2068Nederland\u2069',
      'Verenigde Staten',
    ]);
    expect(texts(root, '.filters-toggle')).to.deep.equal(['Filteropties (1)']);
  });

  it('names a filter value the data lacks in Dutch, with the way back', async () => {
    const root = await withFilterBar('nl');
    const report = root.host as DynUsageReport;
    report.view = { filter: { sku: ['Nope'] } };
    await report.updateComplete;
    const alert = root.querySelector('[role="alert"]')!;
    expect(alert.querySelector('strong')!.textContent).to.equal('Deze weergave kan niet worden getoond.');
    expect(alert.querySelector('.detail')!.textContent).to.equal(
      'view.filter: SKU "Nope" komt niet voor in de gegevens',
    );
    expect(texts(root, '.actions button')).to.deep.equal(['Filters wissen']);
  });

  it('isolates a right-to-left override in a value it names, so the Arabic message keeps its order', async () => {
    const root = await withFilterBar('ar');
    const report = root.host as DynUsageReport;
    report.view = { filter: { sku: ['\u202Eevil'] } };
    await report.updateComplete;
    // The JSON of the value, "‮evil", between FSI (U+2068) and PDI (U+2069); SKU keeps its name.
    expect(root.querySelector('[role="alert"] .detail')!.textContent).to.equal(
      'view.filter: القيمة \u2068"\u202Eevil"\u2069 في SKU غير موجودة في البيانات',
    );
    expect(root.querySelector('[role="alert"] strong')!.textContent).to.equal('يتعذّر إظهار طريقة العرض هذه.');
  });

  it('runs right to left in Arabic: dir="rtl" on its root, the filter bar mirrored', async () => {
    const root = await withFilterBar('ar');
    const frame = root.querySelector('.report')!;
    expect([frame.getAttribute('lang'), frame.getAttribute('dir')]).to.deep.equal(['ar', 'rtl']);
    const form = root.querySelector('form')!;
    expect(getComputedStyle(form).direction).to.equal('rtl');
    expect(form.getAttribute('aria-label')).to.equal('عوامل تصفية التقرير');
    expect(texts(form, 'legend')).to.deep.equal(['الأشهر']);
    expect(labelTexts(form)).to.deep.equal(['من', 'إلى', 'الشهر المرجعي', 'SKU', 'البلد/المنطقة']);
    // Arabic plural categories: 3 and 6 are "few" (أشهر), 12 and 13 "many" (شهرًا); digits are the locale's.
    const presets = texts(root, '.presets button');
    expect(presets.map((text) => text.replace(/^\S+ /, ''))).to.deep.equal([
      'أشهر',
      'أشهر',
      'شهرًا',
      'شهرًا',
      'الكل',
    ]);
    // Mirrored: "From" starts at the right, the first preset sits right of the second.
    const [from, to] = [...form.querySelectorAll('label')].map((label) => label.getBoundingClientRect());
    expect(from!.left).to.be.greaterThan(to!.left);
    const [three, six] = [...root.querySelectorAll('.presets button')].map((b) => b.getBoundingClientRect());
    expect(three!.left).to.be.greaterThan(six!.left);
    // Its sections follow the report's locale, and run right to left in their own frames.
    const summary = root.querySelector<Section>('dyn-usage-summary')!;
    await summary.updateComplete;
    expect(summary.shadowRoot!.querySelector('[part~="frame"]')!.getAttribute('dir')).to.equal('rtl');
  });
});
