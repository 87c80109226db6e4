// Bundle sizes (issue 20's "first load weight"): what a page runs at start from each npm entry, bundled by
// esbuild as an app's bundler would, with every chunk the entry imports statically (what loads on demand is
// not counted: languages, the map, the parser, downloads); and the one-script-tag file with its static chunks.
// Measured by scripts/first-load.mjs, as scripts/sizes.mjs does: minified, then brotli (quality 11) and gzip
// (level 9), each file on its own. Reads dist/ (run `npm run build:only` first).
import { appFirstLoad, scriptFirstLoad } from '../scripts/first-load.mjs';

/** The five sections of Partner Center's report, each its own npm entry. */
export const FIVE_SECTIONS = ['summary', 'geo', 'sku', 'subscriptions', 'distribution'];

/** A minimal element using lit and its decorators: lit as an element pays for it, for reference. */
const LIT_REFERENCE = [
  "import { LitElement, css, html } from 'lit';",
  "import { property, state } from 'lit/decorators.js';",
  'class LitReference extends LitElement {',
  '  static styles = css`:host { display: block; }`;',
  '  render() { return html`<p>${this.label} ${this.count}</p>`; }',
  '}',
  "property()(LitReference.prototype, 'label');",
  "state()(LitReference.prototype, 'count');",
  "customElements.define('lit-reference', LitReference);",
].join('\n');

const ENTRIES = [
  { name: 'lit + decorators (reference)', code: LIT_REFERENCE },
  ...FIVE_SECTIONS.map((section) => ({
    name: `dyn-usage-kit/${section}`,
    section,
    code: `import 'dyn-usage-kit/${section}';`,
  })),
  {
    name: 'the five sections, one page',
    five: true,
    code: FIVE_SECTIONS.map((s) => `import 'dyn-usage-kit/${s}';`).join(''),
  },
  { name: 'dyn-usage-kit/insights', code: "import 'dyn-usage-kit/insights';" },
  { name: 'dyn-usage-kit/source', code: "import 'dyn-usage-kit/source';" },
  { name: 'dyn-usage-kit/report', code: "import 'dyn-usage-kit/report';" },
  { name: 'dyn-usage-kit/core', code: "export * from 'dyn-usage-kit/core';" },
];

/** One row per entry: `{ name, files, minified, brotli, gzipped }`, `section` or `five` on the sections'. */
export async function bundleSizes() {
  const rows = [];
  for (const { code, ...row } of ENTRIES) {
    const { files, minified, brotli, gzip } = await appFirstLoad(code);
    rows.push({ ...row, files, minified, brotli, gzipped: gzip });
  }
  const { files, minified, brotli, gzip } = scriptFirstLoad('dist/dyn-usage-kit.js');
  rows.push({ name: 'dist/dyn-usage-kit.js (one script tag)', files, minified, brotli, gzipped: gzip });
  return rows;
}

const kB = (bytes) => (bytes / 1000).toFixed(1);
export function bundleSizesTable(rows) {
  return [
    '| entry | files at start | minified kB | min+brotli kB | min+gzip kB |',
    '|---|---:|---:|---:|---:|',
    ...rows.map(
      (row) =>
        `| ${row.name} | ${row.files ?? ''} | ${kB(row.minified)} | ${row.brotli === undefined ? '' : kB(row.brotli)} | ${kB(row.gzipped)} |`,
    ),
  ].join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(bundleSizesTable(await bundleSizes()));
}
