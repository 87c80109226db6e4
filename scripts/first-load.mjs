// What a page runs at start, in bytes: an app's imports of the kit bundled by esbuild as the app's bundler
// would (minified, code split), and the chunks its entry imports statically; or a file of the one-script-tag
// build and the chunks it imports statically. What loads on demand (languages, the map, the parser, the
// section menu's downloads, the report code of an export) is not counted. Each file is compressed on its own,
// as a server sends it. Shared by scripts/sizes.mjs and the bench (bench/bundle-sizes.mjs).
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { build } from 'esbuild';

/** Bytes after brotli at quality 11. */
export const brotli = (code) =>
  brotliCompressSync(code, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
/** Bytes after gzip at level 9. */
export const gzip = (code) => gzipSync(code, { level: 9 }).length;

/** `{ files, minified, brotli, gzip }` of some files' contents, each compressed on its own. */
export function sizesOf(contents) {
  const sum = (measure) => contents.reduce((total, code) => total + measure(code), 0);
  return {
    files: contents.length,
    minified: sum((code) => code.length),
    brotli: sum(brotli),
    gzip: sum(gzip),
  };
}

/**
 * What an app whose code is `code` (e.g. `import 'dyn-usage-kit/summary';`) runs at start: its sizes, and
 * `inputs`, the modules in those files (paths relative to `resolveDir`). React and @lit/react stay out.
 */
export async function appFirstLoad(code, { resolveDir = process.cwd(), tsconfig } = {}) {
  const result = await build({
    stdin: { contents: code, resolveDir, loader: 'js', sourcefile: 'app.js' },
    absWorkingDir: resolveDir,
    bundle: true,
    splitting: true,
    minify: true,
    format: 'esm',
    outdir: 'out',
    write: false,
    metafile: true,
    external: ['react', 'react-dom', '@lit/react'],
    logLevel: 'silent',
    ...(tsconfig ? { tsconfig } : {}),
  });
  const contents = new Map(
    result.outputFiles.map((file) => [file.path.slice(resolveDir.length + 1), file.contents]),
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
  const inputs = [...seen].flatMap((path) => Object.keys(outputs[path].inputs));
  return { ...sizesOf([...seen].map((path) => contents.get(path))), inputs };
}

/** A file of the one-script-tag build and the chunks it imports statically, each once. */
export function staticClosure(file, seen = new Set()) {
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

/** What a page with `<script type="module" src="file">` runs at start: the file and its static chunks. */
export function scriptFirstLoad(file) {
  return sizesOf([...staticClosure(file)].map((path) => readFileSync(path)));
}
