// Prints what each way in costs, in kB after minification and brotli (quality 11), as the issue's
// tables give it:
//   npm entries: bundled by esbuild as an app would (minified; react, react-dom and @lit/react left out),
//   one-script-tag files: the file plus every chunk it imports statically (not the languages, the 50m map
//   or the worker, which load on demand).
//   node scripts/sizes.mjs            (after npm run build)
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';
import { build } from 'esbuild';

const kB = (bytes) => (bytes / 1000).toFixed(1);
const brotli = (code) =>
  brotliCompressSync(code, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

const NPM_ENTRIES = {
  'dyn-usage-kit': "import 'dyn-usage-kit';",
  '/summary': "import 'dyn-usage-kit/summary';",
  '/source': "import 'dyn-usage-kit/source';",
  '/report': "import 'dyn-usage-kit/report';",
  '/core': "export * from 'dyn-usage-kit/core';",
  'UsageSummary via /react/summary': "export { UsageSummary } from 'dyn-usage-kit/react/summary';",
};

/** The entry's output and the chunks it imports statically (code split as an app's bundler does). */
async function npmEntry(code) {
  const result = await build({
    stdin: { contents: code, resolveDir: process.cwd(), loader: 'js', sourcefile: 'app.js' },
    bundle: true,
    splitting: true,
    minify: true,
    format: 'esm',
    outdir: 'out',
    write: false,
    metafile: true,
    external: ['react', 'react-dom', '@lit/react'],
    logLevel: 'silent',
  });
  const contents = new Map(
    result.outputFiles.map((file) => [file.path.slice(process.cwd().length + 1), file.contents]),
  );
  const outputs = result.metafile.outputs;
  const entry = Object.keys(outputs).find((path) => outputs[path].entryPoint === 'app.js');
  const seen = new Set();
  const visit = (path) => {
    if (seen.has(path)) return;
    seen.add(path);
    for (const imported of outputs[path].imports)
      if (imported.kind === 'import-statement' && !imported.external) visit(imported.path);
  };
  visit(entry);
  return [...seen].reduce((sum, path) => sum + brotli(contents.get(path)), 0);
}

/** A file of the one-script-tag build and the chunks it imports statically, each once. */
function staticClosure(file, seen = new Set()) {
  if (seen.has(file)) return seen;
  seen.add(file);
  const code = readFileSync(file, 'utf8');
  for (const [, path] of code.matchAll(
    /(?:^|[;}\s])(?:import|export)\s*(?:[^'"()]*?from\s*)?["'](\.[^"']+)["']/g,
  )) {
    staticClosure(join(dirname(file), path), seen);
  }
  return seen;
}

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
  rows.push([`npm ${entry}`, kB(await npmEntry(code))]);
for (const name of CDN_FILES) {
  const file = join('dist', name);
  if (!existsSync(file)) continue;
  const files = [...staticClosure(file)];
  const bytes = files.reduce((sum, path) => sum + brotli(readFileSync(path)), 0);
  rows.push([`dist/${name} (${files.length} file${files.length > 1 ? 's' : ''})`, kB(bytes)]);
}
const width = Math.max(...rows.map(([name]) => name.length));
for (const [name, size] of rows) console.log(`${name.padEnd(width)}  ${size.padStart(6)} kB`);
