import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/elements/dyn-usage-summary/define.js';
import type { DynUsageSummary } from '../../src/elements/dyn-usage-summary/dyn-usage-summary.js';
import { reportFromRecords } from '../../src/core/report-from.js';
import { HAND_RECORDS } from './hand-records.js';

// The machinery every section shares (data controller, states, menu, theme, locale, size), tested
// through <dyn-usage-summary>, the smallest section.

const values = (el: DynUsageSummary) =>
  [...el.shadowRoot!.querySelectorAll('.tile .value')].map((node) => node.textContent!.trim());

describe('shared states: loading', () => {
  it('shows a determinate progress bar with percent while a sized response streams', async () => {
    const el = await fixture<DynUsageSummary>(
      html`<dyn-usage-summary src="/__slow/250/test/fixtures/hand-export.csv"></dyn-usage-summary>`,
    );
    await waitUntil(() => el.shadowRoot!.querySelector('progress[value]'), 'no determinate progress bar');
    expect(el.status).to.equal('loading');
    const text = el.shadowRoot!.querySelector('.state.loading')!.textContent!;
    expect(text).to.match(/Loading… \d+%/);
    await oneEvent(el, 'dyn-usage-load');
    await el.updateComplete;
    expect(el.status).to.equal('ready');
  });

  it('shows an indeterminate bar with bytes read when the length is unknown', async () => {
    const el = await fixture<DynUsageSummary>(
      html`<dyn-usage-summary src="/__nolength/test/fixtures/hand-export.csv"></dyn-usage-summary>`,
    );
    await waitUntil(() => el.status === 'loading', 'never loading');
    const bar = el.shadowRoot!.querySelector('progress');
    if (bar) expect(bar.hasAttribute('value')).to.equal(false);
    await oneEvent(el, 'dyn-usage-load');
  });

  it('a new src during a slow load aborts it and ends with the newer data', async () => {
    const el = await fixture<DynUsageSummary>(
      html`<dyn-usage-summary
        locale="en-US"
        src="/__slow/400/test/fixtures/hand-export.csv"
      ></dyn-usage-summary>`,
    );
    await waitUntil(() => el.status === 'loading');
    // export-bom-crlf.csv: its own figures, different from the hand export's 37 available.
    el.src = '/test/fixtures/excel-us-dates.csv';
    const loads: number[] = [];
    el.addEventListener('dyn-usage-load', (event) => loads.push(event.detail.input.rows));
    await aTimeout(3800); // past the time the slow response would have finished
    expect(loads.length).to.equal(1);
    expect(loads[0]).to.not.equal(7);
    expect(values(el)[0]).to.not.equal('37');
  });
});

describe('shared states: empty and error', () => {
  it('says no rows in the selected months, naming the range', async () => {
    const el = await fixture<DynUsageSummary>(
      html`<dyn-usage-summary
        locale="en-US"
        from="2020-01"
        to="2020-03"
        .records=${HAND_RECORDS}
      ></dyn-usage-summary>`,
    );
    await waitUntil(() => el.status === 'empty', 'not empty');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.state.empty')!.textContent).to.contain(
      'No rows in the selected months (Jan 2020 – Mar 2020)',
    );
  });

  it('names the missing columns', async () => {
    const el = await fixture<DynUsageSummary>(
      html`<dyn-usage-summary src="/test/fixtures/missing-columns.csv"></dyn-usage-summary>`,
    );
    const { detail } = await oneEvent(el, 'dyn-usage-error');
    expect(detail.message).to.match(/Missing required columns: Month, ActiveSeats/);
    await waitUntil(() => el.shadowRoot!.querySelector('[role="alert"]'));
    expect(el.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.contain('Month, ActiveSeats');
  });

  it('shows a bad window option as an error, not an exception in the page', async () => {
    const el = await fixture<DynUsageSummary>(
      html`<dyn-usage-summary from="2026-13" .records=${HAND_RECORDS}></dyn-usage-summary>`,
    );
    await waitUntil(() => el.status === 'error', 'no error');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.contain('invalid from: "2026-13"');
  });

  it('lists skipped rows with their lines behind a notice', async () => {
    const el = await fixture<DynUsageSummary>(
      html`<dyn-usage-summary src="/test/fixtures/bad-rows.csv"></dyn-usage-summary>`,
    );
    await oneEvent(el, 'dyn-usage-load');
    await el.updateComplete;
    const notice = el.shadowRoot!.querySelector('details.notice')!;
    expect(notice.querySelector('summary')!.textContent).to.contain('7 rows skipped');
    const lines = [...notice.querySelectorAll('li')].map((li) => li.textContent!.match(/^Line (\d+)/)![1]);
    expect(lines).to.deep.equal(['3', '4', '5', '6', '8', '9', '11']);
  });
});

