import { setCustomElementsManifest } from '@storybook/web-components-vite';
import type { Preview } from '@storybook/web-components-vite';
// Written by `npm run manifest` (the storybook scripts run it first): each element's docs page lists its
// attributes, properties, events, parts and CSS custom properties from it, as the README's tables do.
import manifest from '../custom-elements.json' with { type: 'json' };
import { installSlowFetch } from '../stories/support/slow-fetch.js';

interface Manifest {
  modules: {
    declarations?: {
      members?: { kind: string; privacy?: string; static?: boolean; description?: string }[];
    }[];
  }[];
}

/**
 * The manifest with only the public API the README documents (scripts/api-tables.mjs keeps the same
 * members): fields without JSDoc are controllers and caches, not settings, and would be offered as controls.
 */
function publicApi(source: Manifest): Manifest {
  return {
    ...source,
    modules: source.modules.map((module) => ({
      ...module,
      declarations: module.declarations?.map((declaration) => ({
        ...declaration,
        members: declaration.members?.filter(
          (member) => !member.privacy && !member.static && Boolean(member.description),
        ),
      })),
    })),
  };
}

setCustomElementsManifest(publicApi(manifest));
installSlowFetch();

const preview: Preview = {
  tags: ['autodocs'],
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
