// Serves the sources (TypeScript through esbuild) for screenshot pages under test/shots/ and for
// trying elements by hand: `npx wds` then open http://127.0.0.1:8765/test/shots/<page>.html
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { fromRollup } from '@web/dev-server-rollup';
import rollupJson from '@rollup/plugin-json';
import { rowsMiddleware } from './test/support/rows-middleware.mjs';

const json = fromRollup(rollupJson);

/**
 * The kit starts its parser worker as `./dyn-usage-worker.js` beside src/start-parser-worker.ts, the name
 * it has in dist/; from the sources that file is TypeScript.
 */
function workerSource(context, next) {
  if (context.path === '/src/dyn-usage-worker.js') context.path = '/src/dyn-usage-worker.ts';
  return next();
}

export default {
  port: 8765,
  hostname: '127.0.0.1',
  middleware: [workerSource, rowsMiddleware],
  nodeResolve: { exportConditions: ['production'] },
  mimeTypes: { '**/*.json': 'js' },
  plugins: [
    json({ include: ['node_modules/world-atlas/**/*.json'] }),
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.json' }),
  ],
};
