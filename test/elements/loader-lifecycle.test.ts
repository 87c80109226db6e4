import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/elements/dyn-usage-source/define.js';
import '../../src/elements/dyn-usage-summary/define.js';
import '../../src/elements/dyn-usage-geo/define.js';
import '../../src/elements/dyn-usage-sku/define.js';
import '../../src/elements/dyn-subscription-table/define.js';
import '../../src/elements/dyn-usage-distribution/define.js';
import { HAND_RECORDS } from './hand-records.js';

type Section = HTMLElement & { status: string; section: unknown; updateComplete: Promise<boolean> };

const HAND = 'test/fixtures/hand-export.csv';
/** Long enough for a loaded machine; what is checked is that the socket closes, which it never did. */
const CLOSE_TIMEOUT = 5000;

/** What the test server saw of `/__stall/<key>/…`: requests made, and those whose socket is still open. */
async function stalled(key: string): Promise<{ requests: number; open: number }> {
  return (await fetch(`/__stalled/${key}`)).json() as Promise<{ requests: number; open: number }>;
}

async function waitForServer(key: string, want: (s: { requests: number; open: number }) => boolean) {
  let last = { requests: 0, open: 0 };
  try {
    await waitUntil(async () => want((last = await stalled(key))), 'timed out', { timeout: CLOSE_TIMEOUT });
  } catch {
    throw new Error(`the server saw ${JSON.stringify(last)} of ${key}`);
  }
}

/** Parser workers made while `run` runs, each with whether it was ended. */
async function watchingWorkers(run: (workers: { ended: boolean }[]) => Promise<void>): Promise<void> {
  const realWorker = window.Worker;
  const workers: { ended: boolean }[] = [];
  window.Worker = class extends realWorker {
    private readonly record = { ended: false };
    constructor(url: string | URL, options?: WorkerOptions) {
      super(url, options);
      workers.push(this.record);
    }
    override terminate(): void {
      this.record.ended = true;
      super.terminate();
    }
  };
  try {
    await run(workers);
  } finally {
    window.Worker = realWorker;
  }
}

const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('a load that no connected element needs', function () {
  // Loads, a stalling server and a grace: seconds on a busy machine (each wait is on a state).
  this.timeout(30000);
  it('is aborted when its section is removed: the request closes and the worker ends', async () => {
    await watchingWorkers(async (workers) => {
      const key = `remove-${Date.now()}`;
      const page = await fixture<HTMLDivElement>(
        html`<div><dyn-usage-summary src=${`/__stall/${key}/${HAND}`}></dyn-usage-summary></div>`,
      );
      await waitForServer(key, (s) => s.open === 1);
      page.querySelector('dyn-usage-summary')!.remove();
      await waitForServer(key, (s) => s.open === 0);
      expect(workers.length).to.equal(1);
      expect(workers[0]!.ended).to.equal(true);
    });
  });

  it('is aborted when its <dyn-usage-source> is removed', async () => {
    const key = `source-${Date.now()}`;
    const page = await fixture<HTMLDivElement>(
      html`<div><dyn-usage-source id="stalls" src=${`/__stall/${key}/${HAND}`}></dyn-usage-source></div>`,
    );
    await waitForServer(key, (s) => s.open === 1);
    page.querySelector('dyn-usage-source')!.remove();
    await waitForServer(key, (s) => s.open === 0);
  });

  it('six sections removed mid-load leave the browser connections for the next one', async () => {
    // Chromium opens at most six connections to one origin: six stalled loads kept would block the 7th.
    const key = `six-${Date.now()}`;
    const page = await fixture<HTMLDivElement>(html`<div></div>`);
    for (let k = 1; k <= 6; k++) {
      const summary = document.createElement('dyn-usage-summary');
      summary.src = `/__stall/${key}/${HAND}?${k}`;
      page.append(summary);
      await waitForServer(key, (s) => s.requests === k);
      summary.remove();
    }
    const summary = document.createElement('dyn-usage-summary');
    summary.src = `/${HAND}?after-six`;
    page.append(summary);
    await waitUntil(() => summary.status === 'ready', 'the seventh never loaded', { timeout: 8000 });
    await waitForServer(key, (s) => s.open === 0);
  });

  it('moving a section within the page (disconnect and connect in one task) keeps its load', async () => {
    await watchingWorkers(async (workers) => {
      const key = `move-${Date.now()}`;
      const page = await fixture<HTMLDivElement>(
        html`<div>
          <div class="from"><dyn-usage-summary src=${`/__stall/${key}/${HAND}`}></dyn-usage-summary></div>
          <div class="to"></div>
        </div>`,
      );
      const summary = page.querySelector<Section>('dyn-usage-summary')!;
      await waitForServer(key, (s) => s.open === 1);
      page.querySelector('.to')!.append(summary);
      // Past the task in which an unused load would be aborted.
      await nextTask();
      await nextTask();
      expect(workers.map((w) => w.ended)).to.deep.equal([false]);
      expect(summary.status).to.equal('loading');
      expect(await stalled(key)).to.deep.equal({ requests: 1, open: 1 });
      summary.remove();
      await waitForServer(key, (s) => s.open === 0);
    });
  });
});

