/**
 * Where the one-script-tag bundle's worker is: rollup.config.mjs replaces this module with the URL of
 * dist/dyn-usage-worker.js as resolved against the bundle's own URL, so a bundle on a CDN can start it
 * through a `blob:` module. In the npm modules it is null: the app's bundler finds the worker instead.
 */
export function bundledWorkerUrl(): URL | null {
  return null;
}
