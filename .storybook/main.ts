import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-a11y', '@storybook/addon-docs'],
  framework: '@storybook/web-components-vite',
  // The sample export, served at /data/… so stories load it with `src` like a host page would.
  staticDirs: [{ from: '../demo/data', to: '/data' }],
  core: { disableTelemetry: true },
  // Vite builds the parser worker from the pattern in src/start-parser-worker.ts, as in an app.
  viteFinal: (vite) => ({
    ...vite,
    // The worker is a module worker (`type: 'module'`).
    worker: { ...vite.worker, format: 'es' },
  }),
};
export default config;
