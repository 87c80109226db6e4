// At the top of src/ (dist/ once built), beside dyn-usage-worker: the relative URL below then names the
// same file in the package, in the one-script-tag bundle's folder, and next to an esbuild user's bundle.

/** The parser worker's name in the browser's developer tools (and its file's, from webpack). */
export const PARSER_WORKER_NAME = 'dyn-usage-worker';

/**
 * Starts the parser worker from where the app's bundler put it. The expression is kept literally as Vite,
 * webpack 5 and Rollup's worker plugins look for it: they build the worker into the app and rewrite the
 * URL. A URL computed elsewhere is invisible to them (Vite then requests /assets/…: a 404), and webpack
 * replaces a bare `import.meta.url` with the build machine's `file://` path. Unbundled (esbuild, the dev
 * server), it is the file beside this module or beside the bundle.
 */
export function startBundledWorker(): Worker {
  return new Worker(new URL('./dyn-usage-worker.js', import.meta.url), {
    type: 'module',
    // PARSER_WORKER_NAME, spelled out: Vite refuses worker options it cannot evaluate on its own. webpack
    // names the worker's file after it, so it has no space.
    name: 'dyn-usage-worker',
  });
}
