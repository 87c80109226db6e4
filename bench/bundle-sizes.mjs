// Bundle budget: each element entry, the one-script bundle and lit alone (the reference), bundled the way
// a user's bundler would (node-resolve, production conditions, terser), minified and gzipped.
// Reads dist/ (run `npm run build` first).
import { rollup } from 'rollup';
import json from '@rollup/plugin-json';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { gzipSync } from 'node:zlib';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

// Inside the repo, so the entries below resolve `lit` from this project's node_modules.
const scratch = 'node_modules/.cache/bench-sizes';
mkdirSync(scratch, { recursive: true });
const litOnly = join(scratch, 'lit-only.js');
// A minimal element using lit and its decorators, so lit is measured as an element pays for it.
writeFileSync(
  litOnly,
  [
    "import { LitElement, css, html } from 'lit';",
    "import { property, state } from 'lit/decorators.js';",
    'class LitReference extends LitElement {',
    '  static styles = css`:host { display: block; }`;',
    '  render() { return html`<p>${this.label} ${this.count}</p>`; }',
    '}',
    "property()(LitReference.prototype, 'label');",
    "state()(LitReference.prototype, 'count');",
    "customElements.define('lit-reference', LitReference);",
  ].join('\n'),
);
const allElements = join(scratch, 'all-elements.js');
writeFileSync(
  allElements,
  ['summary', 'geo', 'sku', 'subscriptions', 'distribution']
    .map((name) => `import '${process.cwd()}/dist/elements/${entryFolder(name)}/define.js';`)
    .join('\n'),
);

function entryFolder(name) {
  return { subscriptions: 'dyn-subscription-table' }[name] ?? `dyn-usage-${name}`;
}

// Stands in for the world map JSON, to measure the code without the map data.
const noMapData = {
  name: 'no-map-data',
  load(id) {
    return /world-atlas\/countries-\d+m\.json$/.test(id)
      ? '{"type":"Topology","objects":{"countries":{"type":"GeometryCollection","geometries":[]}},"arcs":[]}'
      : null;
  },
};

const ENTRIES = [
  ['lit + decorators (reference)', litOnly, []],
  ['dyn-usage-kit/summary', 'dist/elements/dyn-usage-summary/define.js', []],
  ['dyn-usage-kit/sku', 'dist/elements/dyn-usage-sku/define.js', []],
  ['dyn-usage-kit/distribution', 'dist/elements/dyn-usage-distribution/define.js', []],
  ['dyn-usage-kit/subscriptions', 'dist/elements/dyn-subscription-table/define.js', []],
  ['dyn-usage-kit/geo (with 110m map)', 'dist/elements/dyn-usage-geo/define.js', []],
  ['dyn-usage-kit/core', 'dist/core/index.js', []],
  ['all five elements, without map data', allElements, [noMapData]],
  ['dist/dyn-usage-kit.js (all, with 110m map)', 'dist/bundle.js', []],
];

async function size(input, extraPlugins) {
  const bundle = await rollup({
    input,
    onwarn: (warning) => {
      if (warning.code === 'UNRESOLVED_IMPORT') throw new Error(warning.message);
    },
    plugins: [
      ...extraPlugins,
      nodeResolve({ exportConditions: ['production'] }),
      json({ preferConst: true, compact: true }),
    ],
  });
  // Only the entry chunk: what loads up front. Dynamic chunks (the 50m map) load on demand.
  const { output } = await bundle.generate({
    format: 'es',
    plugins: [terser()],
    inlineDynamicImports: false,
  });
  await bundle.close();
  const entry = output.find((chunk) => chunk.type === 'chunk' && chunk.isEntry);
  const code = Buffer.from(entry.code);
  return { minified: code.length, gzipped: gzipSync(code, { level: 9 }).length };
}

export async function bundleSizes() {
  const rows = [];
  for (const [name, input, plugins] of ENTRIES) rows.push({ name, ...(await size(input, plugins)) });
  return rows;
}

const kB = (bytes) => (bytes / 1000).toFixed(1);
export function bundleSizesTable(rows) {
  return [
    '| entry | minified kB | gzipped kB |',
    '|---|---:|---:|',
    ...rows.map((row) => `| ${row.name} | ${kB(row.minified)} | ${kB(row.gzipped)} |`),
  ].join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(bundleSizesTable(await bundleSizes()));
}
