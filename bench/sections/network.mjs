// Section 6 (issue 20): the 400 MB export loaded through `<dyn-usage-report src>` and `<dyn-usage-summary src>`
// against the time to fetch the same file into an ArrayBuffer, with the longest main-thread task of each load.
// A fresh page per run (load.html: the shipped dist/ bundle, its worker included); the three kinds of run
// are interleaved, so machine load hits them alike.
import { openBenchPage } from '../browser.mjs';
import { median, RUNS } from './stats.mjs';

const CASES = [
  { key: 'fetch', label: 'fetch into an ArrayBuffer', run: (url) => window.dynBenchLoad.fetchOnly(url) },
  {
    key: 'report',
    label: '`<dyn-usage-report src>` ready',
    run: (url) => window.dynBenchLoad.loadReportThroughSrc(url),
  },
  {
    key: 'summary',
    label: '`<dyn-usage-summary src>` ready',
    run: (url) => window.dynBenchLoad.loadThroughSrc('dyn-usage-summary', url),
  },
];

export async function measureNetwork(browser, origin, entry, log) {
  const runs = Object.fromEntries(CASES.map((c) => [c.key, []]));
  for (let run = 0; run < RUNS; run++) {
    for (const c of CASES) {
      const page = await openBenchPage(browser, origin, 'load.html', 'dynBenchLoad');
      try {
        const result = await page.evaluate(c.run, `/data/${entry.file}`);
        const msTaken = result.fetchMs ?? result.loadMs;
        runs[c.key].push({ ms: msTaken, longestTaskMs: result.longestTaskMs ?? 0 });
        log(`  ${entry.label}: ${c.label} run ${run + 1}: ${msTaken.toFixed(0)} ms`);
      } finally {
        await page.close();
      }
    }
  }
  return {
    file: entry,
    cases: CASES.map((c) => ({
      key: c.key,
      label: c.label,
      ms: median(runs[c.key].map((r) => r.ms)),
      longestTaskMs: median(runs[c.key].map((r) => r.longestTaskMs)),
      worstTaskMs: Math.max(...runs[c.key].map((r) => r.longestTaskMs)),
    })),
  };
}
