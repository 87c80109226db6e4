// Issue 20's first load weight, guarded by content rather than by a figure: a page with one section runs at
// start only that section's words and code. Each entry is bundled from src/ by esbuild as an app would
// (scripts/first-load.mjs, the measure of scripts/sizes.mjs and the bench); what its entry imports
// statically must not hold the map, d3's modules, the parser, the report code of an export, the downloads or
// another section's English. Sizes themselves are in bench/RESULTS.md (npm run bench).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { appFirstLoad } from '../../scripts/first-load.mjs';

const startOf = async (...entries: string[]): Promise<string[]> =>
  (
    await appFirstLoad(entries.map((entry) => `import './src/entries/${entry}.ts';`).join('\n'), {
      tsconfig: 'tsconfig.json',
    })
  ).inputs;

/** The modules of `inputs` that match any of `patterns`. */
const found = (inputs: readonly string[], patterns: readonly RegExp[]): string[] =>
  inputs.filter((input) => patterns.some((pattern) => pattern.test(input)));

const ENGLISH = (...parts: string[]) => parts.map((part) => new RegExp(`src/i18n/locales/en/${part}\\.ts$`));

/** What no section runs at start: each loads when needed. */
const LATER = [
  /node_modules\/world-atlas\//, // the map, with the geography section's map code
  /node_modules\/d3-/, // d3-geo and d3-zoom with the map; lines and scales are written out in src/charts
  /node_modules\/topojson-client\//,
  /src\/load\/(parse-in-worker|parse-on-main-thread|parse-usage-off-thread)\.ts$/, // the parser, for src
  /src\/table\/read-usage-table\.ts$/,
  /src\/data\/markets\.ts$/, // the market table: the parser's and the map's
  /src\/core\/(compute-report|cube-from-table)\.ts$/, // an export's report code, with its rows
  /src\/core\/insights\//,
  /src\/load\/is-usage-report\.ts$/, // the report document check, with the first document
  /src\/elements\/shared\/(section-downloads|chart-export)\.ts$/, // the menu's downloads, with the figures
  /src\/i18n\/locales\/(?!en\/)/, // other languages
];

describe('first load', () => {
  it('/summary runs none of the map, d3, the parser, report code, downloads or other sections’ English', async () => {
    const inputs = await startOf('summary');
    assert.ok(inputs.includes('src/elements/dyn-usage-summary/dyn-usage-summary.ts'), 'the section itself');
    assert.ok(inputs.includes('src/i18n/locales/en/summary.ts'), 'its English');
    const others = ENGLISH('geo', 'sku', 'subscriptions', 'distribution', 'report', 'insights');
    assert.deepEqual(found(inputs, [...LATER, ...others]), []);
  });

  it('/geo runs its English and grid but not the map: atlas, d3-geo, d3-zoom load when the map is drawn', async () => {
    const inputs = await startOf('geo');
    assert.ok(inputs.includes('src/i18n/locales/en/geo.ts'));
    assert.ok(inputs.includes('src/elements/dyn-usage-geo/country-grid.ts'));
    const mapCode = [
      /src\/charts\/geo-(atlas|projection)\.ts$/,
      /src\/elements\/dyn-usage-geo\/map-zoom\.ts$/,
    ];
    assert.deepEqual(found(inputs, [...LATER, ...mapCode, ...ENGLISH('summary', 'sku', 'report')]), []);
  });

  for (const section of ['sku', 'distribution']) {
    it(`/${section} runs none of what loads later`, async () => {
      assert.deepEqual(found(await startOf(section), LATER), []);
    });
  }

  it('the five sections on one page still leave the map, d3 and the parser for later', async () => {
    const inputs = await startOf('summary', 'geo', 'sku', 'subscriptions', 'distribution');
    const parser = LATER.slice(0, 5);
    assert.deepEqual(found(inputs, parser), []);
  });
});
