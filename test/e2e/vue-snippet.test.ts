import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Server } from 'node:http';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { build } from 'esbuild';
import type { Plugin } from 'esbuild';
import { compileScript, parse } from 'vue/compiler-sfc';
import type { Browser } from 'playwright-core';
import { appPage, launchChromium, serveFiles, watchedPage } from './browser-page.js';

// The README's Vue 3 example (test/e2e/vue-page/App.vue): the single-file component compiled with the
// compiler option the README gives (isCustomElement), as @vitejs/plugin-vue would, then bundled and run
// in Chromium. It checks the snippet's bindings: a property (`:report.prop`), an attribute, an event.
let server: Server;
let browser: Browser;
let origin: string;

/** Compiles `.vue` files: script setup with its template inlined, custom elements left to the browser. */
const vueFiles: Plugin = {
  name: 'vue-sfc',
  setup(esbuild) {
    esbuild.onLoad({ filter: /\.vue$/ }, (args) => {
      const { descriptor, errors } = parse(readFileSync(args.path, 'utf8'), { filename: args.path });
      if (errors.length) throw new Error(errors.map(String).join('\n'));
      const script = compileScript(descriptor, {
        id: 'app',
        inlineTemplate: true,
        templateOptions: { compilerOptions: { isCustomElement: (tag) => tag.startsWith('dyn-') } },
      });
      return { contents: script.content, loader: 'js', resolveDir: resolve('test/e2e/vue-page') };
    });
  },
};

before(async () => {
  const bundle = await build({
    entryPoints: ['test/e2e/vue-page/main.ts'],
    bundle: true,
    write: false,
    format: 'esm',
    alias: { 'dyn-usage-kit/sku': './src/elements/dyn-usage-sku/define.ts' },
    define: {
      'process.env.NODE_ENV': '"production"',
      __VUE_OPTIONS_API__: 'false',
      __VUE_PROD_DEVTOOLS__: 'false',
      __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
    },
    conditions: ['production'],
    plugins: [vueFiles],
    tsconfigRaw: { compilerOptions: { experimentalDecorators: true, useDefineForClassFields: false } },
    logLevel: 'silent',
  });
  ({ server, origin } = await serveFiles({
    '/': appPage('app'),
    '/main.js': ['text/javascript', bundle.outputFiles[0]!.contents],
    '/report.json': ['application/json', readFileSync('test/fixtures/hand-report.json')],
  }));
  browser = await launchChromium();
});
after(async () => {
  await browser?.close();
  server?.close();
});

describe("the README's Vue 3 example", () => {
  it('sets the report as a property, theme as an attribute, and hears dyn-usage-sku-change', async () => {
    const { page, problems } = await watchedPage(browser);
    await page.goto(origin);
    const sku = page.locator('dyn-usage-sku');
    await page.waitForFunction(() => document.querySelector('dyn-usage-sku')?.status === 'ready', null, {
      timeout: 20000,
    });
    // A property, not an attribute: Vue would otherwise write "[object Object]" into one.
    assert.equal(await sku.evaluate((el) => el.hasAttribute('report')), false);
    assert.equal(await sku.getAttribute('theme'), 'dark');
    // The hand report's SKU trends (test/fixtures/hand-report.json), in its order: Sales, then Finance.
    const skus = await sku.evaluate((el) =>
      (el as HTMLElement & { section: { sku: string }[] }).section.map((t) => t.sku),
    );
    assert.deepEqual(skus, ['Sales', 'Finance']);
    // The visible "compare SKUs" switch: the first SKU stays picked, the metric is the default one.
    await sku.locator('input[name="view"]').nth(1).check();
    await page.waitForFunction(() => window.skuChange !== undefined);
    assert.deepEqual(await page.evaluate(() => window.skuChange), {
      sku: 'Sales',
      mode: 'compare',
      metric: 'available',
    });
    assert.deepEqual(problems, { violations: [], errors: [] });
    await page.close();
  });
});

declare global {
  interface Window {
    skuChange?: unknown;
  }
}
