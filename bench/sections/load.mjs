// Section 4: a load of the 100 MB export: the longest main-thread task, and the JS heap once loaded (after
// a forced GC, read over CDP) against the file size. A fresh page per run, so each heap reading holds one
// load's data and nothing else. The page (load.html) takes the elements from dist/dyn-usage-kit.js, the
// shipped bundle, so the load runs as on a user's page.
import { openBenchPage } from '../browser.mjs';
import { median, RUNS } from './stats.mjs';

/**
 * An element's own `src` (the summary keeps only the aggregate; the table also keeps every row for its
 * raw-data download), and a shared `<dyn-usage-source>` (issue 8: parsed in a worker, kept in columns).
 */
export const LOAD_CASES = [
  {
    label: '`<dyn-usage-summary src>`',
    run: (url) => window.dynBenchLoad.loadThroughSrc('dyn-usage-summary', url),
  },
  {
    label: '`<dyn-subscription-table src>`',
    run: (url) => window.dynBenchLoad.loadThroughSrc('dyn-subscription-table', url),
  },
  {
    label: '`<dyn-usage-source src>` + `<dyn-usage-summary source>`',
    run: (url) => window.dynBenchLoad.loadThroughSource(url),
  },
];

async function heapUsed(cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  return (await cdp.send('Runtime.getHeapUsage')).usedSize;
}

export async function measureLoads(browser, origin, entry, log) {
  const results = [];
  for (const { label, run: load } of LOAD_CASES) {
    const runs = [];
    for (let run = 0; run < RUNS; run++) {
      const page = await openBenchPage(browser, origin, 'load.html', 'dynBenchLoad');
      const cdp = await page.context().newCDPSession(page);
      const before = await heapUsed(cdp);
      const result = await page.evaluate(load, `/data/${entry.file}`);
      const after = await heapUsed(cdp);
      runs.push({ ...result, heapBefore: before, heapAfter: after });
      log(
        `  load ${entry.label} through ${label} run ${run + 1}: ${result.loadMs.toFixed(0)} ms, longest task ${result.longestTaskMs.toFixed(0)} ms, heap ${(after / 1e6).toFixed(0)} MB`,
      );
      await cdp.detach();
      await page.close();
    }
    const m = (key) => median(runs.map((r) => r[key]));
    results.push({
      label,
      loadDetail: runs[0].loadDetail,
      file: entry,
      loadMs: m('loadMs'),
      longestTaskMs: m('longestTaskMs'),
      worstTaskMs: Math.max(...runs.map((r) => r.longestTaskMs)),
      longTasks: m('longTasks'),
      blockingMs: m('blockingMs'),
      heapBefore: m('heapBefore'),
      heapAfter: m('heapAfter'),
    });
  }
  return results;
}
