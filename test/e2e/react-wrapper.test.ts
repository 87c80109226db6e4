import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Server } from 'node:http';
import { readFileSync } from 'node:fs';
import { build } from 'esbuild';
import type { Browser } from 'playwright-core';
import { appPage, launchChromium, serveFiles, watchedPage } from './browser-page.js';

// The README's React example (test/e2e/react-page/main.tsx), bundled the way a React app would be and
// run in Chromium: the wrapper passes attributes and turns dyn-usage-load into onLoad.
let server: Server;
let browser: Browser;
let origin: string;

before(async () => {
  const bundle = await build({
    entryPoints: ['test/e2e/react-page/main.tsx'],
    bundle: true,
    write: false,
    format: 'esm',
    jsx: 'automatic',
    define: { 'process.env.NODE_ENV': '"production"' },
    conditions: ['production'],
    tsconfigRaw: { compilerOptions: { experimentalDecorators: true, useDefineForClassFields: false } },
    logLevel: 'silent',
  });
  ({ server, origin } = await serveFiles({
    '/': appPage('root'),
    '/main.js': ['text/javascript', bundle.outputFiles[0]!.contents],
    '/sample.csv': ['text/csv', readFileSync('demo/data/dynamics-usage-sample.csv')],
  }));
  browser = await launchChromium();
});
after(async () => {
  await browser?.close();
  server?.close();
});

describe('dyn-usage-kit/react', () => {
  it('<UsageSummary src locale onLoad> renders the section and calls onLoad with the rows read', async () => {
    const { page, problems } = await watchedPage(browser);
    await page.goto(origin);
    await page.waitForFunction(() => window.loadedRows !== undefined, null, { timeout: 20000 });
    // The sample has 21,432 data rows, 5 of them planted bad ones (demo/data/README.md).
    assert.equal(await page.evaluate(() => window.loadedRows), 21427);
    const range = await page.locator('dyn-usage-summary').locator('.range').textContent();
    assert.equal(range, 'nov 2025 – okt 2026'); // locale="nl" reached the element
    assert.deepEqual(problems, { violations: [], errors: [] });
    await page.close();
  });
});
