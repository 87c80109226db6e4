#!/usr/bin/env node
// Screenshot a page of the dev server (npx wds, port 8765 or $SHOT_PORT) in headless Debian Chromium, in real time:
// Chromium's --virtual-time-budget never lets a worker's replies in, so a page that parses in one would
// be caught loading forever. Waits for the network to settle, then `settle` ms more for rendering.
//   node scripts/screenshot.mjs test/shots/summary.html /tmp/summary.png [width] [height] [settle]
import { chromium } from 'playwright-core';

const [page, out, width = '1640', height = '1100', settle = '1500'] = process.argv.slice(2);
if (!page || !out) {
  console.error('usage: node scripts/screenshot.mjs PAGE OUT.png [width] [height] [settle-ms]');
  process.exit(2);
}
const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--hide-scrollbars'],
});
try {
  const tab = await browser.newPage({ viewport: { width: Number(width), height: Number(height) } });
  await tab.goto(`http://127.0.0.1:${process.env.SHOT_PORT ?? 8765}/${page}`, { waitUntil: 'networkidle' });
  await tab.waitForTimeout(Number(settle));
  await tab.screenshot({ path: out });
  console.log(out);
} finally {
  await browser.close();
}
