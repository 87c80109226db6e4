import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { copyFileSync, readdirSync, readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { extname, join, relative, resolve } from 'node:path';
import type * as Esbuild from 'esbuild';
import type { Browser } from 'playwright-core';
import { launchChromium, serveFiles, watchedPage } from './browser-page.js';
import type { ServedFiles } from './browser-page.js';
import { CONSUMER_ROOT, ensureToolchain, freshApp, installPackedKit } from './consumer-toolchain.js';
import { typeCheckEntries, typedEntryFiles } from './consumer-types.js';

// The kit as its users get it: `npm pack`ed, installed into fresh apps, built with Vite, webpack 5 and
// esbuild (pinned in consumer-toolchain.ts), served as static files and opened in Chromium. Each app reads
// the hand export (test/fixtures/hand-export.csv): available seats are 10 (S1), 10 + 5 (S1, S2) and
// 12 + 5 + 20 (S1, S2, S3) in 2026-01..03, after nine empty months of the default 12-month window.
const AVAILABLE = [0, 0, 0, 0, 0, 0, 0, 0, 0, 10, 15, 37];

/** The page of every app: where its loads are recorded, and the sections it shows. */
function page(sections: string, script: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,">
<script>
  window.loads = [];
  document.addEventListener('dyn-usage-load', (event) => {
    window.loads.push(event.detail.parsedIn + (event.detail.fallbackReason ? ': ' + event.detail.fallbackReason : ''));
  });
</script></head><body>
${sections}
${script}
</body></html>`;
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.map': 'application/json',
};

/** Every file a build wrote, served from `/`, and the hand export at /hand-export.csv. */
function builtFiles(dir: string): ServedFiles {
  const files: ServedFiles = {
    '/hand-export.csv': ['text/csv', readFileSync('test/fixtures/hand-export.csv')],
  };
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    const url = `/${relative(dir, path).replaceAll('\\', '/')}`;
    files[url === '/index.html' ? '/' : encodeURI(url)] = [
      CONTENT_TYPES[extname(path)] ?? 'application/octet-stream',
      readFileSync(path),
    ];
  }
  return files;
}

/** The emitted JavaScript of a build, all files together. */
function builtJavaScript(files: ServedFiles): string {
  return Object.entries(files)
    .filter(([url]) => url.endsWith('.js'))
    .map(([, [, body]]) => Buffer.from(body).toString('utf8'))
    .join('\n');
}

function run(command: string, args: string[], cwd: string): void {
  execFileSync(process.execPath, [join(CONSUMER_ROOT, 'node_modules', command), ...args], {
    cwd,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

let browser: Browser;
const servers: Server[] = [];

before(async () => {
  ensureToolchain();
  installPackedKit();
  browser = await launchChromium();
});
after(async () => {
  await browser?.close();
  for (const server of servers) server.close();
});

interface Opened {
  statuses: Record<string, string>;
  /** Where each `dyn-usage-load` said the export was parsed (and why not in a worker), each once. */
  parsedIn: string[];
  available: number[];
  problems: { violations: string[]; errors: string[]; failed: string[] };
}

/** Serves a build on a free local port, until the tests end. */
async function serve(files: ServedFiles): Promise<string> {
  const { server, origin } = await serveFiles(files);
  servers.push(server);
  return origin;
}

/** Opens an app in Chromium and waits for `tags` to settle. */
async function open(origin: string, tags: string[]): Promise<Opened> {
  const { page, problems } = await watchedPage(browser);
  const failed: string[] = [];
  page.on('response', (response) => {
    if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
  });
  page.on('requestfailed', (request) => failed.push(`failed ${request.url()}`));
  await page.goto(`${origin}/`);
  await page.waitForFunction(
    (names) =>
      names.every((tag) =>
        ['ready', 'error', 'empty'].includes(
          (document.querySelector(tag) as (Element & { status?: string }) | null)?.status ?? '',
        ),
      ),
    tags,
    { timeout: 30000 },
  );
  const seen = await page.evaluate(
    (names) => ({
      statuses: Object.fromEntries(
        names.map((tag) => [tag, (document.querySelector(tag) as Element & { status?: string }).status!]),
      ),
      parsedIn: [...new Set((window as unknown as { loads: string[] }).loads)],
      available: (
        document.querySelector('dyn-usage-summary') as Element & { section: { available: number[] } }
      ).section.available,
    }),
    tags,
  );
  await page.close();
  return { ...seen, problems: { ...problems, failed } };
}

function ready(tags: string[]): Record<string, string> {
  return Object.fromEntries(tags.map((tag) => [tag, 'ready']));
}

/** The part of Vite's dev server used here. */
interface ViteDevServer {
  listen(): Promise<unknown>;
  close(): Promise<void>;
  resolvedUrls: { local: string[] } | null;
}

const NOTHING_WRONG = { violations: [], errors: [], failed: [] };

describe('the packed kit in apps built with bundlers', () => {
  it('Vite: per-element entries, one source shared by two sections, parsed in the worker Vite built', async () => {
    const tags = ['dyn-usage-source', 'dyn-usage-summary', 'dyn-usage-sku'];
    const dir = freshApp('vite', {
      'index.html': page(
        `<dyn-usage-source id="usage" src="/hand-export.csv"></dyn-usage-source>
<dyn-usage-summary source="usage"></dyn-usage-summary>
<dyn-usage-sku source="usage"></dyn-usage-sku>`,
        '<script type="module" src="/main.js"></script>',
      ),
      'main.js':
        "import 'dyn-usage-kit/source';\nimport 'dyn-usage-kit/summary';\nimport 'dyn-usage-kit/sku';\n",
    });
    run('vite/bin/vite.js', ['build', '--logLevel', 'error'], dir);
    const files = builtFiles(join(dir, 'dist'));
    const opened = await open(await serve(files), tags);
    assert.deepEqual(opened.statuses, ready(tags));
    assert.deepEqual(opened.parsedIn, ['worker']);
    assert.deepEqual(opened.available, AVAILABLE);
    assert.deepEqual(opened.problems, NOTHING_WRONG);
  });

  it('Vite + React: dyn-usage-kit/react/summary renders the section, parsed in the worker', async () => {
    const dir = freshApp('vite-react', {
      'index.html': page('<div id="root"></div>', '<script type="module" src="/main.jsx"></script>'),
      'main.jsx': `import { createRoot } from 'react-dom/client';
import { UsageSummary } from 'dyn-usage-kit/react/summary';
createRoot(document.getElementById('root')).render(<UsageSummary src="/hand-export.csv" />);
`,
      // Vite's own esbuild step compiles the JSX; no plugin needed for a production build.
      'vite.config.mjs': "export default { esbuild: { jsx: 'automatic' } };\n",
    });
    run('vite/bin/vite.js', ['build', '--logLevel', 'error'], dir);
    const opened = await open(await serve(builtFiles(join(dir, 'dist'))), ['dyn-usage-summary']);
    assert.deepEqual(opened.statuses, ready(['dyn-usage-summary']));
    assert.deepEqual(opened.parsedIn, ['worker']);
    assert.deepEqual(opened.available, AVAILABLE);
    assert.deepEqual(opened.problems, NOTHING_WRONG);
  });

  it('webpack 5: the main entry, the worker built as a chunk, no file:// path baked in', async () => {
    const tags = ['dyn-usage-summary', 'dyn-subscription-table'];
    const dir = freshApp('webpack', {
      'src/index.js': "import 'dyn-usage-kit';\n",
      'dist/index.html': page(
        `<dyn-usage-summary src="/hand-export.csv"></dyn-usage-summary>
<dyn-subscription-table src="/hand-export.csv"></dyn-subscription-table>`,
        '<script type="module" src="/main.js"></script>',
      ),
    });
    run('webpack-cli/bin/cli.js', ['--mode', 'production'], dir);
    const files = builtFiles(join(dir, 'dist'));
    assert.doesNotMatch(builtJavaScript(files), /file:\/\//);
    const opened = await open(await serve(files), tags);
    assert.deepEqual(opened.statuses, ready(tags));
    assert.deepEqual(opened.parsedIn, ['worker']);
    assert.deepEqual(opened.available, AVAILABLE);
    assert.deepEqual(opened.problems, NOTHING_WRONG);
  });

  it('esbuild: the worker copied next to the bundle is found by the same relative URL', async () => {
    const dir = freshApp('esbuild', {
      'main.js': "import 'dyn-usage-kit/summary';\n",
      'dist/index.html': page(
        '<dyn-usage-summary src="/hand-export.csv"></dyn-usage-summary>',
        '<script type="module" src="/main.js"></script>',
      ),
    });
    // The app's own esbuild, typed as this repository's (the same version).
    const esbuild = (await import(join(CONSUMER_ROOT, 'node_modules/esbuild/lib/main.js'))) as typeof Esbuild;
    const result = await esbuild.build({
      absWorkingDir: dir,
      entryPoints: ['main.js'],
      bundle: true,
      format: 'esm',
      minify: true,
      outdir: 'dist',
      metafile: true,
      logLevel: 'silent',
    });
    copyFileSync(
      join(CONSUMER_ROOT, 'node_modules/dyn-usage-kit/dist/dyn-usage-worker.js'),
      join(dir, 'dist/dyn-usage-worker.js'),
    );
    // Everything came from the app's own install, none from this repository's node_modules.
    const elsewhere = Object.keys(result.metafile.inputs)
      .map((input) => resolve(dir, input))
      .filter((path) => !path.startsWith(CONSUMER_ROOT));
    assert.deepEqual(elsewhere, []);
    const opened = await open(await serve(builtFiles(join(dir, 'dist'))), ['dyn-usage-summary']);
    assert.deepEqual(opened.statuses, ready(['dyn-usage-summary']));
    assert.deepEqual(opened.parsedIn, ['worker']);
    assert.deepEqual(opened.available, AVAILABLE);
    assert.deepEqual(opened.problems, NOTHING_WRONG);
  });
  it('Rollup: the main entry, JSON by @rollup/plugin-json, the worker emitted by an import.meta asset plugin', async () => {
    const tags = ['dyn-usage-source', 'dyn-usage-summary', 'dyn-usage-geo'];
    const dir = freshApp('rollup', {
      'main.js': "import 'dyn-usage-kit';\n",
      // The README's Rollup recipe: the worker is one self-contained file, so emitting it as is suffices.
      'rollup.config.mjs': `import json from '@rollup/plugin-json';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import { importMetaAssets } from '@web/rollup-plugin-import-meta-assets';
export default {
  input: 'main.js',
  output: { dir: 'dist', format: 'es' },
  plugins: [nodeResolve({ browser: true }), json(), importMetaAssets()],
};
`,
      'dist/index.html': page(
        `<dyn-usage-source id="usage" src="/hand-export.csv"></dyn-usage-source>
<dyn-usage-summary source="usage"></dyn-usage-summary>
<dyn-usage-geo source="usage"></dyn-usage-geo>`,
        '<script type="module" src="/main.js"></script>',
      ),
    });
    run('rollup/dist/bin/rollup', ['-c', '--silent'], dir);
    const files = builtFiles(join(dir, 'dist'));
    const workers = Object.keys(files).filter((url) => /^\/assets\/dyn-usage-worker-.*\.js$/.test(url));
    assert.equal(workers.length, 1, Object.keys(files).join(', '));
    const opened = await open(await serve(files), tags);
    assert.deepEqual(opened.statuses, ready(tags));
    assert.deepEqual(opened.parsedIn, ['worker']);
    assert.deepEqual(opened.available, AVAILABLE);
    assert.deepEqual(opened.problems, NOTHING_WRONG);
  });

  it("Vite's dev server, with the kit left out of pre-bundling as the README says", async () => {
    const tags = ['dyn-usage-summary'];
    const dir = freshApp('vite-dev', {
      'index.html': page(
        '<dyn-usage-summary src="/hand-export.csv"></dyn-usage-summary>',
        '<script type="module" src="/main.js"></script>',
      ),
      'main.js': "import 'dyn-usage-kit/summary';\n",
      'public/hand-export.csv': readFileSync('test/fixtures/hand-export.csv', 'utf8'),
      'vite.config.mjs': "export default { optimizeDeps: { exclude: ['dyn-usage-kit'] } };\n",
    });
    const vite = (await import(join(CONSUMER_ROOT, 'node_modules/vite/dist/node/index.js'))) as {
      createServer(config: object): Promise<ViteDevServer>;
      createLogger(level: string): Record<string, unknown>;
    };
    // Vite's warnings, kept: a source map naming src/*.ts without its text (not in the package) warns
    // "points to missing source files" once per module.
    const warnings: string[] = [];
    const keep = (message: string) => void warnings.push(message);
    const server = await vite.createServer({
      root: dir,
      logLevel: 'warn',
      customLogger: { ...vite.createLogger('warn'), warn: keep, warnOnce: keep },
      server: { host: '127.0.0.1', port: 0, strictPort: false, hmr: false },
    });
    try {
      await server.listen();
      const opened = await open(server.resolvedUrls!.local[0]!.replace(/\/$/, ''), tags);
      assert.deepEqual(opened.statuses, ready(tags));
      assert.deepEqual(opened.parsedIn, ['worker']);
      assert.deepEqual(opened.available, AVAILABLE);
      assert.deepEqual(opened.problems, NOTHING_WRONG);
      assert.deepEqual(warnings, []);
    } finally {
      await server.close();
    }
  });
});

describe("the packed kit's types in a strict TypeScript app", () => {
  // Each entry alone: its .d.ts reach the kit's event map and import nothing from a devDependency.
  it('every entry type-checks with skipLibCheck', () => {
    const dir = freshApp('types-skip-lib-check', typedEntryFiles());
    assert.deepEqual(typeCheckEntries(dir, true), {});
  });

  it('every entry type-checks without skipLibCheck (the .d.ts themselves are checked)', () => {
    const dir = freshApp('types-lib-check', typedEntryFiles());
    assert.deepEqual(typeCheckEntries(dir, false), {});
  });
});
