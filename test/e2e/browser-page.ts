import { createServer } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { chromium } from 'playwright-core';
import type { Browser, Page } from 'playwright-core';

// Debian's Chromium, driven by playwright-core (which never downloads a browser).
export async function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking'],
  });
}

/** Content type and body of each path a test page needs; anything else is a 404. */
export type ServedFiles = Record<string, [contentType: string, body: string | Uint8Array]>;

/** Serves `files` on a free local port. */
export async function serveFiles(files: ServedFiles): Promise<{ server: Server; origin: string }> {
  const server = createServer((request, response) => {
    const file = files[request.url ?? ''];
    response.writeHead(file ? 200 : 404, { 'Content-Type': file?.[0] ?? 'text/plain' });
    response.end(file?.[1] ?? 'not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

/** A page that loads `/main.js` as a module into `<div id="…">`, as a bundled app's index.html would. */
export function appPage(rootId: string): [string, string] {
  return [
    'text/html',
    `<!doctype html><link rel="icon" href="data:,"><div id="${rootId}"></div><script type="module" src="/main.js"></script>`,
  ];
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
