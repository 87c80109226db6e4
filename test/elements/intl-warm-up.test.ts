import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { afterIntlWarmUp, noteIntlWarmUp } from '../../src/load/intl-warm-up.js';
import '../../src/elements/dyn-usage-summary/define.js';
import type { DynUsageSummary } from '../../src/elements/dyn-usage-summary/dyn-usage-summary.js';

describe('Intl warm-up in the parser worker', () => {
  it('afterIntlWarmUp() resolves at once with nothing under way, else once the warm-ups settle', async () => {
    const order: string[] = [];
    await afterIntlWarmUp().then(() => order.push('none under way'));
    // Workers still starting (`started` pending): no time bound applies, whatever the machine's load.
    const starting = new Promise<void>(() => undefined);
    let finish!: () => void;
    noteIntlWarmUp(new Promise<void>((resolve) => (finish = resolve)), starting);
    let failed!: (error: Error) => void;
    noteIntlWarmUp(new Promise<void>((_, reject) => (failed = reject)), starting);
    const waiting = afterIntlWarmUp().then(() => order.push('after both'));
    await new Promise((resolve) => setTimeout(resolve, 20));
    order.push('still waiting');
    finish();
    failed(new Error('a worker that failed counts as settled'));
    await waiting;
    expect(order).to.deep.equal(['none under way', 'still waiting', 'after both']);
  });

  it('gives up on a started worker that never says so, a second after it started (not after the call)', async () => {
    let start!: () => void;
    const started = new Promise<void>((resolve) => (start = resolve));
    noteIntlWarmUp(new Promise<void>(() => undefined), started);
    let settled = false;
    const waiting = afterIntlWarmUp().then(() => (settled = true));
    // A worker still starting is waited for, however long that takes on a busy machine.
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(settled).to.equal(false);
    const since = performance.now();
    start();
    await waiting;
    // Timers never fire early, so this lower bound holds on a loaded machine; no upper bound is claimed.
    expect(performance.now() - since).to.be.at.least(900);
  });

  it("an element loading src makes its first formatter after the worker has made one (ICU's data is loaded once per process)", async () => {
    const realWorker = window.Worker;
    const original = Intl.NumberFormat.supportedLocalesOf;
    const events: string[] = [];
    window.Worker = class extends realWorker {
      constructor(url: string | URL, options?: WorkerOptions) {
        super(url, options);
        this.addEventListener('message', (event: MessageEvent<{ type: string }>) => {
          if (event.data.type === 'intl-ready') events.push('worker made a formatter');
        });
      }
    };
    Intl.NumberFormat.supportedLocalesOf = (locales, options) => {
      // A locale no other test asks for: its formatters are made afresh here.
      if ([locales].flat().includes('de-AT')) events.push('page made a formatter');
      return original(locales, options);
    };
    try {
      const el = await fixture<DynUsageSummary>(
        html`<dyn-usage-summary locale="de-AT" src="/test/fixtures/hand-export.csv"></dyn-usage-summary>`,
      );
      await waitUntil(() => el.status === 'ready', 'never loaded', { timeout: 8000 });
      await waitUntil(() => events.includes('page made a formatter'), 'no formatter made', { timeout: 8000 });
      expect(events).to.deep.equal(['worker made a formatter', 'page made a formatter']);
    } finally {
      window.Worker = realWorker;
      Intl.NumberFormat.supportedLocalesOf = original;
    }
  });
});
