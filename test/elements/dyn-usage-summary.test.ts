import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/elements/dyn-usage-summary/define.js';
import type { DynUsageSummary } from '../../src/elements/dyn-usage-summary/dyn-usage-summary.js';
import { HAND_RECORDS } from './hand-records.js';

function tileTexts(el: DynUsageSummary): string[] {
  return [...el.shadowRoot!.querySelectorAll('.tile .value')].map((node) => node.textContent!.trim());
}

async function ready(el: DynUsageSummary) {
  await waitUntil(
    () => el.status === 'ready' || el.status === 'error' || el.status === 'empty',
    'never settled',
    {
      timeout: 5000,
    },
  );
  await el.updateComplete;
}

describe('<dyn-usage-summary> from records', () => {
  it('shows the last month of the window and its change, worked out by hand', async () => {
    const el = await fixture<DynUsageSummary>(
      html`<dyn-usage-summary locale="en-US" .records=${HAND_RECORDS}></dyn-usage-summary>`,
    );
    await ready(el);
    expect(el.status).to.equal('ready');
    // Mar: 37 available, 29 assigned, 25 active, 25/37 = 67.57 %
    expect(tileTexts(el)).to.deep.equal(['37', '29', '25', '67.6%']);
    const changes = [...el.shadowRoot!.querySelectorAll('.change [aria-hidden]')].map((n) =>
      n.textContent!.trim(),
    );
    // vs Feb: 37 − 15 = +22, 29 − 14 = +15, 25 − 12 = +13, 67.57 − 80 = −12.43 pp
    expect(changes).to.deep.equal(['▲ +22 vs Feb', '▲ +15 vs Feb', '▲ +13 vs Feb', '▼ -12.4 pp vs Feb']);
    const words = [...el.shadowRoot!.querySelectorAll('.change .visually-hidden')].map((n) =>
      n.textContent!.trim(),
    );
    expect(words[0]).to.equal('up 22 seats from February 2026');
  });

  it('exposes the summary section in the report shape', async () => {
    const el = await fixture<DynUsageSummary>(
      html`<dyn-usage-summary from="2026-01" to="2026-03" .records=${HAND_RECORDS}></dyn-usage-summary>`,
    );
    await ready(el);
    expect(el.section).to.deep.equal({
      available: [10, 15, 37],
      assigned: [8, 14, 29],
      active: [6, 12, 25],
      activePercent: [60, 80, 67.57],
    });
  });

  it('recomputes when the window changes, without reloading', async () => {
    const el = await fixture<DynUsageSummary>(
      html`<dyn-usage-summary locale="en-US" to="2026-02" .records=${HAND_RECORDS}></dyn-usage-summary>`,
    );
    await ready(el);
    expect(tileTexts(el)).to.deep.equal(['15', '14', '12', '80%']);
    el.to = '2026-03';
    await el.updateComplete;
    await el.updateComplete;
    expect(tileTexts(el)).to.deep.equal(['37', '29', '25', '67.6%']);
  });

  it('is accessible, with a data table as the text alternative', async () => {
    const el = await fixture<DynUsageSummary>(
      html`<dyn-usage-summary locale="en-US" .records=${HAND_RECORDS}></dyn-usage-summary>`,
    );
    await ready(el);
    await expect(el).to.be.accessible();
    const rows = el.shadowRoot!.querySelectorAll('table tbody tr');
    expect(rows.length).to.equal(12);
    expect(rows[11]!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Mar 2026 37 29 25 67.6%');
  });
});

describe('<dyn-usage-summary> from src', () => {
  it('loads a CSV export with BOM and CRLF from the test server', async () => {
    const el = await fixture<DynUsageSummary>(
      html`<dyn-usage-summary locale="en-US" src="/test/fixtures/hand-export.csv"></dyn-usage-summary>`,
    );
    const { detail } = await oneEvent(el, 'dyn-usage-load');
    expect(detail.input.rows).to.equal(7);
    await el.updateComplete;
    expect(tileTexts(el)).to.deep.equal(['37', '29', '25', '67.6%']);
  });

  it('shows the HTTP status of a failed fetch and fires dyn-usage-error', async () => {
    const el = await fixture<DynUsageSummary>(
      html`<dyn-usage-summary src="/test/fixtures/no-such-file.csv"></dyn-usage-summary>`,
    );
    const { detail } = await oneEvent(el, 'dyn-usage-error');
    expect(detail.status).to.equal(404);
    await waitUntil(() => el.shadowRoot!.querySelector('[role="alert"]'), 'no error shown');
    expect(el.status).to.equal('error');
    expect(el.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.contain('HTTP 404');
  });
});
