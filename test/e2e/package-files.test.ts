import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

// The files `npm publish` would ship (dist/ built by `npm run build:only` first).
const packed = JSON.parse(
  execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { encoding: 'utf8' }),
) as { files: { path: string }[] }[];
const files = packed[0]!.files.map((file) => file.path);

describe('the packed files', () => {
  // Maps that name src/*.ts without its text send Vite's dev server to files the package lacks
  // ("points to missing source files"), and debuggers to nothing.
  it('every source map carries the text of every source it names', () => {
    const maps = files.filter((path) => path.endsWith('.js.map'));
    assert.ok(maps.length > 100, `${maps.length} maps`);
    const lacking = maps.filter((path) => {
      const map = JSON.parse(readFileSync(path, 'utf8')) as { sources: string[]; sourcesContent?: string[] };
      return map.sources.some((_source, index) => typeof map.sourcesContent?.[index] !== 'string');
    });
    assert.deepEqual(lacking, []);
  });

  it("the bundles' source maps lead to src/*.ts, not to dist/*.js", () => {
    const map = JSON.parse(readFileSync('dist/dyn-usage-worker.js.map', 'utf8')) as { sources: string[] };
    assert.ok(map.sources.includes('../src/worker/parse-usage-worker.ts'), map.sources.join(', '));
    assert.deepEqual(
      map.sources.filter((source) => source.endsWith('.js') && !source.includes('node_modules')),
      [],
    );
  });

  it('THIRD_PARTY_LICENSES.txt ships with the notices of what the bundles include', () => {
    assert.ok(files.includes('dist/THIRD_PARTY_LICENSES.txt'));
    const text = readFileSync('dist/THIRD_PARTY_LICENSES.txt', 'utf8');
    for (const name of [
      'lit-html',
      '@lit/reactive-element',
      'd3-geo',
      'd3-zoom',
      'topojson-client',
      'world-atlas',
    ]) {
      assert.match(text, new RegExp(`^${name} \\d+\\.\\d+\\.\\d+ \\((ISC|BSD-3-Clause|MIT)\\)$`, 'm'), name);
    }
    assert.match(text, /Natural Earth/);
    // Nothing the bundles leave out: the CLI's and the tests' packages are not in them.
    assert.doesNotMatch(text, /^(react|typescript|udsv|d3-dsv) /m);
  });
});

interface Declaration {
  tagName?: string;
  internal?: boolean;
  cssParts?: { name: string }[];
  cssProperties?: { name: string; default?: string }[];
}
const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8')) as {
  modules: { path: string; declarations?: Declaration[] }[];
};
const elements = manifest.modules.flatMap((module) => module.declarations ?? []).filter((d) => d.tagName);
const element = (tag: string) => elements.find((declaration) => declaration.tagName === tag)!;
const SECTIONS = [
  'dyn-usage-summary',
  'dyn-usage-geo',
  'dyn-usage-sku',
  'dyn-subscription-table',
  'dyn-usage-distribution',
];
// Every tag not marked internal: the seven of the first release at least, and any added since.
const PUBLIC_TAGS = elements
  .filter((declaration) => !declaration.internal)
  .map((declaration) => declaration.tagName!);

describe('custom-elements.json and the editors’ data', () => {
  it('names only files the package ships (dist/*.js, not src/*.ts)', () => {
    const named = new Set(manifest.modules.map((module) => module.path));
    for (const match of JSON.stringify(manifest).matchAll(/"module":"([^"]+)"/g)) named.add(match[1]!);
    assert.deepEqual(
      [...named].filter((path) => !files.includes(path)),
      [],
    );
  });

  it('gives every section and the report the theme tokens, with the defaults tokens.ts sets', () => {
    for (const tag of [...SECTIONS, 'dyn-usage-report']) {
      const properties = new Map(
        element(tag).cssProperties!.map((property) => [property.name, property.default]),
      );
      assert.equal(properties.get('--dyn-usage-background'), '#ffffff', tag);
      assert.equal(properties.get('--dyn-usage-radius'), '8px', tag);
      assert.equal(properties.get('--dyn-usage-error-color'), '#b42318', tag);
    }
    assert.equal(new Map(element('dyn-usage-geo').cssProperties!.map((p) => [p.name, p])).size, 17);
  });

  it('lists the shared parts state and menu on every section, and marks the inner elements internal', () => {
    for (const tag of SECTIONS) {
      const parts = element(tag).cssParts!.map((part) => part.name);
      assert.ok(
        parts.includes('state') && parts.includes('menu') && parts.includes('frame'),
        `${tag}: ${parts}`,
      );
    }
    assert.deepEqual(
      elements
        .filter((declaration) => declaration.internal)
        .map((declaration) => declaration.tagName)
        .sort(),
      ['dyn-usage-section-menu', 'dyn-usage-sku-picker'],
    );
  });

  it('ships VS Code custom data and web-types for the public tags, found from package.json', () => {
    for (const tag of [...SECTIONS, 'dyn-usage-source', 'dyn-usage-report'])
      assert.ok(PUBLIC_TAGS.includes(tag), tag);
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as {
      'web-types': string;
      customData: { html: string[] };
    };
    const vsCodePath = pkg.customData.html[0]!.replace(/^\.\//, '');
    const webTypesPath = pkg['web-types'].replace(/^\.\//, '');
    assert.ok(files.includes(vsCodePath) && files.includes(webTypesPath));
    const vsCode = JSON.parse(readFileSync(vsCodePath, 'utf8')) as {
      tags: { name: string; attributes: { name: string; values?: { name: string }[] }[] }[];
    };
    assert.deepEqual(vsCode.tags.map((tag) => tag.name).sort(), [...PUBLIC_TAGS].sort());
    const theme = vsCode.tags[0]!.attributes.find((attribute) => attribute.name === 'theme');
    assert.deepEqual(theme?.values, [{ name: 'light' }, { name: 'dark' }]);
    const webTypes = JSON.parse(readFileSync(webTypesPath, 'utf8')) as {
      contributions: { html: { elements: { name: string; js: { events: { name: string }[] } }[] } };
    };
    const summary = webTypes.contributions.html.elements.find((e) => e.name === 'dyn-usage-summary')!;
    assert.deepEqual(summary.js.events.map((event) => event.name).sort(), [
      'dyn-usage-error',
      'dyn-usage-load',
    ]);
    assert.equal(webTypes.contributions.html.elements.length, PUBLIC_TAGS.length);
  });
});
