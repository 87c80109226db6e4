// Bundles what `tsc -p tsconfig.build.json` emitted into dist/ into the one-script-tag build:
// dist/dyn-usage-kit.js, plus chunks beside it for what loads on demand (the 50m world map), which the
// bundle finds through import.meta.url — so it works from any host or CDN path, never fetching elsewhere.
import json from '@rollup/plugin-json';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';

export default {
  input: { 'dyn-usage-kit': 'dist/bundle.js' },
  output: {
    dir: 'dist',
    format: 'es',
    sourcemap: true,
    entryFileNames: '[name].js',
    chunkFileNames: 'chunks/[name]-[hash].js',
  },
  // tsc's decorator helper reads top-level `this`; in a module it is undefined by design and the helper copes.
  onwarn(warning, warn) {
    if (warning.code !== 'THIS_IS_UNDEFINED') warn(warning);
  },
  plugins: [
    nodeResolve({ exportConditions: ['production'] }),
    json({ preferConst: true, compact: true }),
    terser(),
  ],
};
