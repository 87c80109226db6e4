// The bench page's entry: puts the measurements on `window.dynBench` for bench/run.mjs to call through
// Playwright, one call per measurement, so Node decides the order, the repeats and the time limits.
import type { UsageReport } from '../../src/core/report.js';
import { reportFromChunks } from '../../src/core/report-from.js';
import { timeFirstRender } from './first-render.js';
import type { RenderTag } from './first-render.js';
import { timeZoomFrames } from './geo.js';
import { chunksOf, runMethod } from './parsers.js';
import type { Method } from './parsers.js';
import { buildReports } from './reports.js';
import type { Take } from './reports.js';
import { timeSearches } from './search.js';
import { collectGarbage } from './timing.js';

const container = document.querySelector<HTMLElement>('#stage') ?? document.body;
/** The file under test in the throughput runs: fetched once, so neither disk nor network is measured. */
let bytes = new Uint8Array(0);
/** Reports built by `buildReports`, by name, for the render and search runs. */
const reports = new Map<string, UsageReport>();

const dynBench = {
  async loadBytes(url: string): Promise<number> {
    bytes = new Uint8Array(0);
    collectGarbage();
    bytes = new Uint8Array(await (await fetch(url)).arrayBuffer());
    return bytes.length;
  },

  async throughput(method: Method) {
    collectGarbage();
    const start = performance.now();
    const outcome = await runMethod(method, bytes);
    const ms = performance.now() - start;
    return { ms, ...outcome };
  },

  /** Builds and keeps reports named `names[i]` from `takes[i]` of `url`; returns their sizes and build time. */
  async buildReports(url: string, names: string[], takes: Take[]) {
    const start = performance.now();
    const built = await buildReports(url, takes);
    built.forEach((b, i) => reports.set(names[i] ?? String(i), b.report));
    collectGarbage();
    const ms = performance.now() - start;
    return built.map(({ rows, subscriptions, customers }) => ({ rows, subscriptions, customers, ms }));
  },

  /** The committed sample, read the way the CLI does. */
  async buildSampleReport(url: string, name: string): Promise<void> {
    const bytes = new Uint8Array(await (await fetch(url)).arrayBuffer());
    reports.set(name, await reportFromChunks(chunksOf(bytes)));
  },

  firstRender: (tag: RenderTag, name: string) => timeFirstRender(tag, report(name), container),
  search: (name: string, queries: string[]) => timeSearches(report(name), queries, container),
  zoomFrames: (name: string) => timeZoomFrames(report(name), container),
};

function report(name: string): UsageReport {
  const found = reports.get(name);
  if (!found) throw new Error(`no report named ${name}: call buildReports first`);
  return found;
}

declare global {
  interface Window {
    dynBench: typeof dynBench;
  }
}
window.dynBench = dynBench;
