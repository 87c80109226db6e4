// Sections 2 and 3a: first render of each element at 10k, 100k and 1M rows once a report is in hand, and
// the subscription table's search latency at 10k and 100k subscriptions. One page builds the reports once.
import { openBenchPage } from '../browser.mjs';
import { median, RUNS } from './stats.mjs';

export const TAGS = [
  'dyn-usage-summary',
  'dyn-usage-geo',
  'dyn-usage-sku',
  'dyn-subscription-table',
  'dyn-usage-distribution',
];
/** The whole report in one tag (a filter bar over the five), timed like them from the same report document. */
export const REPORT_TAG = 'dyn-usage-report';
const RENDERED = [...TAGS, REPORT_TAG];
export const ROW_TIERS = [
  { name: 'rows10k', label: '10k rows', file: 'usage-10mb.csv', take: { rows: 10_000 } },
  { name: 'rows100k', label: '100k rows', file: 'usage-100mb.csv', take: { rows: 100_000 } },
  { name: 'rows1M', label: '1M rows', file: 'usage-400mb.csv', take: { rows: 1_000_000 } },
];
export const SUBSCRIPTION_TIERS = [
  { name: 'subs10k', label: '10k subscriptions', file: 'usage-100mb.csv', take: { subscriptions: 10_000 } },
  {
    name: 'subs100k',
    label: '100k subscriptions',
    file: 'usage-400mb.csv',
    take: { subscriptions: 100_000 },
  },
];
/** Distinct queries (a repeated one would hit the table's cached result); all match some generated names. */
const QUERIES = ['health', 'outfit', 'datum', 'north'];

export async function measureRenderAndSearch(browser, origin, log) {
  const page = await openBenchPage(browser, origin);
  const built = {};
  // Each file is read once for all the reports taken from it.
  for (const file of ['usage-10mb.csv', 'usage-100mb.csv', 'usage-400mb.csv']) {
    const tiers = [...ROW_TIERS, ...SUBSCRIPTION_TIERS].filter((t) => t.file === file);
    const sizes = await page.evaluate(
      ([url, names, takes]) => window.dynBench.buildReports(url, names, takes),
      [`/data/${file}`, tiers.map((t) => t.name), tiers.map((t) => t.take)],
    );
    tiers.forEach((tier, i) => (built[tier.name] = { ...tier, ...sizes[i] }));
    log(`  reports from ${file}: ${tiers.map((t, i) => `${t.name} ${sizes[i].rows} rows`).join(', ')}`);
  }

  // Untimed: the first element of each kind on a page pays for its first-time setup (styles, the map).
  for (const tag of RENDERED)
    await page.evaluate(([t, n]) => window.dynBench.firstRender(t, n), [tag, 'rows10k']);
  const renders = [];
  for (const tier of ROW_TIERS) {
    const runs = Object.fromEntries(RENDERED.map((t) => [t, []]));
    for (let run = 0; run < RUNS; run++) {
      for (const tag of RENDERED) {
        runs[tag].push(await page.evaluate(([t, n]) => window.dynBench.firstRender(t, n), [tag, tier.name]));
      }
    }
    for (const tag of RENDERED) {
      renders.push({
        tier: built[tier.name],
        tag,
        toFrameMs: median(runs[tag].map((r) => r.toFrameMs)),
        toPaintedMs: median(runs[tag].map((r) => r.toPaintedMs)),
        drawn: runs[tag].every((r) => r.drawn),
      });
      log(
        `  first render ${tier.label} ${tag}: ${median(runs[tag].map((r) => r.toPaintedMs)).toFixed(1)} ms`,
      );
    }
  }

  const searches = [];
  for (const tier of SUBSCRIPTION_TIERS) {
    const first = [];
    const later = [];
    for (let run = 0; run < RUNS; run++) {
      // A fresh table each run: its first search folds every customer's text, the later ones reuse it.
      const [cold, ...warm] = await page.evaluate(
        ([n, q]) => window.dynBench.search(n, q),
        [tier.name, QUERIES],
      );
      first.push(cold);
      later.push(...warm);
    }
    const summary = (list) => ({
      toRowsMs: median(list.map((s) => s.toRowsMs)),
      toPaintedMs: median(list.map((s) => s.toPaintedMs)),
      longestTaskMs: Math.max(...list.map((s) => s.longestTaskMs)),
      count: list.length,
    });
    searches.push({
      tier: built[tier.name],
      first: summary(first),
      later: summary(later),
      example: first[0],
    });
    log(
      `  search ${tier.label}: first ${summary(first).toRowsMs.toFixed(1)} ms, later ${summary(later).toRowsMs.toFixed(1)} ms`,
    );
  }
  await page.close();
  return { built, renders, searches };
}
