import type { StorybookConfig } from '@storybook/web-components-vite';
import type { Plugin } from 'vite';

/**
 * In a built Storybook the elements' modules are bundled into chunks, so the parser worker is not
 * beside `parse-worker-url` as it is in src/ and dist/: this points it at the worker vite bundles
 * (`?worker&url`), so stories parse off the main thread as a page does. The dev server needs none of
 * this: it serves src/ as it is.
 */
function parserWorkerInBuild(): Plugin {
  return {
    name: 'dyn-usage-parser-worker',
    apply: 'build',
    enforce: 'pre',
    load(id) {
      if (!id.replaceAll('\\', '/').endsWith('/src/worker/parse-worker-url.ts')) return null;
      return [
        "import workerUrl from './parse-usage-worker.ts?worker&url';",
        'export function parseWorkerUrl() {',
        '  return new URL(workerUrl, document.baseURI);',
        '}',
      ].join('\n');
    },
  };
}

const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-a11y', '@storybook/addon-docs'],
  framework: '@storybook/web-components-vite',
  // The sample export, served at /data/… so stories load it with `src` like a host page would.
  staticDirs: [{ from: '../demo/data', to: '/data' }],
  core: { disableTelemetry: true },
  viteFinal: (vite) => ({
    ...vite,
    plugins: [...(vite.plugins ?? []), parserWorkerInBuild()],
    // The worker is a module worker (`type: 'module'`).
    worker: { ...vite.worker, format: 'es' },
  }),
};
export default config;
