import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/elements/dyn-usage-source/define.js';
import '../../src/elements/dyn-usage-summary/define.js';
import '../../src/elements/dyn-usage-sku/define.js';
import '../../src/elements/dyn-usage-report/define.js';
import type { DynUsageSummary } from '../../src/elements/dyn-usage-summary/dyn-usage-summary.js';
import type { DynUsageReport } from '../../src/elements/dyn-usage-report/dyn-usage-report.js';

// /__fail-first/<key>/<file> answers 503 to its first request and the file afterwards (see
// web-test-runner.config.mjs); /__count/<key> says how many requests it had. Each test has its own key.
const flaky = (key: string) => `/__fail-first/${key}/test/fixtures/hand-export.csv`;
const requests = async (key: string) => Number(await (await fetch(`/__count/${key}`)).text());
const retryButton = (root: ShadowRoot) => root.querySelector<HTMLButtonElement>('.state.error button.retry');

describe('retry after a failed load', () => {
  it('a section shows "Try again", which fetches again and shows the figures', async () => {
    const el = await fixture<DynUsageSummary>(
      html`<dyn-usage-summary locale="en-US" src=${flaky('section')}></dyn-usage-summary>`,
    );
    await waitUntil(() => el.status === 'error', 'the first (503) load never failed');
    await el.updateComplete;
    const button = retryButton(el.shadowRoot!)!;
    expect(button.textContent!.trim()).to.equal('Try again');
    expect(el.shadowRoot!.querySelector('.state.error')!.textContent).to.contain('503');
    button.click();
    await waitUntil(() => el.status === 'ready', 'the retry never loaded');
    await el.updateComplete;
    // hand-export.csv has the hand records: March 12 + 5 + 20 = 37 available seats (hand-records.ts).
    expect(el.shadowRoot!.querySelector('.tile .value')!.textContent!.trim()).to.equal('37');
    expect(await requests('section')).to.equal(2);
  });

  it('sections on the same failed URL retry together, with one new request', async () => {
    const parent = await fixture<HTMLElement>(
      html`<div>
        <dyn-usage-summary src=${flaky('shared')}></dyn-usage-summary>
        <dyn-usage-sku src=${flaky('shared')}></dyn-usage-sku>
      </div>`,
    );
    const [summary, sku] = [...parent.children] as (HTMLElement & { status: string })[];
    await waitUntil(() => summary!.status === 'error' && sku!.status === 'error', 'never both failed');
    expect(await requests('shared')).to.equal(1);
    await (summary as DynUsageSummary).updateComplete;
    retryButton(summary!.shadowRoot!)!.click();
    await waitUntil(() => summary!.status === 'ready' && sku!.status === 'ready', 'not both ready');
    expect(await requests('shared')).to.equal(2);
  });

  it('a section on a <dyn-usage-source> retries through the source', async () => {
    const parent = await fixture<HTMLElement>(
      html`<div>
        <dyn-usage-source id="flaky-source" src=${flaky('source')}></dyn-usage-source>
        <dyn-usage-summary source="flaky-source"></dyn-usage-summary>
      </div>`,
    );
    const summary = parent.querySelector<DynUsageSummary>('dyn-usage-summary')!;
    await waitUntil(() => summary.status === 'error', 'never failed');
    await summary.updateComplete;
    retryButton(summary.shadowRoot!)!.click();
    await waitUntil(() => summary.status === 'ready', 'never ready after the retry');
    expect(await requests('source')).to.equal(2);
  });

  it('the report shows one "Try again" for its load, and its sections follow', async () => {
    const el = await fixture<DynUsageReport>(
      html`<dyn-usage-report no-hash locale="en-US" src=${flaky('report')}></dyn-usage-report>`,
    );
    await waitUntil(() => el.status === 'error', 'the report never failed');
    await el.updateComplete;
    const buttons = el.shadowRoot!.querySelectorAll<HTMLButtonElement>('button.retry');
    expect(buttons.length).to.equal(1);
    buttons[0]!.click();
    await waitUntil(() => el.status === 'ready', 'the report never loaded after the retry');
    const summary = el.shadowRoot!.querySelector<DynUsageSummary>('dyn-usage-summary')!;
    await waitUntil(() => summary.status === 'ready', 'its summary never loaded');
    expect(el.shadowRoot!.querySelector('.state.error')).to.equal(null);
    expect(await requests('report')).to.equal(2);
  });

  it('offers no "Try again" for rows that are refused: they would fail the same way', async () => {
    const el = await fixture<DynUsageSummary>(
      html`<dyn-usage-summary .records=${[{ Month: 'not a month' }]}></dyn-usage-summary>`,
    );
    await waitUntil(() => el.status === 'error', 'never an error');
    await el.updateComplete;
    expect(retryButton(el.shadowRoot!)).to.equal(null);
  });
});