describe('shared inputs', () => {
  it('takes a report document, and it beats records and src', async () => {
    const report = reportFromRecords(HAND_RECORDS, { to: '2026-02' });
    const el = await fixture<DynUsageSummary>(
      html`<dyn-usage-summary
        locale="en-US"
        .report=${report}
        .records=${HAND_RECORDS}
        src="/test/fixtures/no-such.csv"
      ></dyn-usage-summary>`,
    );
    await waitUntil(() => el.status === 'ready');
    await el.updateComplete;
    expect(values(el)).to.deep.equal(['15', '14', '12', '80.0%']);
  });

  it('takes a report document from src, told apart by content', async () => {
    const el = await fixture<DynUsageSummary>(
      html`<dyn-usage-summary locale="en-US" src="/test/fixtures/hand-report.json"></dyn-usage-summary>`,
    );
    await oneEvent(el, 'dyn-usage-load');
    await el.updateComplete;
    expect(values(el)).to.deep.equal(['37', '29', '25', '67.6%']);
  });

  it('takes camelCase records', async () => {
    const camel = HAND_RECORDS.map((row) =>
      Object.fromEntries(
        Object.entries(row).map(([key, value]) => [key[0]!.toLowerCase() + key.slice(1), value]),
      ),
    );
    const el = await fixture<DynUsageSummary>(
      html`<dyn-usage-summary locale="en-US" .records=${camel}></dyn-usage-summary>`,
    );
    await waitUntil(() => el.status === 'ready');
    await el.updateComplete;
    expect(values(el)[0]).to.equal('37');
  });
});

describe('shared presentation', () => {
  it('follows the locale attribute, then the page lang', async () => {
    const el = await fixture<DynUsageSummary>(
      html`<div lang="de"><dyn-usage-summary .records=${HAND_RECORDS}></dyn-usage-summary></div>`,
    );
    const summary = el.querySelector('dyn-usage-summary')!;
    await waitUntil(() => summary.status === 'ready');
    await summary.updateComplete;
    expect(summary.shadowRoot!.querySelector('.range')!.textContent).to.equal('Apr. 2025 – März 2026');
    summary.locale = 'nl';
    await summary.updateComplete;
    expect(summary.shadowRoot!.querySelector('.range')!.textContent).to.equal('apr 2025 – mrt 2026');
  });

  it('is axe-clean in dark, with dark tokens applied', async () => {
    const el = await fixture<DynUsageSummary>(
      html`<dyn-usage-summary theme="dark" .records=${HAND_RECORDS}></dyn-usage-summary>`,
    );
    await waitUntil(() => el.status === 'ready');
    await el.updateComplete;
    const background = getComputedStyle(el.shadowRoot!.querySelector('.frame')!).backgroundColor;
    expect(background).to.equal('rgb(21, 25, 30)');
    await expect(el).to.be.accessible();
  });

  it('reads each sparkline month with the arrow keys', async () => {
    const el = await fixture<DynUsageSummary>(
      html`<dyn-usage-summary locale="en-US" from="2026-01" .records=${HAND_RECORDS}></dyn-usage-summary>`,
    );
    await waitUntil(() => el.status === 'ready');
    await el.updateComplete;
    const spark = el.shadowRoot!.querySelector<SVGSVGElement>('svg.spark-available')!;
    spark.focus();
    spark.dispatchEvent(new KeyboardEvent('keydown', { key: 'Home', bubbles: true }));
    await el.updateComplete;
    const readout = () => el.shadowRoot!.querySelectorAll('.readout')[0]!.textContent!.trim();
    expect(readout()).to.equal('Jan 2026: 10');
    spark.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }));
    await el.updateComplete;
    expect(readout()).to.equal('Feb 2026: 15');
  });

  it('draws when a hidden container becomes visible', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div hidden><dyn-usage-summary .records=${HAND_RECORDS}></dyn-usage-summary></div>`,
    );
    const el = wrapper.querySelector('dyn-usage-summary')!;
    await waitUntil(() => el.status === 'ready');
    wrapper.hidden = false;
    await waitUntil(() => {
      const spark = el.shadowRoot!.querySelector('svg.spark');
      return spark && Number(spark.getAttribute('width')) > 100;
    }, 'sparklines never got the real width');
  });

  it('offers the figures as a formula-safe CSV through the section menu', async () => {
    const el = await fixture<DynUsageSummary>(
      html`<dyn-usage-summary from="2026-01" .records=${HAND_RECORDS}></dyn-usage-summary>`,
    );
    await waitUntil(() => el.status === 'ready');
    await el.updateComplete;
    const menu = el.shadowRoot!.querySelector('dyn-usage-section-menu')!;
    const toggle = menu.shadowRoot!.querySelector<HTMLButtonElement>('.toggle')!;
    toggle.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true }));
    await waitUntil(() => menu.shadowRoot!.querySelector('[role="menuitem"]'));
    const item = menu.shadowRoot!.querySelector<HTMLButtonElement>('[role="menuitem"]')!;
    expect(menu.shadowRoot!.activeElement).to.equal(item);
    // Catch the download link as it is clicked, instead of letting the browser save a file.
    let downloaded: HTMLAnchorElement | null = null;
    const catchLink = (event: MouseEvent) => {
      if (event.target instanceof HTMLAnchorElement && event.target.download) {
        downloaded = event.target;
        event.preventDefault();
      }
    };
    document.addEventListener('click', catchLink, true);
    try {
      item.click();
    } finally {
      document.removeEventListener('click', catchLink, true);
    }
    expect(downloaded!.download).to.equal('summary-2026-01_2026-03.csv');
    const bytes = new Uint8Array(await (await fetch(downloaded!.href)).arrayBuffer());
    expect([...bytes.subarray(0, 3)]).to.deep.equal([0xef, 0xbb, 0xbf]); // the BOM Excel needs
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
    expect(text).to.equal(
      '\uFEFFMonth,Available seats,Assigned seats,Active seats,Active usage %\r\n' +
        '2026-01,10,8,6,60\r\n2026-02,15,14,12,80\r\n2026-03,37,29,25,67.57\r\n',
    );
  });
});
