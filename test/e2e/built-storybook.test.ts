import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Browser } from 'playwright-core';
// @ts-expect-error -- a plain ES module without types, shared with the bench
import { serve } from '../../bench/serve.mjs';
import { launchChromium } from './browser-page.js';

// The Storybook a designer opens, built as `npm run build-storybook` builds it: its stories must parse
// exports in the parser worker as a page does (the chunks vite makes have no worker beside them, so
// .storybook/main.ts points the elements at the one it bundles).
let outDir: string;
let server: { origin: string; close(): void } & Partial<Server>;
let browser: Browser;

before(async () => {
  outDir = mkdtempSync(join(tmpdir(), 'dyn-usage-storybook-'));
  await promisify(execFile)(process.execPath, [
    'node_modules/storybook/dist/bin/dispatcher.js',
    'build',
    '--quiet',
    '--output-dir',
    outDir,
  ]);
  server = await serve(outDir, join(process.cwd(), 'demo/data'));
  browser = await launchChromium();
});
after(async () => {
  await browser?.close();
  server?.close();
  if (outDir) rmSync(outDir, { recursive: true, force: true });
});

describe('the built Storybook', () => {
  // Docs pages are built from custom-elements.json (setCustomElementsManifest in .storybook/preview.ts).
  it('has a docs page per element, listing its attributes, properties, events, parts and CSS properties', async () => {
    const index = (await (await fetch(`${server.origin}/index.json`)).json()) as { entries: object };
    const docs = Object.keys(index.entries).filter((id) => id.endsWith('--docs'));
    // One per stories file: the five sections, the report and the source (and any element added since).
    for (const id of ['sections-summary--docs', 'report-whole-report--docs', 'data-source--docs']) {
      assert.ok(docs.includes(id), docs.join(', '));
    }
    assert.ok(docs.length >= 7, docs.join(', '));
    const page = await browser.newPage();
    await page.goto(`${server.origin}/iframe.html?id=sections-summary--docs&viewMode=docs`);
    const table = page.locator('.docblock-argstable').first();
    await table.waitFor({ timeout: 30000 });
    // The rows come in when the sections are expanded, which they are by default.
    for (const row of [
      'hide-notice',
      'hideNotice',
      'dyn-usage-load',
      'tile',
      'state',
      'menu',
      '--dyn-usage-background',
    ]) {
      await table
        .locator('td', { hasText: new RegExp(`^${row}$`) })
        .first()
        .waitFor({ timeout: 10000 });
    }
    // Controllers and caches are not settings: the manifest's members without JSDoc are left out.
    assert.equal(await table.locator('td', { hasText: /^data$/ }).count(), 0);
    await page.close();
  });

  for (const story of ['sections-summary--ready', 'report-whole-report--ready']) {
    it(`${story} parses the sample in the worker`, async () => {
      const page = await browser.newPage();
      await page.addInitScript(() => {
        const loads: string[] = [];
        (window as unknown as { loads: string[] }).loads = loads;
        document.addEventListener('dyn-usage-load', (event) => {
          const detail = (event as CustomEvent<{ parsedIn?: string; fallbackReason?: string }>).detail;
          if (detail.parsedIn) loads.push(`${detail.parsedIn} ${detail.fallbackReason ?? ''}`.trim());
        });
      });
      await page.goto(`${server.origin}/iframe.html?id=${story}&viewMode=story`);
      await page.waitForFunction(() => (window as unknown as { loads: string[] }).loads.length > 0);
      const loads = await page.evaluate(() => (window as unknown as { loads: string[] }).loads);
      assert.ok(loads.length > 0 && loads.every((load) => load === 'worker'), loads.join('; '));
      await page.close();
    });
  }
});
