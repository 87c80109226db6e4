// Bundles what `tsc -p tsconfig.build.json` emitted into dist/ into the one-script-tag build:
// dist/dyn-usage-kit.js, plus chunks beside it for what loads on demand (the 50m world map), which the
// bundle finds through import.meta.url — so it works from any host or CDN path, never fetching elsewhere.
// The parser worker is its own file, dist/dyn-usage-worker.js (see parserWorker below).
import json from '@rollup/plugin-json';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { rollup } from 'rollup';

// tsc's decorator helper reads top-level `this`; in a module it is undefined by design and the helper copes.
function onwarn(warning, warn) {
  if (warning.code !== 'THIS_IS_UNDEFINED') warn(warning);
}

/**
 * A worker is a module graph of its own, so the parser worker (dist/worker/parse-usage-worker.js and
 * what it imports) is built into one self-contained file next to the bundle, and the module that says
 * where the worker is (dist/worker/parse-worker-url.js) is replaced by a URL rollup resolves against
 * import.meta.url of whichever chunk it lands in. Built only when the bundle uses the parser.
 */
function parserWorker({ input, dir, fileName }) {
  let reference = null;
  return {
    name: 'parser-worker',
    async transform(_code, id) {
      if (!id.replaceAll('\\', '/').endsWith('/dist/worker/parse-worker-url.js')) return null;
      if (!reference) {
        const plugins = [nodeResolve({ exportConditions: ['production'] }), terser()];
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
        this.emitFile({ type: 'asset', fileName: `${fileName}.map`, source: chunk.map.toString() });
        reference = this.emitFile({ type: 'asset', fileName, source: chunk.code });
      }
      const code = `export function parseWorkerUrl() { return new URL(import.meta.ROLLUP_FILE_URL_${reference}); }\n`;
      return { code, map: { mappings: '' } };
    },
  };
}

export default {
  input: { 'dyn-usage-kit': 'dist/bundle.js' },
  output: {
    dir: 'dist',
    format: 'es',
    sourcemap: true,
    entryFileNames: '[name].js',
    chunkFileNames: 'chunks/[name]-[hash].js',
  },
  onwarn,
  plugins: [
    parserWorker({
      input: 'dist/worker/parse-usage-worker.js',
      dir: 'dist',
      fileName: 'dyn-usage-worker.js',
    }),
    nodeResolve({ exportConditions: ['production'] }),
    json({ preferConst: true, compact: true }),
    terser(),
  ],
};