describe('an element put back after its load was aborted', function () {
  // Loads, a stalling server and a grace: seconds on a busy machine (each wait is on a state).
  this.timeout(30000);
  it('starts it again', async () => {
    const key = `back-${Date.now()}`;
    const page = await fixture<HTMLDivElement>(html`<div></div>`);
    const summary = document.createElement('dyn-usage-summary');
    summary.src = `/__stall/${key}/${HAND}`;
    page.append(summary);
    await waitForServer(key, (s) => s.open === 1);
    summary.remove();
    await waitForServer(key, (s) => s.open === 0);
    page.append(summary);
    await waitForServer(key, (s) => s.requests === 2 && s.open === 1);
    summary.remove();
    await waitForServer(key, (s) => s.open === 0);
    // A new src set while away is loaded on return.
    summary.setAttribute('from', '2026-01');
    summary.src = `/${HAND}?put-back`;
    page.append(summary);
    await waitUntil(() => summary.status === 'ready', 'never loaded', { timeout: 8000 });
    expect((summary.section as { available: number[] }).available).to.deep.equal([10, 15, 37]);
  });
});

describe('sections with the same src', function () {
  // Loads, a stalling server and a grace: seconds on a busy machine (each wait is on a state).
  this.timeout(30000);
  it('share one request and one parse, as if they had a <dyn-usage-source>', async () => {
    await watchingWorkers(async (workers) => {
      const key = `same-src-${Date.now()}`;
      const src = `/__counted/${key}/${HAND}`;
      const page = await fixture<HTMLDivElement>(
        html`<div>
          <dyn-usage-summary src=${src} from="2026-01"></dyn-usage-summary>
          <dyn-usage-geo src=${src} from="2026-01"></dyn-usage-geo>
          <dyn-usage-sku src=${src} from="2026-01"></dyn-usage-sku>
          <dyn-subscription-table src=${src} from="2026-01"></dyn-subscription-table>
          <dyn-usage-distribution src=${src} from="2026-01"></dyn-usage-distribution>
        </div>`,
      );
      const sections = [...page.children] as Section[];
      await waitUntil(() => sections.every((s) => s.status === 'ready'), 'never all ready', {
        timeout: 10000,
      });
      expect(await (await fetch(`/__count/${key}`)).text()).to.equal('1');
      expect(workers.length).to.equal(1);
      // By hand (test/elements/hand-records.ts): Jan–Mar available 10, 15, 37.
      expect((sections[0]!.section as { available: number[] }).available).to.deep.equal([10, 15, 37]);
      // The subscription table, which keeps every row's cells for its download, got them from the one load.
      const table = sections[3] as Section & { download(): Promise<void> };
      const download = new Promise<CustomEvent<{ rows: number; source: string }>>((resolve) =>
        table.addEventListener('dyn-usage-download', (e) => (e.preventDefault(), resolve(e as CustomEvent)), {
          once: true,
        }),
      );
      void table.download();
      expect((await download).detail.source).to.equal('export');
    });
  });
});

describe('a source added after its section', function () {
  // Loads, a stalling server and a grace: seconds on a busy machine (each wait is on a state).
  this.timeout(30000);
  it('is found when it connects, before the grace for a missing one ends', async () => {
    const page = await fixture<HTMLDivElement>(
      html`<div><dyn-usage-summary source="late" from="2026-01"></dyn-usage-summary></div>`,
    );
    const summary = page.querySelector<Section>('dyn-usage-summary')!;
    await nextTask();
    const source = document.createElement('dyn-usage-source');
    source.id = 'late';
    source.records = HAND_RECORDS;
    page.append(source);
    await waitUntil(() => summary.status !== 'loading', 'never settled', { timeout: 8000 });
    expect(summary.status).to.equal('ready');
    expect((summary.section as { available: number[] }).available).to.deep.equal([10, 15, 37]);
  });
});

describe('a src that is no URL', () => {
  it('is an error state naming it, not an exception from the update', async () => {
    const summary = await fixture<Section>(html`<dyn-usage-summary src="http://["></dyn-usage-summary>`);
    await waitUntil(() => summary.status === 'error', 'no error state', { timeout: 8000 });
    await summary.updateComplete;
    expect(summary.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.contain(
      'src: "http://[" is not a URL',
    );
  });
});
