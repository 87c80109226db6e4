// Bundles the bench pages with esbuild: bench.js (bench/page/main.ts and the kit sources it imports, the
// way a user's bundler would ship the kit: production lit, minified) and load.js (the load measurement
// alone; its page takes the elements from dist/). Output goes under node_modules/.cache so that neither
// git nor the project's linters see it.
import { build } from 'esbuild';
import { copyFileSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const PAGE_DIR = fileURLToPath(new URL('../node_modules/.cache/dyn-usage-bench/', import.meta.url));

export async function buildPage() {
  mkdirSync(PAGE_DIR, { recursive: true });
  await build({
    entryPoints: {
      bench: fileURLToPath(new URL('page/main.ts', import.meta.url)),
      load: fileURLToPath(new URL('page/load-main.ts', import.meta.url)),
    },
    outdir: PAGE_DIR,
    bundle: true,
    format: 'esm',
    target: 'es2022',
    minify: true,
    sourcemap: false,
    conditions: ['production'],
    tsconfig: fileURLToPath(new URL('../tsconfig.json', import.meta.url)),
    logLevel: 'warning',
  });
  for (const page of ['index.html', 'load.html']) {
    copyFileSync(fileURLToPath(new URL(`page/${page}`, import.meta.url)), `${PAGE_DIR}${page}`);
  }
  return PAGE_DIR;
}
