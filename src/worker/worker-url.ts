import { bundledWorkerUrl } from './bundled-worker-url.js';

let override: URL | null = null;

/**
 * Tells the kit where its parser worker is, for setups that move `dist/dyn-usage-worker.js` (a copy step
 * to another path, a CDN). A relative URL is resolved against the page. `null` goes back to the default:
 * where the app's bundler put the worker, or beside the one-script-tag bundle. A worker on another origin
 * is started through a `blob:` module (the page's CSP then needs `worker-src blob: <that origin>`).
 */
export function setWorkerUrl(url: string | URL | null): void {
  override = url === null ? null : new URL(url, globalThis.document?.baseURI);
}

/** The worker URL set with `setWorkerUrl`, else the one-script-tag bundle's own; null: the bundler's. */
export function knownWorkerUrl(): URL | null {
  return override ?? bundledWorkerUrl();
}
