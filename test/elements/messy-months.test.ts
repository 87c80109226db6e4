import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/elements/dyn-usage-report/define.js';
import type { DynUsageReport } from '../../src/elements/dyn-usage-report/dyn-usage-report.js';
import type { UsageReport } from '../../src/core/report.js';
import { HAND_RECORDS } from './hand-records.js';

type Section = HTMLElement & { status: string; section: UsageReport['summary'] | null };

describe('<dyn-usage-report> and a window link', () => {
  afterEach(() => history.replaceState(null, '', location.pathname + location.search));

  it('#from=0001-01&to=9999-12 shows the data’s months with a warning, instead of freezing the tab', async () => {
    history.replaceState(null, '', '#from=0001-01&to=9999-12');
    const report = await fixture<DynUsageReport>(
      html`<dyn-usage-report locale="en-US" .records=${HAND_RECORDS}></dyn-usage-report>`,
    );
    const summary = () => report.shadowRoot!.querySelector<Section>('dyn-usage-summary');
    await waitUntil(() => summary()?.status === 'ready', 'summary never ready', { timeout: 20000 });
    // The hand records' months, 2026-01 to 2026-03: 10, 15 and 37 available seats (hand-records.ts).
    expect(summary()!.section!.available).to.deep.equal([10, 15, 37]);
    const notice = () => report.shadowRoot!.querySelector('.notice li.warning[data-code="window-clamped"]');
    await waitUntil(notice, 'no window warning in the notice');
    expect(notice()!.textContent).to.contain('cut to 2026-01 to 2026-03');
  });
});

describe('<dyn-usage-summary src> on dates as Excel re-saves them', () => {
  async function summaryOf(csv: string) {
    const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv' }));
    const el = await fixture<Section>(
      html`<dyn-usage-summary locale="en-GB" from="2026-01" src=${url}></dyn-usage-summary>`,
    );
    await waitUntil(() => el.status === 'ready' || el.status === 'error', 'never settled', {
      timeout: 20000,
    });
    return el;
  }

  it('reads en-GB day-first dates right through src (parsed in the worker) and says so in the notice', async () => {
    const text = await (await fetch('/test/fixtures/hand-export.csv')).text();
    const el = await summaryOf(text.replace(/(\d{4})-(\d{2})-01/g, '01/$2/$1 00:00'));
    expect(el.status).to.equal('ready');
    expect(el.section!.available).to.deep.equal([10, 15, 37]);
    const warning = el.shadowRoot!.querySelector('.notice li.warning[data-code="date-day-first"]');
    expect(warning?.textContent).to.contain('"01/02/2026 00:00" on line 3');
  });

  it('an export that mixes day-first and month-first dates is an error naming both lines', async () => {
    const text = await (await fetch('/test/fixtures/hand-export.csv')).text();
    let row = 0;
    const mixed = text.replace(/(\d{4})-(\d{2})-01/g, (_, y: string, m: string) =>
      ++row === 7 ? `${m}/01/${y}` : `01/${m}/${y}`,
    );
    const el = await summaryOf(mixed);
    expect(el.status).to.equal('error');
    expect(el.shadowRoot!.textContent).to.contain('"03/01/2026" on line 8 month first');
  });
});
