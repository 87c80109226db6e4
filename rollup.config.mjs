// Bundles what `tsc -p tsconfig.build.json` emitted into dist/ into the one-script-tag build:
// dist/dyn-usage-kit.js (every element), one module per element (dist/dyn-usage-summary.js, … for a page
// with one section), dist/dyn-usage-autoload.js (imports those as their tags appear), and chunks in
// dist/chunks/ for the code they share and what loads on demand (languages, the 50m world map). Each file
// finds the others through import.meta.url — so it works from any host or CDN path, never fetching
// elsewhere. The parser worker is its own file, dist/dyn-usage-worker.js (see parserWorker below).
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
  // Built once, emitted by each of the builds below (the same bytes: the one file both find).
  let built = null;
  let reference = null;
  const moduleIds = [];
  async function buildWorker() {
    const plugins = [tscSourcemaps(), nodeResolve({ exportConditions: ['production'] }), terser()];
    const build = await rollup({ input, onwarn, plugins });
    // `dir` only makes the map's sources relative to where the file will be; nothing is written here.
    const { output } = await build.generate({ dir, format: 'es', sourcemap: true, entryFileNames: fileName });
    await build.close();
    const [chunk] = output;
    moduleIds.push(...chunk.moduleIds);
    return chunk;
  }
  return {
    name: 'parser-worker',
    /** What the worker's own build bundled (for the licence notice). */
    moduleIds: () => moduleIds,
    buildStart() {
      reference = null;
    },
    async transform(_code, id) {
      if (!id.replaceAll('\\', '/').endsWith('/dist/worker/bundled-worker-url.js')) return null;
      if (!reference) {
        built ??= buildWorker();
        const chunk = await built;
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
    ? 'dyn-usage-shared-[hash].js'
    : 'chunks/[name]-[hash].js';
}

const worker = parserWorker({
  input: 'dist/worker/parse-usage-worker.js',
  dir: 'dist',
  fileName: 'dyn-usage-worker.js',
});

/** The public tags; each one's folder under dist/elements/ is named after it. */
const TAGS = [
  'dyn-usage-summary',
  'dyn-usage-geo',
  'dyn-usage-sku',
  'dyn-subscription-table',
  'dyn-usage-distribution',
  'dyn-usage-insights',
  'dyn-usage-source',
  'dyn-usage-report',
];

/** A fresh set of plugins per build (the worker plugin is shared: it builds the worker once). */
function plugins() {
  return [
    tscSourcemaps(),
    worker,
    nodeResolve({ exportConditions: ['production'] }),
    json({ preferConst: true, compact: true }),
    terser(),
    thirdPartyLicenses({ extraModuleIds: worker.moduleIds }),
  ];
}

const output = {
  dir: 'dist',
  format: 'es',
  sourcemap: true,
  entryFileNames: '[name].js',
  chunkFileNames: workerStarterAtTop,
};

export default [
  // Every element in one file (chunks only for what loads on demand): one file compresses better than
  // the same code in the shared chunks below (about 15 kB min+brotli), and a page with every section
  // makes one request.
  {
    input: { 'dyn-usage-kit': 'dist/bundle.js' },
    // Language chunks import English messages from the bundle itself, not from a chunk split off for them.
    preserveEntrySignatures: 'allow-extension',
    output,
    onwarn,
    plugins: plugins(),
  },
  // One module per element and the autoloader, sharing chunks: a page with one section loads its code only.
  {
    input: {
      'dyn-usage-autoload': 'dist/autoload.js',
      ...Object.fromEntries(TAGS.map((tag) => [tag, `dist/elements/${tag}/define.js`])),
    },
    output,
    onwarn,
    plugins: plugins(),
  },
];
