// `npm run manifest` writes custom-elements.json from the element classes' JSDoc (@attr, @prop, @fires,
// @csspart, @cssprop, @slot); the README's API tables are generated from it (scripts/api-tables.mjs), and
// so are the editors' data files (scripts/editor-data.mjs: VS Code custom data, JetBrains web-types).
import { readFileSync } from 'node:fs';
import { posix } from 'node:path';

/**
 * Tags the kit registers for its own shadow roots: never written by a page, so marked `internal` (the
 * editors' data, the README and Storybook leave them out).
 */
const INTERNAL_TAGS = ['dyn-usage-sku-picker', 'dyn-usage-section-menu'];

/**
 * What each theme token means. Names and defaults are read from src/styles/tokens.ts (the one place they
 * are set); a token without a description here stops the build, so none goes undocumented.
 */
const TOKEN_DESCRIPTIONS = {
  '--dyn-usage-font': 'Font family.',
  '--dyn-usage-background': 'Card background.',
  '--dyn-usage-surface': 'Tiles, table headers and other raised surfaces.',
  '--dyn-usage-text': 'Text colour.',
  '--dyn-usage-muted': 'Secondary text: axis labels, notes, captions.',
  '--dyn-usage-border': 'Borders and dividers.',
  '--dyn-usage-grid': 'Chart gridlines.',
  '--dyn-usage-accent': 'Links, selected items and primary buttons.',
  '--dyn-usage-focus': 'Focus rings.',
  '--dyn-usage-available-color': 'Available seats series.',
  '--dyn-usage-assigned-color': 'Assigned seats series.',
  '--dyn-usage-active-color': 'Active seats series.',
  '--dyn-usage-up-color': 'Rises (month-over-month changes).',
  '--dyn-usage-down-color': 'Falls (month-over-month changes).',
  '--dyn-usage-error-color': 'Error messages.',
  '--dyn-usage-radius': 'Corner radius of cards and controls.',
};

/** `--dyn-usage-*` tokens with their light and dark defaults, as tokens.ts sets them. */
function themeTokens() {
  const text = readFileSync('src/styles/tokens.ts', 'utf8');
  const [darkPart, lightPart] = text.split('export const tokenStyles');
  const defaults = (part) =>
    new Map(
      [...part.matchAll(/var\(\s*(--dyn-usage-[a-z-]+),\s*([^;]+?)\s*\);/g)].map(([, name, value]) => [
        name,
        value.replace(/\s+/g, ' '),
      ]),
    );
  const light = defaults(lightPart);
  const dark = defaults(darkPart);
  return [...light].map(([name, value]) => {
    const description = TOKEN_DESCRIPTIONS[name];
    if (!description)
      throw new Error(`${name} (src/styles/tokens.ts) has no description in TOKEN_DESCRIPTIONS`);
    const darkNote = dark.has(name) ? ` Dark default: ${dark.get(name)}.` : '';
    return {
      name,
      default: value,
      description: `${description}${darkNote}`,
      inheritedFrom: { name: 'tokenStyles', module: 'dist/styles/tokens.js' },
    };
  });
}

/** A module path or reference as the package has it: src/x.ts → dist/x.js, relative ones resolved first. */
function inDist(path, fromModule) {
  const resolved = /^\.\.?\//.test(path) ? posix.join(posix.dirname(fromModule), path) : path;
  return resolved
    .replace(/^\//, '')
    .replace(/^src\//, 'dist/')
    .replace(/\.ts$/, '.js');
}

function rewriteModules(value, fromModule) {
  if (Array.isArray(value)) for (const item of value) rewriteModules(item, fromModule);
  else if (value && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) {
      if (key === 'module' && typeof child === 'string') value[key] = inDist(child, fromModule);
      else rewriteModules(child, fromModule);
    }
  }
}

/**
 * The manifest as published: paths of the package's dist/ files (src/ is not shipped), the theme tokens
 * on every element that reads them (each section and the report, through tokens.ts), internal elements
 * marked `internal`.
 */
function packagePlugin() {
  return {
    name: 'dyn-usage-kit-package',
    packageLinkPhase({ customElementsManifest: manifest }) {
      const tokens = themeTokens();
      for (const module of manifest.modules) {
        const source = module.path;
        rewriteModules(module, source);
        module.path = inDist(source, source);
        for (const declaration of module.declarations ?? []) {
          if (!declaration.tagName) continue;
          if (INTERNAL_TAGS.includes(declaration.tagName)) {
            declaration.internal = true;
            continue;
          }
          const readsTokens =
            declaration.superclass?.name === 'UsageSectionElement' ||
            declaration.tagName === 'dyn-usage-report';
          if (!readsTokens) continue;
          const own = new Map((declaration.cssProperties ?? []).map((property) => [property.name, property]));
          // An element's own line says what the token colours there; the default stays tokens.ts's.
          declaration.cssProperties = [
            ...tokens.map((token) =>
              own.has(token.name) ? { ...own.get(token.name), default: token.default } : token,
            ),
            ...[...own.values()].filter((property) => !tokens.some((token) => token.name === property.name)),
          ];
        }
      }
    },
  };
}

export default {
  globs: ['src/elements/**/*.ts'],
  exclude: ['src/**/*.styles.ts', 'src/**/*.test.ts'],
  outdir: '.',
  litelement: true,
  packagejson: false,
  plugins: [packagePlugin()],
};
