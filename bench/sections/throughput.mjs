// Section 1: parse + aggregate throughput of the kit and its competitors on the same bytes, in one page,
// runs interleaved (kit, udsv, d3-dsv, … then again) so a slow moment of the machine hits all of them.
import { openBenchPage } from '../browser.mjs';
import { median, RUNS } from './stats.mjs';

/** The contenders, then two parse-only runs (no aggregation) that show where the time goes. */
export const ALL_METHODS = [
  'kit-bytes',
  'kit-text',
  'udsv',
  'd3-dsv',
  'bytescan',
  'kit-tokenize',
  'udsv-parse',
];
/**
 * At 400 MB d3-dsv is left out: it needs the whole file as one string (≈800 MB, as the sample's CJK names
 * make it two-byte) plus an object per row (≈70× the file), which overruns a tab's heap and the time budget.
 */
const SKIP = { '400mb': ['d3-dsv'] };

export async function measureThroughput(browser, origin, exports, log) {
  const page = await openBenchPage(browser, origin);
  const results = [];
  // One untimed pass of each contender on the smallest file, so every one runs optimised code.
  await page.evaluate((url) => window.dynBench.loadBytes(url), `/data/${exports[0].file}`);
  for (const method of ALL_METHODS) await page.evaluate((m) => window.dynBench.throughput(m), method);
  for (const entry of exports) {
    const methods = ALL_METHODS.filter((m) => !(SKIP[entry.key] ?? []).includes(m));
    const bytes = await page.evaluate((url) => window.dynBench.loadBytes(url), `/data/${entry.file}`);
    const runs = Object.fromEntries(methods.map((m) => [m, []]));
    for (let run = 0; run < RUNS; run++) {
      for (const method of methods) {
        const outcome = await page.evaluate((m) => window.dynBench.throughput(m), method);
        runs[method].push(outcome);
        log(
          `  ${entry.label} ${method} run ${run + 1}: ${(bytes / 1e6 / (outcome.ms / 1000)).toFixed(1)} MB/s`,
        );
      }
    }
    const rows = Object.fromEntries(
      methods.map((m) => {
        const ms = median(runs[m].map((r) => r.ms));
        return [
          m,
          { ms, mbps: bytes / 1e6 / (ms / 1000), rows: runs[m][0].rows, seats: runs[m][0].availableSeats },
        ];
      }),
    );
    results.push({ ...entry, bytes, methods, skipped: SKIP[entry.key] ?? [], rows });
  }
  await page.close();
  return results;
}
