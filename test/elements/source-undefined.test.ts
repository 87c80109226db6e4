import { expect, fixture, html, waitUntil } from '@open-wc/testing';
// This page never defines <dyn-usage-source>: only the summary is imported.
import '../../src/elements/dyn-usage-summary/define.js';

type Section = HTMLElement & { status: string; updateComplete: Promise<boolean> };

describe('a section whose source is never defined', function () {
  // Loads, a stalling server and a grace: seconds on a busy machine (each wait is on a state).
  this.timeout(30000);
  it('shows an error naming the id once the page has loaded and the grace is over, not a spinner', async () => {
    const page = await fixture<HTMLDivElement>(
      html`<div>
        <dyn-usage-source id="usage" src="/test/fixtures/hand-export.csv"></dyn-usage-source>
        <dyn-usage-summary source="usage"></dyn-usage-summary>
      </div>`,
    );
    const summary = page.querySelector<Section>('dyn-usage-summary')!;
    expect(customElements.get('dyn-usage-source')).to.equal(undefined);
    await waitUntil(() => summary.status === 'error', 'no error state', { timeout: 8000 });
    await summary.updateComplete;
    expect(summary.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.contain(
      'source "usage" names a <dyn-usage-source> that is not defined',
    );
  });

  it('an id on another kind of element is named as such', async () => {
    const page = await fixture<HTMLDivElement>(
      html`<div>
        <p id="para"></p>
        <dyn-usage-summary source="para"></dyn-usage-summary>
      </div>`,
    );
    const summary = page.querySelector<Section>('dyn-usage-summary')!;
    await waitUntil(() => summary.status === 'error', 'no error state', { timeout: 8000 });
    await summary.updateComplete;
    expect(summary.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.contain(
      'source "para" names a <p>, not a <dyn-usage-source>',
    );
  });
});
