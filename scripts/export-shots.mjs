#!/usr/bin/env node
// Saves the images every section's menu exports, through the menu as a reader uses it, for looking at them:
// serve the sources (npx wds --config web-dev-server.config.mjs, port 8765 or $SHOT_PORT), then
//   node scripts/export-shots.mjs OUT_DIR [query]      e.g. /tmp/exports '?lang=ar&theme=dark&filter=NL'
// Each section's PNG and SVG land in OUT_DIR under the names the kit gives them. With clipboard access
// granted, "Copy image" is tried as well and what the menu said is printed.
import { chromium } from 'playwright-core';

const [out, query = ''] = process.argv.slice(2);
if (!out) {
  console.error('usage: node scripts/export-shots.mjs OUT_DIR [query]');
  process.exit(2);
}
const TAGS = [
  'dyn-usage-summary',
  'dyn-subscription-table',
  'dyn-usage-insights',
  'dyn-usage-sku',
  'dyn-usage-geo',
  'dyn-usage-distribution',
];
const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
});
try {
  const origin = `http://127.0.0.1:${process.env.SHOT_PORT ?? 8765}`;
  const context = await browser.newContext({ acceptDownloads: true, viewport: { width: 1280, height: 900 } });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
  const page = await context.newPage();
  await page.goto(`${origin}/test/shots/exports.html${query}`, { waitUntil: 'networkidle' });
  await page.waitForFunction(
    (tags) => tags.every((tag) => document.querySelector(tag)?.status === 'ready'),
    TAGS,
    { timeout: 60000 },
  );
  await page.waitForTimeout(1000);
  for (const tag of TAGS) {
    const toggle = page.locator(tag).locator('dyn-usage-section-menu button.toggle');
    // Items by position: CSV, SVG, PNG, Copy image, Print (labels are in the page's language).
    for (const index of [1, 2]) {
      await toggle.click();
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.locator(tag).locator('dyn-usage-section-menu [role="menuitem"]').nth(index).click(),
      ]);
      const path = `${out}/${download.suggestedFilename()}`;
      await download.saveAs(path);
      console.log(path);
    }
    await toggle.click();
    await page.locator(tag).locator('dyn-usage-section-menu [role="menuitem"]').nth(3).click();
    const status = page.locator(tag).locator('dyn-usage-section-menu [role="status"]');
    await page.waitForFunction((el) => el.textContent.trim() !== '', await status.elementHandle());
    const types = await page.evaluate(async () =>
      (await navigator.clipboard.read().catch(() => [])).flatMap((item) => item.types),
    );
    console.log(`${tag} copy: ${(await status.textContent()).trim()} [clipboard: ${types.join(', ')}]`);
  }
} finally {
  await browser.close();
}
