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
