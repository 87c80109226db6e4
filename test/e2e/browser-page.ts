import { chromium } from 'playwright-core';
import type { Browser, Page } from 'playwright-core';

// Debian's Chromium, driven by playwright-core (which never downloads a browser).
export async function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking'],
  });
}

export interface PageProblems {
  violations: string[];
  errors: string[];
}

/** A page that records CSP violations (and Trusted Types ones), console errors and uncaught exceptions. */
export async function watchedPage(browser: Browser): Promise<{ page: Page; problems: PageProblems }> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const problems: PageProblems = { violations: [], errors: [] };
  await page.exposeFunction('__reportViolation', (text: string) => problems.violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { __reportViolation: (text: string) => void }).__reportViolation;
      report(`${event.violatedDirective}: ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}`);
    });
  });
  page.on('console', (message) => {
    if (message.type() === 'error') problems.errors.push(message.text());
  });
  page.on('pageerror', (error) => problems.errors.push(error.message));
  return { page, problems };
}

export const SECTION_TAGS = [
  'dyn-usage-summary',
  'dyn-usage-geo',
  'dyn-usage-sku',
  'dyn-subscription-table',
  'dyn-usage-distribution',
];

/** Waits until every section on the page is ready (or one failed), and returns each one's status. */
export async function sectionStatuses(page: Page): Promise<Record<string, string>> {
  await page.waitForFunction(
    (tags) =>
      tags.every((tag) => {
        const status = (document.querySelector(tag) as (Element & { status?: string }) | null)?.status;
        return status === 'ready' || status === 'error' || status === 'empty';
      }),
    SECTION_TAGS,
    { timeout: 30000 },
  );
  return page.evaluate(
    (tags) =>
      Object.fromEntries(
        tags.map((tag) => [tag, (document.querySelector(tag) as Element & { status?: string }).status ?? '']),
      ),
    SECTION_TAGS,
  );
}
