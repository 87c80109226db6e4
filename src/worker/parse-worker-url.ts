/**
 * Where the parser worker's module is. Beside this file in dist/ (and in src/ under the dev server,
 * which serves TypeScript as `.ts` URLs). The one-file bundle replaces this module: rollup.config.mjs
 * emits the worker as dyn-usage-worker.js next to dyn-usage-kit.js and points here.
 */
export function parseWorkerUrl(): URL {
  const here = new URL(import.meta.url);
  const extension = here.pathname.endsWith('.ts') ? '.ts' : '.js';
  return new URL(`./parse-usage-worker${extension}`, here);
}
