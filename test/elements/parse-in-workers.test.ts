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
    Object.assign(SPLIT, { minBytes: 0, blockBytes: 200_000, partBytes: 400_000 });
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
    Object.assign(SPLIT, { minBytes: 0, blockBytes: 200_000, partBytes: 400_000 });
    performance.clearMeasures('dyn-usage-kit:merge');
    const split = await summaryText(SLOW_SAMPLE);
    expect(mergedWorkers()).to.be.greaterThan(1);
    expect(split).to.equal(one);
    expect(split).to.match(/\d/);
  });
});
