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
