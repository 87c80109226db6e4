#!/usr/bin/env node
// `npm run bench`: measures the kit in headless Chromium and writes bench/RESULTS.md. See bench/README.md.
//
// `--build` runs `npm run build:only` first (the npm script passes it), inside the timed run: the bundle
// sizes are read from dist/.
// BENCH_RUNS=n repeats each measurement n times (default and minimum 3); BENCH_ONLY=throughput,render,geo,
// load,network,cli,sizes runs only some sections (RESULTS.md is then not written).
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { launchChromium } from './browser.mjs';
import { buildPage } from './build-page.mjs';
import { bundleSizes } from './bundle-sizes.mjs';
import { DATA_DIR, ensureExports } from './data.mjs';
import { describeMachine, loadAverage } from './machine.mjs';
import { resultsMarkdown } from './results-md.mjs';
import { measureCli } from './sections/cli.mjs';
import { measureGeo } from './sections/geo.mjs';
import { measureLoads } from './sections/load.mjs';
import { measureNetwork } from './sections/network.mjs';
import { measureRenderAndSearch } from './sections/render.mjs';
import { RUNS } from './sections/stats.mjs';
import { measureThroughput } from './sections/throughput.mjs';
import { serve } from './serve.mjs';
import { ensureShuffledExport } from './shuffle-rows.mjs';

const started = performance.now();
const only = process.env.BENCH_ONLY?.split(',');
const wanted = (section) => !only || only.includes(section);
const log = (message) =>
  console.error(`[bench ${((performance.now() - started) / 1000).toFixed(0)}s] ${message}`);

const loadBefore = loadAverage();
if (process.argv.includes('--build')) {
  log('npm run build:only…');
  // The build's own output goes to stderr with the progress lines; stdout is the results table.
  execFileSync('npm', ['run', 'build:only'], { stdio: ['ignore', 2, 2] });
}
const exports = ensureExports(log);
const inBrowser = ['throughput', 'render', 'geo', 'load', 'network'].some(wanted);
if (inBrowser) log('building the bench page…');
const server = inBrowser ? await serve(await buildPage(), DATA_DIR) : null;
const browser = inBrowser ? await launchChromium() : null;
const results = { runs: RUNS, machine: describeMachine(browser?.version() ?? 'no browser run') };
try {
  if (wanted('throughput')) {
    log('1. parse + aggregate throughput');
    results.throughput = await measureThroughput(browser, server.origin, exports, log);
  }
  if (wanted('render')) {
    log('2. first render of each element, 3. table search');
    results.render = await measureRenderAndSearch(browser, server.origin, log);
  }
  if (wanted('geo')) {
    log('3. geo first render and zoom');
    results.geo = await measureGeo(browser, server.origin);
  }
  if (wanted('load')) {
    log('4. load through src: long tasks and heap');
    results.loads = await measureLoads(
      browser,
      server.origin,
      exports.find((e) => e.key === '100mb'),
      log,
    );
  }
  if (wanted('network')) {
    log('6. the 400 MB export, in both orders: loads against the fetch alone');
    results.network = [];
    for (const entry of [exports.find((e) => e.key === '400mb'), ensureShuffledExport(log, '400mb')])
      results.network.push(await measureNetwork(browser, server.origin, entry, log));
  }
} finally {
  await browser?.close();
  server?.close();
}
if (wanted('cli')) {
  log('7. the CLI against a uDSV peer, CPU time, on the 100 MB export in both orders');
  const ordered = exports.find((e) => e.key === '100mb');
  results.cli = await measureCli([ordered, ensureShuffledExport(log)], log);
}
if (wanted('sizes')) {
  log('5. bundle sizes');
  results.sizes = await bundleSizes();
}
results.totalSeconds = (performance.now() - started) / 1000;
results.load = { before: loadBefore, after: loadAverage() };
results.built = process.argv.includes('--build');

const markdown = resultsMarkdown(results);
console.log(markdown);
if (!only) writeFileSync(new URL('RESULTS.md', import.meta.url), markdown);
// The raw figures too (gitignored, beside the data), for a closer look than the tables give.
writeFileSync(`${DATA_DIR}last-results.json`, JSON.stringify(results, null, 2));
log(`done in ${results.totalSeconds.toFixed(0)} s${only ? ' (partial run: RESULTS.md not written)' : ''}`);
