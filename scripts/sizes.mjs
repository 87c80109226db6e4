// Prints what each way in costs, in kB after minification and brotli (quality 11), as the issue's
// tables give it (scripts/first-load.mjs measures; the bench's bundle sizes use the same):
//   npm entries: bundled by esbuild as an app would (minified; react, react-dom and @lit/react left out),
//   one-script-tag files: the file plus every chunk it imports statically (not the languages, the map,
//   the downloads or the worker, which load on demand).
//   node scripts/sizes.mjs            (after npm run build)
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { appFirstLoad, scriptFirstLoad } from './first-load.mjs';

const kB = (bytes) => (bytes / 1000).toFixed(1);

const NPM_ENTRIES = {
  'dyn-usage-kit': "import 'dyn-usage-kit';",
  '/summary': "import 'dyn-usage-kit/summary';",
  '/source': "import 'dyn-usage-kit/source';",
  '/report': "import 'dyn-usage-kit/report';",
  '/core': "export * from 'dyn-usage-kit/core';",
  'UsageSummary via /react/summary': "export { UsageSummary } from 'dyn-usage-kit/react/summary';",
};

const CDN_FILES = [
  'dyn-usage-kit.js',
  'dyn-usage-autoload.js',
  'dyn-usage-summary.js',
  'dyn-usage-geo.js',
  'dyn-usage-sku.js',
  'dyn-subscription-table.js',
  'dyn-usage-distribution.js',
  'dyn-usage-insights.js',
  'dyn-usage-source.js',
  'dyn-usage-report.js',
  'dyn-usage-worker.js',
];

const rows = [];
for (const [entry, code] of Object.entries(NPM_ENTRIES))
  rows.push([`npm ${entry}`, kB((await appFirstLoad(code)).brotli)]);
for (const name of CDN_FILES) {
  const file = join('dist', name);
  if (!existsSync(file)) continue;
  const { files, brotli } = scriptFirstLoad(file);
  rows.push([`dist/${name} (${files} file${files > 1 ? 's' : ''})`, kB(brotli)]);
}
const width = Math.max(...rows.map(([name]) => name.length));
for (const [name, size] of rows) console.log(`${name.padEnd(width)}  ${size.padStart(6)} kB`);
