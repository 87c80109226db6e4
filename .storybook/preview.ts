import type { Preview } from '@storybook/web-components-vite';
import { installSlowFetch } from '../stories/support/slow-fetch.js';

installSlowFetch();

const preview: Preview = {
  parameters: {
    controls: { expanded: true },
    backgrounds: {
      options: {
        light: { name: 'Light', value: '#eef1f4' },
        dark: { name: 'Dark', value: '#0d1014' },
      },
    },
  },
  initialGlobals: { backgrounds: { value: 'light' } },
};

export default preview;
