// The N-worker load in the browser: an export big enough to split (the sizes lowered for the test) is
// read by several workers and gives what one worker gives; errors, abort and progress as with one.
import { expect, fixture, html } from '@open-wc/testing';
import { parseInWorker } from '../../src/load/parse-in-worker.js';
import type { ParseInWorkerOptions } from '../../src/load/parse-in-worker.js';
import { SPLIT } from '../../src/load/parse-in-workers.js';
import type { FetchProgress } from '../../src/load/fetch-usage-bytes.js';
import { computeReport } from '../../src/core/compute-report.js';
import { cubeFromTable } from '../../src/core/cube-from-table.js';
import type { UsageTableResult } from '../../src/table/read-usage-table.js';
import { UsageInputError } from '../../src/data/usage-input-error.js';
import '../../src/elements/dyn-usage-summary/define.js';
import type { DynUsageSummary } from '../../src/elements/dyn-usage-summary/dyn-usage-summary.js';

const SAMPLE = '/demo/data/dynamics-usage-sample.csv';
/** The sample in 8 pieces 150 ms apart (see web-test-runner.config.mjs): the other workers start meanwhile. */
const SLOW_SAMPLE = `/__slow/150${SAMPLE}`;
const SAMPLE_BYTES = 7754401;
const defaults = { ...SPLIT };

function read(url: string, options: Partial<ParseInWorkerOptions> = {}) {
  const progress: FetchProgress[] = [];
  const signal = new AbortController().signal;
  const result = parseInWorker(url, {
    signal,
    keepRows: false,
    onProgress: (p) => progress.push(p),
    ...options,
  });
  return { result, progress };
}

function reportOf(result: UsageTableResult) {
  if (result.kind !== 'table') throw new Error('expected a table');
  return computeReport(cubeFromTable(result.table), result.stats);
}

/** Workers that merged the last split load (the merge's performance measure), 0 when none. */
function mergedWorkers(): number {
  const entry = performance.getEntriesByName('dyn-usage-kit:merge').at(-1) as PerformanceMeasure | undefined;
  return (entry?.detail as number | undefined) ?? 0;
}

describe('parseInWorker on several workers', function () {
  this.timeout(60000);
  beforeEach(() => {
    Object.assign(SPLIT, { minBytes: 0, blockBytes: 200_000, partBytes: 400_000, spareCores: 0 });
    performance.clearMeasures('dyn-usage-kit:merge');
  });
  afterEach(() => Object.assign(SPLIT, defaults));

  it('gives the table, stats and report one worker gives', async () => {
    const one = await read(SAMPLE, { split: false }).result;
    expect(mergedWorkers()).to.equal(0);
    const { result, progress } = read(SLOW_SAMPLE, { keepRows: true });
    const split = await result;
    expect(mergedWorkers()).to.be.greaterThan(1);
    expect(navigator.hardwareConcurrency).to.be.greaterThan(1);
    expect(split.kind === 'table' && one.kind === 'table').to.equal(true);
    if (split.kind !== 'table' || one.kind !== 'table') return;
    expect(split.stats).to.deep.equal(one.stats);
    expect(split.columns).to.deep.equal(one.columns);
    expect(split.table.length).to.equal(one.table.length);
    expect(split.table.dictionaries).to.deep.equal(one.table.dictionaries);
    expect([...split.table.ids.subscriptionId]).to.deep.equal([...one.table.ids.subscriptionId]);
    expect(split.table.rawRows?.length).to.equal(one.table.length);
    expect(reportOf(split)).to.deep.equal(reportOf(one));
    expect(progress.at(-1)?.loaded).to.equal(SAMPLE_BYTES);
  });

  it('a file under minBytes is read by one worker', async () => {
    SPLIT.minBytes = SAMPLE_BYTES + 1;
    await read(SAMPLE).result;
    expect(mergedWorkers()).to.equal(0);
  });

  it("ends the load with a worker's error", async () => {
    const text = await (await fetch(SAMPLE)).text();
    const url = URL.createObjectURL(new Blob([text.replace('SubscriptionId', 'Subscription')]));
    let error: unknown = null;
    await read(url).result.catch((e: unknown) => (error = e));
    expect(error).to.be.instanceOf(UsageInputError);
    expect((error as UsageInputError).code).to.equal('missing-columns');
  });

  it('aborting rejects with the reason', async () => {
    const controller = new AbortController();
    const result = parseInWorker(SAMPLE, {
      signal: controller.signal,
      keepRows: false,
      onProgress: (p) => {
        if (p.loaded > 1_000_000) controller.abort(new Error('stop'));
      },
    });
    let error: unknown = null;
    await result.catch((e: unknown) => (error = e));
    expect((error as Error).message).to.equal('stop');
  });
});

/**
 * `fetch` answering `/__generated/<name>` with `text` in 16 pieces 200 ms apart (the other workers start
 * meanwhile), for the test's length; other URLs as ever.
 */
