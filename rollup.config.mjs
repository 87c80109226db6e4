// Bundles what `tsc -p tsconfig.build.json` emitted into dist/ into the one-script-tag build.
import json from '@rollup/plugin-json';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';

export default {
  input: 'dist/bundle.js',
  output: { file: 'dist/dyn-usage-kit.js', format: 'es', sourcemap: true },
  plugins: [nodeResolve({ exportConditions: ['production'] }), json({ preferConst: true }), terser()],
};
