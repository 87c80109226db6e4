import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser } from 'playwright-core';
// @ts-expect-error -- a plain ES module without types, shared with `npm run demo`
import { CONTENT_SECURITY_POLICY, startDemoServer } from '../../demo/demo-server.mjs';
import { launchChromium, SECTION_TAGS, sectionStatuses, watchedPage } from './browser-page.js';

// These run on the build (`npm run build:only` first): the bundle a CMS editor pastes, served with the
// strict Content-Security-Policy of the demo server.
let server: Server;
let browser: Browser;
let origin: string;

before(async () => {
  server = (await startDemoServer({ port: 0 })) as Server;
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await launchChromium();
});
after(async () => {
  await browser?.close();
  server?.close();
});

/** The public tags, in SECTION_TAGS' order. */
const ALL_TAGS = [...SECTION_TAGS, 'dyn-usage-source', 'dyn-usage-report'];

describe('the one-script-tag bundle', () => {
  it('a page with only dist/dyn-usage-kit.js brings all five sections to ready on the sample', async () => {
    const { page, problems } = await watchedPage(browser);
    const response = await page.goto(`${origin}/demo/one-script-tag.html`);
    assert.equal(response?.headers()['content-security-policy'], CONTENT_SECURITY_POLICY);
    const statuses = await sectionStatuses(page);
    assert.deepEqual(statuses, Object.fromEntries(SECTION_TAGS.map((tag) => [tag, 'ready'])));
    // Every custom element the sections render inside their shadow roots is registered by the bundle
    // (a `sideEffects` list that missed one once left the SKU picker undefined).
    // A string, not a function: tsx would wrap a named inner function in a helper the page lacks.
    const undefinedTags = await page.evaluate(`(() => {
      const found = new Set();
      const walk = (root) => {
        for (const element of root.querySelectorAll('*')) {
          if (element.localName.includes('-') && !customElements.get(element.localName)) found.add(element.localName);
          if (element.shadowRoot) walk(element.shadowRoot);
        }
      };
      walk(document);
      return [...found];
    })()`);
    assert.deepEqual(undefinedTags, []);
    assert.deepEqual(problems, { violations: [], errors: [] });
    await page.close();
  });

  it("a page with one section's module loads that section's code only, under the strict CSP", async () => {
    const { page, problems } = await watchedPage(browser);
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
    });
    await page.goto(`${origin}/demo/one-section.html`);
    await page.waitForFunction(
      () => (document.querySelector('dyn-usage-summary') as { status?: string }).status === 'ready',
    );
    // Only the summary's code ran: no other section is defined, and neither the whole bundle nor the
    // map's module was fetched.
    const defined = await page.evaluate((tags) => tags.filter((tag) => customElements.get(tag)), ALL_TAGS);
    assert.deepEqual(defined, ['dyn-usage-summary']);
    assert.deepEqual(
      scripts.filter((path) => /\/dyn-usage-(kit|geo|sku|report)\.js$|world|countries/.test(path)),
      [],
    );
    assert.ok(scripts.includes('/dist/dyn-usage-summary.js'), scripts.join(', '));
    assert.deepEqual(problems, { violations: [], errors: [] });
    await page.close();
  });

  it("the autoloader imports a tag's module when the tag is on the page, or added later", async () => {
    const { page, problems } = await watchedPage(browser);
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
    });
    await page.goto(`${origin}/demo/autoload.html`);
    await page.waitForFunction(
      () => (document.querySelector('dyn-usage-sku') as { status?: string }).status === 'ready',
    );
    await page.evaluate(() => {
      const summary = document.createElement('dyn-usage-summary');
      summary.setAttribute('src', '/demo/data/dynamics-usage-sample.csv');
      document.body.append(summary);
    });
    await page.waitForFunction(
      () => (document.querySelector('dyn-usage-summary') as { status?: string }).status === 'ready',
    );
    const defined = await page.evaluate((tags) => tags.filter((tag) => customElements.get(tag)), ALL_TAGS);
    assert.deepEqual(defined, ['dyn-usage-summary', 'dyn-usage-sku']);
    assert.ok(scripts.includes('/dist/dyn-usage-sku.js') && scripts.includes('/dist/dyn-usage-summary.js'));
    assert.deepEqual(
      scripts.filter((path) => /\/dyn-usage-(kit|geo|report)\.js$/.test(path)),
      [],
    );
    assert.deepEqual(problems, { violations: [], errors: [] });
    await page.close();
  });

  it('the demo page shows all five sections under the strict CSP, with no violation', async () => {
    const { page, problems } = await watchedPage(browser);
    await page.addInitScript(() => {
      document.addEventListener('dyn-usage-load', (event) => {
        const detail = (event as CustomEvent<{ parsedIn?: string }>).detail;
        if (detail.parsedIn) (window as unknown as { parsedIn: string }).parsedIn = detail.parsedIn;
      });
    });
    await page.goto(`${origin}/`);
    const statuses = await sectionStatuses(page);
    assert.deepEqual(Object.values(statuses), ['ready', 'ready', 'ready', 'ready', 'ready']);
    // Exercise what could break CSP later: dark theme, another locale, opening a section menu.
    await page.selectOption('select[name="theme"]', 'dark');
    await page.selectOption('select[name="locale"]', 'nl');
    await page.locator('dyn-usage-sku').locator('dyn-usage-section-menu button.toggle').click();
    await page.waitForTimeout(300);
    // The demo's CSP allows `worker-src 'self' blob:`: the shared source parses in a worker.
    assert.equal(await page.evaluate(() => (window as unknown as { parsedIn?: string }).parsedIn), 'worker');
    const json = await page.textContent('#report-json');
    assert.match(json ?? '', /"version": 1/);
    assert.deepEqual(problems, { violations: [], errors: [] });
    await page.close();
  });

  it('the whole report in one tag works under the strict CSP, and a country on the map filters it', async () => {
    const { page, problems } = await watchedPage(browser);
    await page.goto(`${origin}/demo/report.html`);
    const report = page.locator('dyn-usage-report');
    await page.waitForFunction(() => {
      const root = document.querySelector('dyn-usage-report')?.shadowRoot;
      const sections = [...(root?.querySelectorAll('[source]') ?? [])] as (Element & { status?: string })[];
      return sections.length === 6 && sections.every((s) => s.status === 'ready');
    });
    await report.locator('dyn-usage-geo').locator('tbody tr', { hasText: 'Germany' }).first().click();
    await page.waitForFunction(() => location.hash.includes('country=DE'));
    const chip = await report.locator('.chip').first().textContent();
    assert.match(chip ?? '', /Country\/region:\s*Germany/);
    assert.deepEqual(problems, { violations: [], errors: [] });
    await page.close();
  });

  it('the watcher does catch a violation (so an empty list means something)', async () => {
    const { page, problems } = await watchedPage(browser);
    await page.goto(`${origin}/demo/one-script-tag.html`);
    await page.evaluate(() => document.body.setAttribute('style', 'color: red'));
    // The report crosses from the page to this process asynchronously: give it up to 3 s.
    for (let waited = 0; problems.violations.length === 0 && waited < 3000; waited += 100) {
      await page.waitForTimeout(100);
    }
    assert.equal(problems.violations.length, 1);
    assert.match(problems.violations[0]!, /^style-src/);
    await page.close();
  });
});
