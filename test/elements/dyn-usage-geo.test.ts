import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/elements/dyn-usage-geo/define.js';
import type { DynUsageGeo } from '../../src/elements/dyn-usage-geo/dyn-usage-geo.js';
import { chartToSvgText } from '../../src/elements/shared/chart-export.js';
import { computeReport } from '../../src/core/compute-report.js';
import type { UsageReport } from '../../src/core/report.js';
import { createUsageCube } from '../../src/core/usage-cube.js';
import { readUsageRecords, readUsageText } from '../../src/data/read-usage.js';
import { HAND_RECORDS } from './hand-records.js';

// Hand records, March 2026 (the snapshot month): United States 12/10/13, Netherlands 5/4/2, Atlantis 1 row.

async function ready(el: DynUsageGeo): Promise<DynUsageGeo> {
  await waitUntil(() => ['ready', 'empty', 'error'].includes(el.status), 'never settled', { timeout: 8000 });
  await waitUntil(() => el.status !== 'ready' || el.shadowRoot!.querySelector('svg.map'), 'no map', {
    timeout: 4000,
  });
  await el.updateComplete;
  return el;
}

function $<T extends Element = Element>(el: DynUsageGeo, selector: string): T {
  const found = el.shadowRoot!.querySelector<T>(selector);
  if (!found) throw new Error(`no ${selector}`);
  return found;
}

