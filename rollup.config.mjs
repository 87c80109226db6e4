// Bundles what `tsc -p tsconfig.build.json` emitted into dist/ into the one-script-tag build:
// dist/dyn-usage-kit.js, plus chunks beside it for what loads on demand (the 50m world map), which the
// bundle finds through import.meta.url — so it works from any host or CDN path, never fetching elsewhere.
// The parser worker is its own file, dist/dyn-usage-worker.js (see parserWorker below).
import json from '@rollup/plugin-json';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { rollup } from 'rollup';
import { thirdPartyLicenses } from './scripts/rollup/third-party-licenses.mjs';
import { tscSourcemaps } from './scripts/rollup/tsc-sourcemaps.mjs';

// tsc's decorator helper reads top-level `this`; in a module it is undefined by design and the helper copes.
function onwarn(warning, warn) {
  if (warning.code !== 'THIS_IS_UNDEFINED') warn(warning);
}

/**
 * A worker is a module graph of its own, so the parser worker (dist/worker/parse-usage-worker.js and
 * what it imports) is built into one self-contained file next to the bundle: dist/dyn-usage-worker.js,
 * in place of tsc's two-line entry, so it is also the one file an esbuild user copies, and what Vite and
 * webpack bundle from `dyn-usage-kit`'s modules. The module that says where the bundle's worker is
 * (dist/worker/bundled-worker-url.js) is replaced by a URL rollup resolves against import.meta.url of
 * whichever chunk it lands in, so the bundle can start it through a `blob:` module from a CDN.
 */
function parserWorker({ input, dir, fileName }) {
  let reference = null;
  const moduleIds = [];
  return {
    name: 'parser-worker',
    /** What the worker's own build bundled (for the licence notice). */
    moduleIds: () => moduleIds,
    async transform(_code, id) {
      if (!id.replaceAll('\\', '/').endsWith('/dist/worker/bundled-worker-url.js')) return null;
      if (!reference) {
        const plugins = [tscSourcemaps(), nodeResolve({ exportConditions: ['production'] }), terser()];
        const build = await rollup({ input, onwarn, plugins });
        // `dir` only makes the map's sources relative to where the file will be; nothing is written here.
        const { output } = await build.generate({
          dir,
          format: 'es',
          sourcemap: true,
          entryFileNames: fileName,
        });
        await build.close();
        const [chunk] = output;
        moduleIds.push(...chunk.moduleIds);
        this.emitFile({ type: 'asset', fileName: `${fileName}.map`, source: chunk.map.toString() });
        reference = this.emitFile({ type: 'asset', fileName, source: chunk.code });
      }
      const code = `export function bundledWorkerUrl() { return new URL(import.meta.ROLLUP_FILE_URL_${reference}); }\n`;
      return { code, map: { mappings: '' } };
    },
    // The bundle keeps start-parser-worker.js's `new URL('./dyn-usage-worker.js', import.meta.url)` for
    // apps that bundle dyn-usage-kit.js again: it names the worker only from a chunk at the top of dist/.
    generateBundle(_options, bundle) {
      if (!reference) this.error('the parser worker was not built: bundled-worker-url.js was never imported');
      for (const chunk of Object.values(bundle)) {
        const starts =
          chunk.type === 'chunk' && chunk.moduleIds.some((id) => id.endsWith('start-parser-worker.js'));
        if (starts && chunk.fileName.includes('/'))
          this.error(`start-parser-worker.js landed in ${chunk.fileName}: its worker URL would miss`);
      }
    },
  };
}

/**
 * Chunks go in dist/chunks/, but the one holding start-parser-worker.js stays at the top of dist/, beside
 * dyn-usage-worker.js, so that its literal worker URL still names that file when an app bundles the bundle
 * again. Code shared by the entries (and by the language chunks, which import English messages) is such a
 * chunk as soon as there is more than one entry or a dynamic import reaches back into the entry's graph.
 */
function workerStarterAtTop(chunk) {
  return chunk.moduleIds.some((id) => id.endsWith('start-parser-worker.js'))
    ? 'dyn-usage-[name]-[hash].js'
    : 'chunks/[name]-[hash].js';
}

const worker = parserWorker({
  input: 'dist/worker/parse-usage-worker.js',
  dir: 'dist',
  fileName: 'dyn-usage-worker.js',
});

export default {
  input: { 'dyn-usage-kit': 'dist/bundle.js' },
  output: {
    dir: 'dist',
    format: 'es',
    sourcemap: true,
    entryFileNames: '[name].js',
    chunkFileNames: workerStarterAtTop,
  },
  onwarn,
  plugins: [
    tscSourcemaps(),
    worker,
    nodeResolve({ exportConditions: ['production'] }),
    json({ preferConst: true, compact: true }),
    terser(),
    thirdPartyLicenses({ extraModuleIds: worker.moduleIds }),
  ],
};
