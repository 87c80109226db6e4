// Bundles what `tsc -p tsconfig.build.json` emitted into dist/ into the one-script-tag build.
import json from '@rollup/plugin-json';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';

export default {
  input: 'dist/bundle.js',
  output: { file: 'dist/dyn-usage-kit.js', format: 'es', sourcemap: true },
  // tsc's decorator helper reads top-level `this`; in a module it is undefined by design and the helper copes.
  onwarn(warning, warn) {
    if (warning.code !== 'THIS_IS_UNDEFINED') warn(warning);
  },
  plugins: [nodeResolve({ exportConditions: ['production'] }), json({ preferConst: true }), terser()],
};