// Without the invisible marks messages carry: bidi isolates around data (U+2068, U+2069) and the
// zero-width space that lets a header break after a slash.
const text = (node: Element) =>
  node
    .textContent!.replace(/[\u2068\u2069\u200B]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
const legend = (el: DynUsageGeo) => [...el.shadowRoot!.querySelectorAll('.legend-item')].map(text);
const gridCodes = (el: DynUsageGeo) =>
  [...el.shadowRoot!.querySelectorAll('tbody tr[data-code]')].map((row) => row.getAttribute('data-code'));
const stepOf = (el: DynUsageGeo, code: string) =>
  [...$(el, `[data-code="${code}"]`).classList].find((c) => c.startsWith('step-') || c === 'nodata');

/** The map group's zoom as `{ k, x, y }`, read from the attribute d3-zoom writes. */
function zoomOf(el: DynUsageGeo): { k: number; x: number; y: number } {
  const value = $(el, 'g.zoom-layer').getAttribute('transform') ?? '';
  const match = value.match(/translate\(([-\d.e]+),([-\d.e]+)\) scale\(([-\d.e]+)\)/);
  return match ? { x: Number(match[1]), y: Number(match[2]), k: Number(match[3]) } : { k: 1, x: 0, y: 0 };
}

async function search(el: DynUsageGeo, query: string): Promise<void> {
  const input = $<HTMLInputElement>(el, 'input.search');
  input.value = query;
  input.dispatchEvent(new Event('input'));
  await el.updateComplete;
}

/** The element on the hand records in a 1000 px container; `attributes` are set before it loads. */
async function handGeo(attributes: Record<string, string> = {}) {
  const host = await fixture<HTMLDivElement>(html`<div style="width: 1000px"></div>`);
  const el = document.createElement('dyn-usage-geo');
  el.setAttribute('locale', 'en-US');
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  el.records = HAND_RECORDS;
  host.append(el);
  return ready(el);
}

let sampleReport: UsageReport | null = null;
/** The sample export's report (snapshot month October 2026), read once for the tests that need 56 countries. */
async function sample(): Promise<UsageReport> {
  if (!sampleReport) {
    const csv = await (await fetch('/demo/data/dynamics-usage-sample.csv')).text();
    const cube = createUsageCube();
    const result = readUsageText(csv, cube);
    const emptyAvailable = result.kind === 'rows' ? result.stats.emptyAvailable : 0;
    sampleReport = computeReport(cube, { emptyAvailable });
  }
  return sampleReport;
}

async function sampleGeo(width = 1000, locale = 'en-US') {
  const report = await sample();
  const host = await fixture<HTMLDivElement>(
    html`<div style=${`width: ${width}px`}>
      <dyn-usage-geo locale=${locale} .report=${report}></dyn-usage-geo>
    </div>`,
  );
  return ready(host.querySelector('dyn-usage-geo')!);
}

describe('<dyn-usage-geo> colours', () => {
  it('puts the bigger country in the darker class, with the value ranges in the legend', async () => {
    const el = await handGeo();
    // The 1:110m map is bundled; the 1:50m file is only fetched by an element that asks for it.
    const fetched = performance.getEntriesByType('resource').map((entry) => entry.name);
    expect(fetched.some((name) => name.includes('countries-110m'))).to.equal(true);
    expect(fetched.some((name) => name.includes('countries-50m'))).to.equal(false);
    // Available 12 and 5: quantile classes 5–11 and 12, spread over the ramp as its lightest and darkest step.
    expect(stepOf(el, 'US')).to.equal('step-5');
    expect(stepOf(el, 'NL')).to.equal('step-1');
    expect(legend(el)).to.deep.equal(['5–11', '12', 'No rows']);
  });

  it('draws countries without rows in a neutral fill unlike the lowest class', async () => {
    const el = await handGeo();
    expect(stepOf(el, 'FR')).to.equal('nodata');
    const fill = (code: string) => getComputedStyle($(el, `path[data-code="${code}"]`)).fill;
    expect(fill('FR')).to.not.equal(fill('NL'));
    expect(fill('FR')).to.equal(fill('DE'));
    expect(fill('US')).to.not.equal(fill('NL'));
  });

  it('switches to active seats with the metric buttons, changing legend and fills', async () => {
    const el = await handGeo();
    const usFill = getComputedStyle($(el, 'path[data-code="US"]')).fill;
    const active = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.metric-switch button')][1]!;
    active.click();
    await el.updateComplete;
    expect(el.getAttribute('metric')).to.equal('active');
    expect(active.getAttribute('aria-pressed')).to.equal('true');
    // Active 13 and 2.
    expect(legend(el)).to.deep.equal(['2–12', '13', 'No rows']);
    expect($(el, '.legend-title').textContent).to.equal('Active seats, Mar 2026');
    expect(getComputedStyle($(el, 'path[data-code="US"]')).fill).to.not.equal(usFill);
  });

  it('gives the sample’s largest country (United States) the darkest class and its smallest the lightest', async () => {
    const el = await sampleGeo();
    expect(stepOf(el, 'US')).to.equal('step-5');
    expect(stepOf(el, 'GB')).to.equal('step-5');
    expect(stepOf(el, 'BA')).to.equal('step-1'); // 0 available seats
    // The 56 available-seat values of October 2026 sorted: classes start at ranks 0, 11, 22, 33 and 44
    // (⌊k × 56 / 5⌋), which are Bosnia and Herzegovina 0, Czechia 275, Belgium 1,047, Ireland 2,165 and
    // Canada 5,872; the United States' 83,521 is the largest.
    expect(legend(el)).to.deep.equal([
      '0–274',
      '275–1,046',
      '1,047–2,164',
      '2,165–5,871',
      '5,872–83,521',
      'No rows',
      'Small country or territory',
    ]);
  });
});

describe('<dyn-usage-geo> map shapes and markers', () => {
  it('marks small countries and territories the 1:110m map has no shape for', async () => {
    const el = await sampleGeo();
    for (const code of ['SG', 'HK', 'MO', 'RE', 'CW']) {
      expect(el.shadowRoot!.querySelector(`circle.marker[data-code="${code}"]`), code).to.not.equal(null);
      expect(el.shadowRoot!.querySelector(`path[data-code="${code}"]`), code).to.equal(null);
    }
    expect(el.shadowRoot!.querySelector('circle.marker[data-code="US"]')).to.equal(null);
  });

  it('draws Singapore as a shape with detail="50m", still marking Réunion', async () => {
    const report = await sample();
    const el = await fixture<DynUsageGeo>(
      html`<dyn-usage-geo detail="50m" .report=${report}></dyn-usage-geo>`,
    );
    await ready(el);
    // 756 kB of map to fetch and parse: on a busy machine that takes seconds, so wait on the state.
    await waitUntil(() => el.shadowRoot!.querySelector('path[data-code="SG"]'), '50m map never drawn', {
      timeout: 8000,
    });
    expect(el.shadowRoot!.querySelector('circle.marker[data-code="SG"]')).to.equal(null);
    expect(el.shadowRoot!.querySelector('circle.marker[data-code="RE"]')).to.not.equal(null);
  });

  it('exports the map as an SVG image with its markers sized', async () => {
    const el = await sampleGeo();
    const chart = $<SVGSVGElement>(el, 'svg[data-export]');
    const { text: file } = chartToSvgText({ chart, title: 't', subtitle: 's', legend: [] });
    const doc = new DOMParser().parseFromString(file, 'image/svg+xml');
    expect(doc.querySelectorAll('path').length).to.equal(chart.querySelectorAll('path').length);
    const markers = [...doc.querySelectorAll('circle')];
    expect(markers.length).to.equal(5); // SG, HK, MO, RE, CW
    for (const marker of markers) expect(Number(marker.getAttribute('r'))).to.be.greaterThan(0);
  });

  it('counts the countries and lists the markets it could not place', async () => {
    const el = await handGeo();
    expect(text($(el, '.count'))).to.equal('2 countries/regions with usage');
    expect(text($(el, '.unmatched'))).to.equal('1 market could not be placed on the map: Atlantis (1 row)');
  });

  it('lists the sample’s unmatched markets with their rows in the snapshot month', async () => {
    const el = await sampleGeo();
    // demo/data/README.md: Unknown is 2 subscriptions × 15 months (30 rows), Atlantis 1 × 15 (15 rows).
    expect(text($(el, '.count'))).to.equal('56 countries/regions with usage');
    expect(text($(el, '.unmatched'))).to.equal(
      '2 markets could not be placed on the map: Unknown (2 rows), Atlantis (1 row)',
    );
  });
});

describe('<dyn-usage-geo> country grid', () => {
  it('shows every country with its figures and active usage %', async () => {
    const el = await handGeo();
    const rows = [...el.shadowRoot!.querySelectorAll('tbody tr')].map(text);
    // 13 / 12 = 108.3 %, 2 / 5 = 40 %; by available seats, largest first.
    expect(rows).to.deep.equal(['United States 12 10 13 108.3%', 'Netherlands 5 4 2 40.0%']);
  });

  it('finds countries accent- and case-insensitively by name, market name and code', async () => {
    const el = await sampleGeo();
    await search(el, 'turkiye');
    expect(gridCodes(el)).to.deep.equal(['TR']);
    await search(el, 'hong kong');
    expect(gridCodes(el)).to.deep.equal(['HK']);
    await search(el, 'CZ');
    expect(gridCodes(el)).to.deep.equal(['CZ']);
    await search(el, 'korea');
    expect(gridCodes(el)).to.deep.equal(['KR']);
    expect(text($(el, '.grid-status'))).to.equal('1 of 56 countries/regions');
    await search(el, 'zzz');
    expect(text($(el, '.no-match'))).to.equal('No country/region matches “zzz”.');
  });

  it('sorts by a column header, and again the other way', async () => {
    const el = await handGeo();
    const header = (i: number) => [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('thead .sort')][i]!;
    header(0).click();
    await el.updateComplete;
    expect(gridCodes(el)).to.deep.equal(['NL', 'US']); // Netherlands before United States
    expect(header(0).parentElement!.getAttribute('aria-sort')).to.equal('ascending');
    header(4).click(); // active %: 108.3 before 40
    await el.updateComplete;
    expect(gridCodes(el)).to.deep.equal(['US', 'NL']);
    header(4).click();
    await el.updateComplete;
    expect(gridCodes(el)).to.deep.equal(['NL', 'US']);
  });

  it('names countries in the element’s locale', async () => {
    const el = await sampleGeo(1000, 'nl');
    const names = [...el.shadowRoot!.querySelectorAll('tbody th')].map(text);
    expect(names).to.include('Duitsland');
    expect(names).to.include('Verenigde Staten');
    await search(el, 'duitsland');
    expect(gridCodes(el)).to.deep.equal(['DE']);
    await search(el, 'Germany'); // the English market name still finds it
    expect(gridCodes(el)).to.deep.equal(['DE']);
  });
});

describe('<dyn-usage-geo> selection and zoom', () => {
  it('zooms to a selected row, fires dyn-usage-country-select, and Home goes back', async () => {
    const el = await handGeo();
    expect(zoomOf(el).k).to.equal(1);
    const event = oneEvent(el, 'dyn-usage-country-select');
    $<HTMLElement>(el, 'tr[data-code="NL"] td').click();
    const { detail } = await event;
    expect(detail).to.deep.equal({
      code: 'NL',
      name: 'Netherlands',
      market: 'Netherlands',
      available: 5,
      assigned: 4,
      active: 2,
      activePercent: 40,
    });
    await waitUntil(() => zoomOf(el).k === 8, 'never zoomed to the Netherlands', { timeout: 3000 });
    expect($(el, 'tr[data-code="NL"]').classList.contains('selected')).to.equal(true);
    expect(el.shadowRoot!.querySelectorAll('.highlight').length).to.be.greaterThan(0);
    $<HTMLButtonElement>(el, 'button.home').click();
    await waitUntil(() => zoomOf(el).k === 1 && zoomOf(el).x === 0, 'Home never restored the view', {
      timeout: 3000,
    });
  });

  it('selects a row with Enter on its button', async () => {
    const el = await handGeo();
    $<HTMLButtonElement>(el, 'tr[data-code="US"] button.pick').focus();
    const event = oneEvent(el, 'dyn-usage-country-select');
    await sendKeys({ press: 'Enter' });
    expect((await event).detail.code).to.equal('US');
    expect($(el, 'tr[data-code="US"] button.pick').getAttribute('aria-pressed')).to.equal('true');
    await waitUntil(() => zoomOf(el).k > 1, 'never zoomed', { timeout: 3000 });
  });

  it('selects the row of a country clicked on the map', async () => {
    const el = await handGeo();
    await search(el, 'nether'); // the United States row is filtered out: clicking must bring it back
    const event = oneEvent(el, 'dyn-usage-country-select');
    $<SVGPathElement>(el, 'path[data-code="US"]').dispatchEvent(new MouseEvent('click', { bubbles: true }));
    expect((await event).detail.code).to.equal('US');
    await el.updateComplete;
    expect($(el, 'tr.selected').getAttribute('data-code')).to.equal('US');
  });

  it('zooms with + and − on the focused map, within its limits, and pans with the arrows', async () => {
    const el = await handGeo();
    $<SVGSVGElement>(el, 'svg.map').focus();
    await sendKeys({ press: '+' });
    await waitUntil(() => zoomOf(el).k === 2, 'never zoomed in', { timeout: 2000 });
    const before = zoomOf(el).x;
    await sendKeys({ press: 'ArrowRight' });
    await waitUntil(() => zoomOf(el).x < before, 'never panned', { timeout: 2000 });
    await sendKeys({ press: '-' });
    await waitUntil(() => zoomOf(el).k === 1, 'never zoomed out', { timeout: 2000 });
    await sendKeys({ press: '-' });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(zoomOf(el).k).to.equal(1); // not below the whole map
    for (let i = 0; i < 6; i++) await sendKeys({ press: '+' });
    await waitUntil(() => zoomOf(el).k === 16, 'never reached the limit', { timeout: 3000 });
  });

  it('zooms with the + and − buttons', async () => {
    const el = await handGeo();
    $<HTMLButtonElement>(el, 'button.zoom-in').click();
    await waitUntil(() => zoomOf(el).k === 2, 'never zoomed in', { timeout: 2000 });
    $<HTMLButtonElement>(el, 'button.zoom-out').click();
    await waitUntil(() => zoomOf(el).k === 1, 'never zoomed out', { timeout: 2000 });
  });

  it('zooms in with the wheel, and lets the wheel scroll the page when it cannot zoom out', async () => {
    const el = await handGeo();
    const map = $<SVGSVGElement>(el, 'svg.map');
    const box = map.getBoundingClientRect();
    const wheel = (deltaY: number) =>
      new WheelEvent('wheel', {
        deltaY,
        bubbles: true,
        cancelable: true,
        clientX: box.x + 50,
        clientY: box.y + 50,
      });
    const down = wheel(100);
    map.dispatchEvent(down);
    expect(down.defaultPrevented).to.equal(false);
    const up = wheel(-100);
    map.dispatchEvent(up);
    expect(up.defaultPrevented).to.equal(true);
    await waitUntil(() => zoomOf(el).k > 1, 'the wheel never zoomed', { timeout: 2000 });
  });

  it('zooms to selected-country when first drawn', async () => {
    const el = await handGeo({ 'selected-country': 'US' });
    await waitUntil(() => zoomOf(el).k > 1, 'never zoomed', { timeout: 2000 });
    expect($(el, 'tr.selected').getAttribute('data-code')).to.equal('US');
  });
});

describe('<dyn-usage-geo> tooltip', () => {
  const tooltipText = ['United States', 'Available seats: 12', 'Active seats: 13', 'Active usage %: 108.3%'];

  it('shows name, available, active and active % on hover', async () => {
    const el = await handGeo();
    const us = $<SVGPathElement>(el, 'path[data-code="US"]');
    us.dispatchEvent(new PointerEvent('pointermove', { bubbles: true, clientX: 100, clientY: 100 }));
    await el.updateComplete;
    expect([...$(el, '.tooltip').children].map(text)).to.deep.equal(tooltipText);
    $(el, 'svg.map').dispatchEvent(new PointerEvent('pointerleave'));
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.tooltip')).to.equal(null);
  });

  it('shows on keyboard focus of a country’s row', async () => {
    const el = await handGeo();
    $<HTMLButtonElement>(el, 'tr[data-code="US"] button.pick').focus();
    await el.updateComplete;
    expect([...$(el, '.tooltip').children].map(text)).to.deep.equal(tooltipText);
    await sendKeys({ press: 'ArrowDown' }); // to the Netherlands' row
    await el.updateComplete;
    expect(text($(el, '.tooltip strong'))).to.equal('Netherlands');
  });
});

describe('<dyn-usage-geo> inputs', () => {
  it('takes a report document built by the core', async () => {
    const cube = createUsageCube();
    readUsageRecords(HAND_RECORDS, cube);
    const report = computeReport(cube, { emptyAvailable: 0 });
    const el = await ready(
      await fixture<DynUsageGeo>(html`<dyn-usage-geo .report=${report}></dyn-usage-geo>`),
    );
    expect(gridCodes(el)).to.deep.equal(['US', 'NL']);
    expect(el.section).to.equal(report.geo);
  });

  it('loads a CSV export from src', async () => {
    const el = await fixture<DynUsageGeo>(
      html`<dyn-usage-geo src="/test/fixtures/hand-export.csv"></dyn-usage-geo>`,
    );
    await ready(el);
    expect(gridCodes(el)).to.deep.equal(['US', 'NL']);
    expect(el.section!.countries[0]).to.deep.equal({
      code: 'US',
      market: 'United States',
      available: 12,
      assigned: 10,
      active: 13,
    });
  });
});

describe('<dyn-usage-geo> states', () => {
  it('shows progress while a slow export loads', async () => {
    const el = await fixture<DynUsageGeo>(
      html`<dyn-usage-geo src="/__slow/300/test/fixtures/hand-export.csv"></dyn-usage-geo>`,
    );
    await waitUntil(() => el.shadowRoot!.querySelector('progress[value]'), 'no progress', { timeout: 3000 });
    expect(el.status).to.equal('loading');
    expect(el.shadowRoot!.querySelector('svg.map')).to.equal(null);
    await ready(el);
    expect(el.status).to.equal('ready');
  });

  it('is empty for a window without rows', async () => {
    const el = await fixture<DynUsageGeo>(
      html`<dyn-usage-geo from="2020-01" to="2020-03" .records=${HAND_RECORDS}></dyn-usage-geo>`,
    );
    await ready(el);
    expect(el.status).to.equal('empty');
    expect(text($(el, '.state.empty'))).to.contain('No rows in the selected months');
  });

  it('shows an error for an export missing columns', async () => {
    const el = await fixture<DynUsageGeo>(
      html`<dyn-usage-geo src="/test/fixtures/missing-columns.csv"></dyn-usage-geo>`,
    );
    await ready(el);
    expect(el.status).to.equal('error');
    expect(text($(el, '[role="alert"]'))).to.match(/column/i);
  });

  it('shows the HTTP status of a missing file', async () => {
    const el = await fixture<DynUsageGeo>(
      html`<dyn-usage-geo src="/test/fixtures/no-such.csv"></dyn-usage-geo>`,
    );
    const { detail } = await oneEvent(el, 'dyn-usage-error');
    expect(detail.status).to.equal(404);
    await ready(el);
    expect(text($(el, '[role="alert"]'))).to.contain('HTTP 404');
  });
});

describe('<dyn-usage-geo> layout and accessibility', () => {
  it('puts the grid beside the map when wide and under it at 360 px', async () => {
    const wide = await sampleGeo(1200);
    const mapBox = $(wide, 'svg.map').getBoundingClientRect();
    const gridBox = $(wide, '.grid-pane').getBoundingClientRect();
    expect(gridBox.left).to.be.greaterThan(mapBox.right);
    const narrow = await sampleGeo(360);
    const narrowMap = $(narrow, 'svg.map').getBoundingClientRect();
    expect($(narrow, '.grid-pane').getBoundingClientRect().top).to.be.greaterThan(narrowMap.bottom);
    expect(narrowMap.width).to.be.at.most(326);
    const scroll = $(narrow, '.table-scroll');
    expect(scroll.scrollWidth).to.be.at.most(scroll.clientWidth); // the five columns fit
  });

  it('labels the map and points its description at the grid in the same shadow root', async () => {
    const el = await handGeo();
    const map = $(el, 'svg.map');
    expect(map.getAttribute('role')).to.equal('img');
    expect(map.getAttribute('aria-label')).to.contain('Available seats'.toLowerCase());
    const table = el.shadowRoot!.getElementById(map.getAttribute('aria-describedby')!);
    expect(table?.tagName).to.equal('TABLE');
  });

  it('is accessible in light', async () => {
    const el = await sampleGeo();
    await expect(el).to.be.accessible();
  });

  it('is accessible in dark, with a row selected', async () => {
    const report = await sample();
    const el = await fixture<DynUsageGeo>(
      html`<dyn-usage-geo theme="dark" selected-country="DE" .report=${report}></dyn-usage-geo>`,
    );
    await ready(el);
    await expect(el).to.be.accessible();
  });
});

describe('<dyn-usage-geo> languages', () => {
  const figures = (el: DynUsageGeo) =>
    (el as unknown as { figuresTable(geo: unknown): { header: string[]; rows: unknown[][] } }).figuresTable(
      el.section,
    );

  it('speaks Dutch with locale="nl": title, count, unmatched markets, legend, zoom, search, CSV', async () => {
    const el = await handGeo({ locale: 'nl' });
    expect($(el, '.frame').getAttribute('lang')).to.equal('nl');
    expect(text($(el, 'h2'))).to.equal('Dynamics-gebruik per geografie');
    // Two countries (plural), one unplaced market with one row (singular).
    expect(text($(el, '.count'))).to.equal("2 landen/regio's met gebruik");
    expect(text($(el, '.unmatched'))).to.equal(
      '1 markt kon niet op de kaart worden geplaatst: Atlantis (1 rij)',
    );
    expect(legend(el)).to.deep.equal(['5–11', '12', 'Geen rijen']);
    expect($(el, 'svg.map').getAttribute('aria-label')).to.match(
      /^Wereldkaart van beschikbare seats per land\/regio, .*2026; hoe sterker de kleur, hoe meer seats\. Toetsen: /,
    );
    expect($(el, '.zoom-controls').getAttribute('aria-label')).to.equal('Zoomen op de kaart');
    expect($(el, 'button.zoom-in').getAttribute('aria-label')).to.equal('Inzoomen');
    expect($(el, 'button.zoom-out').getAttribute('aria-label')).to.equal('Uitzoomen');
    expect(text($(el, 'button.home'))).to.equal('Start');
    expect($(el, 'button.home').getAttribute('aria-label')).to.equal('Start: terug naar de hele kaart');
    expect($(el, '.metric-switch').getAttribute('aria-label')).to.equal('Kaart toont');
    expect(text($(el, 'thead th.name'))).to.equal('Land/regio');
    const input = $<HTMLInputElement>(el, 'input.search');
    expect(input.placeholder).to.equal("Landen/regio's zoeken");
    expect(input.getAttribute('aria-label')).to.equal("Landen/regio's zoeken");
    // Names follow the element's locale: Dutch in the grid and the CSV; the market stays the export's.
    expect([...el.shadowRoot!.querySelectorAll('tbody th')].map(text)).to.deep.equal([
      'Verenigde Staten',
      'Nederland',
    ]);
    await search(el, 'neder');
    expect(text($(el, '.grid-status'))).to.equal("1 van 2 landen/regio's");
    await search(el, 'zzz');
    expect(text($(el, '.no-match'))).to.equal('Geen land/regio gevonden voor “zzz”.');
    const table = figures(el);
    expect(table.header.slice(0, 3)).to.deep.equal(['Landcode', 'Land/regio', 'Markt']);
    expect(table.rows[0]!.slice(0, 3)).to.deep.equal(['US', 'Verenigde Staten', 'United States']);
  });

  it('follows the element’s locale, not the page’s, for its words and country names', async () => {
    const host = await fixture<HTMLDivElement>(html`<div lang="nl" style="width: 1000px"></div>`);
    const el = document.createElement('dyn-usage-geo');
    el.setAttribute('locale', 'de');
    el.records = HAND_RECORDS;
    host.append(el);
    await ready(el);
    expect(text($(el, 'h2'))).to.equal('Dynamics-Nutzung nach Geografie');
    expect(gridCodes(el)).to.deep.equal(['US', 'NL']);
    expect([...el.shadowRoot!.querySelectorAll('tbody th')].map(text)).to.deep.equal([
      'Vereinigte Staaten',
      'Niederlande',
    ]);
  });

  it('lays out right to left in Arabic, with the map itself not mirrored', async () => {
    const el = await handGeo({ locale: 'ar' });
    const frame = $(el, '.frame');
    expect(frame.getAttribute('dir')).to.equal('rtl');
    expect(frame.getAttribute('lang')).to.equal('ar');
    expect(text($(el, 'h2'))).to.equal('استخدام Dynamics حسب المنطقة الجغرافية');
    // Two countries: Arabic's dual form.
    const two = new Intl.NumberFormat('ar').format(2);
    expect(text($(el, '.count'))).to.equal(`${two} بلدان/منطقتان بها استخدام`);
    expect(text($(el, '.unmatched'))).to.equal('تعذّر وضع سوق واحدة على الخريطة: Atlantis (صف واحد)');
    // The market's name, data, is bidi-isolated inside the sentence.
    expect($(el, '.unmatched').textContent).to.contain('\u2068Atlantis\u2069');
    expect($(el, 'button.zoom-in').getAttribute('aria-label')).to.equal('تكبير');
    // Wide: the map comes first, so it sits on the right and the grid on its left.
    const map = $(el, 'svg.map').getBoundingClientRect();
    const grid = $(el, '.grid-pane').getBoundingClientRect();
    expect(grid.right).to.be.at.most(map.left);
    // The grid's name column is its first, at the right; figures to its left.
    const name = $(el, 'thead th.name').getBoundingClientRect();
    const figure = $(el, 'thead th.figure').getBoundingClientRect();
    expect(name.left).to.be.at.least(figure.right);
    // The zoom buttons at the map's inline end, which is its left edge.
    const zoom = $(el, '.zoom-controls').getBoundingClientRect();
    expect(zoom.left - map.left).to.be.lessThan(map.right - zoom.right);
    // The legend's swatch stands before (right of) its words.
    const item = el.shadowRoot!.querySelectorAll('.legend-item')[2]!;
    expect(text(item)).to.equal('لا توجد صفوف');
    expect(item.querySelector('.swatch')!.getBoundingClientRect().left).to.be.greaterThan(
      item.getBoundingClientRect().left + item.getBoundingClientRect().width / 2,
    );
    // Geography is not mirrored: the United States stays west (left) of the Netherlands.
    const us = $(el, 'path[data-code="US"]').getBoundingClientRect();
    const nl = $(el, 'path[data-code="NL"]').getBoundingClientRect();
    expect(us.right).to.be.lessThan(nl.left);
  });

  it('keeps the Arabic tooltip inside the map, beside the Netherlands on its left (the reading side)', async () => {
    const el = await handGeo({ locale: 'ar' });
    const map = $(el, 'svg.map').getBoundingClientRect();
    const nl = $<SVGPathElement>(el, 'path[data-code="NL"]');
    const box = nl.getBoundingClientRect();
    const x = box.left + box.width / 2;
    const y = box.top + box.height / 2;
    nl.dispatchEvent(new PointerEvent('pointermove', { bubbles: true, clientX: x, clientY: y }));
    await el.updateComplete;
    const tip = $(el, '.tooltip');
    expect(text(tip.querySelector('strong')!)).to.equal(
      new Intl.DisplayNames('ar', { type: 'region' }).of('NL'),
    );
    const tipBox = tip.getBoundingClientRect();
    expect(tipBox.left).to.be.at.least(map.left - 0.5);
    expect(tipBox.right).to.be.at.most(map.right + 0.5);
    // Beside the shape, not over it (the tooltip is not pushed by the right-to-left frame).
    expect(tipBox.right).to.be.at.most(box.left + 0.5);
  });

  it('is accessible in Arabic', async () => {
    const el = await handGeo({ locale: 'ar' });
    await expect(el).to.be.accessible();
  });
});
