// Reads the output of `npm test` and prints "N passed, N failed" alone on the last line, summed over
// node:test ("ℹ pass N" / "ℹ fail N") and web-test-runner ("N passed, N failed"). Exits non-zero when
// npm test failed or anything failed, even if the counts look clean (a module that failed to import).
import { readFileSync } from 'node:fs';

const [logPath, statusText = '1'] = process.argv.slice(2);
const text = readFileSync(logPath, 'utf8').replace(/\x1b\[[0-9;]*m/g, '');

let passed = 0;
let failed = 0;
for (const [, count] of text.matchAll(/^\S* ?pass (\d+)$/gm)) passed += Number(count);
for (const [, count] of text.matchAll(/^\S* ?fail (\d+)$/gm)) failed += Number(count);
// web-test-runner prints its summary once at the end: "… test files | 12 passed, 0 failed".
const browserSummaries = [...text.matchAll(/test files? \| (\d+) passed, (\d+) failed/g)];
const lastBrowserSummary = browserSummaries[browserSummaries.length - 1];
if (lastBrowserSummary) {
  passed += Number(lastBrowserSummary[1]);
  failed += Number(lastBrowserSummary[2]);
}

const npmStatus = Number(statusText);
if (npmStatus !== 0 && failed === 0) failed = 1; // lint, type-check or an import error: count it as a failure
console.log(`${passed} passed, ${failed} failed`);
process.exit(npmStatus !== 0 || failed > 0 ? 1 : 0);
