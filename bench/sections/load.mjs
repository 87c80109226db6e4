// Section 4: a load of the 100 MB export: the longest main-thread task, and the page's memory once loaded
// (after a forced GC, read over CDP) against the file size. A fresh page per run, so each reading holds one
// load's data and nothing else. The page (load.html) takes the elements from dist/dyn-usage-kit.js, the
// shipped bundle, so the load runs as on a user's page.
import { openBenchPage } from '../browser.mjs';
import { median, RUNS } from './stats.mjs';

/**
 * An element's own `src` (the summary keeps only the aggregate; the table also keeps every row for its
 * raw-data download), a shared `<dyn-usage-source>` (issue 8: parsed in a worker, kept in columns), and
 * the whole report, which loads through a source of its own and keeps what the filters need.
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
    // Moved here from a browser test (its slice medians failed on a busy machine): no worker allowed.
    label: '`<dyn-usage-summary src>`, no worker (main thread)',
    run: (url) => window.dynBenchLoad.loadOnMainThread(url),
  },
  {
    label: '`<dyn-usage-source src>` + `<dyn-usage-summary source>`',
    run: (url) => window.dynBenchLoad.loadThroughSource(url),
  },
  {
    label: '`<dyn-usage-report src>`',
    run: (url) => window.dynBenchLoad.loadReportThroughSrc(url),
  },
];

/**
 * The page's memory after a full GC. `usedSize` is the V8 heap only: an ArrayBuffer's bytes (typed
 * arrays, kept byte blocks) live outside it, in backing stores, which CDP reports apart as
 * `backingStorageSize` (a newer field; this machine's Chromium 156 has it). Counted here: both.
 * `embedderHeapUsedSize` is Blink's own heap (DOM nodes and the like): shown, not counted, as the target
 * is about the data the page keeps.
 */
async function memoryAfterGc(cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  const raw = await cdp.send('Runtime.getHeapUsage');
  if (typeof raw.backingStorageSize !== 'number') {
    throw new Error(
      `Runtime.getHeapUsage gave no backingStorageSize (${JSON.stringify(raw)}): this Chromium is too old to count ArrayBuffers`,
    );
  }
  const memory = { js: raw.usedSize, buffers: raw.backingStorageSize, dom: raw.embedderHeapUsedSize ?? NaN };
  return { raw, memory: { ...memory, total: memory.js + memory.buffers } };
}

/** One load in a fresh page: its timings, and the memory before and after. */
async function measureOne(browser, origin, load, url) {
  const page = await openBenchPage(browser, origin, 'load.html', 'dynBenchLoad');
  const cdp = await page.context().newCDPSession(page);
  try {
    const before = await memoryAfterGc(cdp);
    const result = await page.evaluate(load, url);
    const after = await memoryAfterGc(cdp);
    return { ...result, before: before.memory, after: after.memory, raw: after.raw };
  } finally {
    await cdp.detach();
    await page.close();
  }
}

/** The median of each memory part over the runs (so the parts of a median need not add up exactly). */
function medianMemory(memories) {
  return Object.fromEntries(
    Object.keys(memories[0]).map((key) => [key, median(memories.map((m) => m[key]))]),
  );
}

export async function measureLoads(browser, origin, entry, log) {
  const results = [];
  let rawShown = false;
  for (const { label, run: load } of LOAD_CASES) {
    const runs = [];
    for (let run = 0; run < RUNS; run++) {
      const result = await measureOne(browser, origin, load, `/data/${entry.file}`);
      if (!rawShown)
        log(`  CDP Runtime.getHeapUsage as this Chromium gives it: ${JSON.stringify(result.raw)}`);
      rawShown = true;
      runs.push(result);
      const { js, buffers, total } = result.after;
      log(
        `  load ${entry.label} through ${label} run ${run + 1}: ${result.loadMs.toFixed(0)} ms, longest task ${result.longestTaskMs.toFixed(0)} ms, heap ${(total / 1e6).toFixed(0)} MB (JS ${(js / 1e6).toFixed(0)} + buffers ${(buffers / 1e6).toFixed(0)})`,
      );
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
      before: medianMemory(runs.map((r) => r.before)),
      after: medianMemory(runs.map((r) => r.after)),
      heapUsageRaw: runs[0].raw,
    });
  }
  return results;
}
