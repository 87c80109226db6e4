// Headless Chromium through playwright-core (which never downloads a browser): the system Chromium.
import { chromium } from 'playwright-core';

export const CHROMIUM = process.env.CHROME_PATH ?? '/usr/bin/chromium';

export function launchChromium() {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-sync',
      // A bench page must not be slowed as a background tab would be.
      '--disable-background-timer-throttling',
      '--disable-renderer-backgrounding',
      '--disable-backgrounding-occluded-windows',
      // gc() between runs, so one run's garbage is not collected on the next one's time.
      '--js-flags=--expose-gc',
    ],
  });
}

/**
 * A fresh page (its own context, so its own heap) on a bench page, with page errors passed on; resolves
 * once the page's measurements object (`window[api]`) is there.
 */
export async function openBenchPage(browser, origin, path = 'index.html', api = 'dynBench') {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  page.on('pageerror', (error) => console.error(`[page error] ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') console.error(`[page console] ${message.text()}`);
  });
  await page.goto(`${origin}/${path}`);
  await page.waitForFunction((name) => name in window, api);
  return page;
}