async function withGenerated<T>(name: string, text: string, run: (url: string) => Promise<T>): Promise<T> {
  const realFetch = window.fetch;
  const bytes = new TextEncoder().encode(text);
  window.fetch = (input, init) => {
    if (!String(input).endsWith(`/__generated/${name}`)) return realFetch(input, init);
    const size = Math.ceil(bytes.length / 16);
    let at = 0;
    const body = new ReadableStream<Uint8Array>({
      async pull(controller) {
        if (at > 0) await new Promise((resolve) => setTimeout(resolve, 200));
        if (at >= bytes.length) return controller.close();
        controller.enqueue(bytes.slice(at, (at += size)));
      },
    });
    return Promise.resolve(new Response(body, { headers: { 'Content-Length': String(bytes.length) } }));
  };
  try {
    return await run(new URL(`/__generated/${name}`, location.href).href);
  } finally {
    window.fetch = realFetch;
  }
}

/** How many workers `run` started. */
async function countingWorkers<T>(run: () => Promise<T>): Promise<{ value: T; workers: number }> {
  const RealWorker = window.Worker;
  let workers = 0;
  window.Worker = class extends RealWorker {
    constructor(url: string | URL, options?: WorkerOptions) {
      super(url, options);
      workers++;
    }
  };
  try {
    return { value: await run(), workers };
  } finally {
    window.Worker = RealWorker;
  }
}

/** 30,000 rows: the first 500 with `early` as their month, the others `late`. */
function monthsCsv(early: string, late: string): string {
  const header =
    'SubscriptionId,Month,SKU,CustomerName,CustomerMarket,AvailableSeats,AssignedSeats,ActiveSeats';
  const rows = Array.from(
    { length: 30000 },
    (_, i) => `s${i % 900},${i < 500 ? early : late},Sales,C${i % 90},Japan,3,2,1`,
  );
  return [header, ...rows].join('\n');
}

describe('parseInWorker when the workers read dates apart', function () {
  this.timeout(60000);
  beforeEach(() =>
    Object.assign(SPLIT, { minBytes: 0, blockBytes: 50_000, partBytes: 100_000, spareCores: 0 }),
  );
  afterEach(() => Object.assign(SPLIT, defaults));

  it('a later part that reads 3/5/2026 month first, where one reader had read day first: read again by one', async () => {
    const text = monthsCsv('01/02/2026', '3/5/2026');
    const one = await withGenerated('a.csv', text, (url) => read(url, { split: false }).result);
    const { value: split, workers } = await countingWorkers(() =>
      withGenerated('b.csv', text, (url) => read(url).result),
    );
    // Two that read it in parts (the merge refused), then one that read it whole.
    expect(workers).to.equal(3);
    expect(split.kind === 'table' && one.kind === 'table').to.equal(true);
    if (split.kind !== 'table' || one.kind !== 'table') return;
    expect(split.table.dictionaries.month).to.deep.equal(['2026-02', '2026-05']);
    expect(reportOf(split)).to.deep.equal(reportOf(one));
  });

  it('a file in two date orders fails with the lines one reader names', async () => {
    const text = monthsCsv('01/02/2026', '2/1/2026');
    const failure = (url: string) =>
      read(url).result.then(
        () => null,
        (error: unknown) => error as Error,
      );
    const one = await withGenerated('c.csv', text, (url) =>
      read(url, { split: false }).result.then(
        () => null,
        (error: unknown) => error as Error,
      ),
    );
    const { value: split, workers } = await countingWorkers(() => withGenerated('d.csv', text, failure));
    expect(workers).to.equal(3);
    expect(one).to.be.instanceOf(UsageInputError);
    expect(split?.message).to.equal(one?.message);
    expect(split?.message).to.contain('line 502');
  });
});

describe('<dyn-usage-summary src> on several workers', function () {
  this.timeout(60000);
  afterEach(() => Object.assign(SPLIT, defaults));

  // Another URL each time: loads are cached by URL.
  async function summaryText(src: string): Promise<string> {
    const el = await fixture<DynUsageSummary>(html`<dyn-usage-summary src=${src}></dyn-usage-summary>`);
    await new Promise<void>((resolve) =>
      el.addEventListener('dyn-usage-load', () => resolve(), { once: true }),
    );
    await el.updateComplete;
    return el.shadowRoot!.textContent!.replace(/\s+/g, ' ');
  }

  it('shows the figures one worker gives', async () => {
    SPLIT.minBytes = Number.MAX_SAFE_INTEGER;
    const one = await summaryText(SAMPLE);
    Object.assign(SPLIT, { minBytes: 0, blockBytes: 200_000, partBytes: 400_000, spareCores: 0 });
    performance.clearMeasures('dyn-usage-kit:merge');
    const split = await summaryText(SLOW_SAMPLE);
    expect(mergedWorkers()).to.be.greaterThan(1);
    expect(split).to.equal(one);
    expect(split).to.match(/\d/);
  });
});
