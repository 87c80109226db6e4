import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

describe('README API tables', () => {
  it('match the custom elements manifest generated from the code (run `npm run docs` to update)', () => {
    // The analyzer resolves --outdir against the working directory: keep it inside the repo, ignored.
    const outdir = 'node_modules/.cache/cem-check';
    const analyze = spawnSync(
      process.execPath,
      [
        'node_modules/@custom-elements-manifest/analyzer/cem.js',
        'analyze',
        '--config',
        'custom-elements-manifest.config.mjs',
        '--outdir',
        outdir,
        '--quiet',
      ],
      { encoding: 'utf8' },
    );
    assert.equal(analyze.status, 0, analyze.stderr);
    const manifest = join(outdir, 'custom-elements.json');
    const tags = JSON.parse(readFileSync(manifest, 'utf8'))
      .modules.flatMap((m: { declarations?: { tagName?: string }[] }) => m.declarations ?? [])
      .map((d: { tagName?: string }) => d.tagName)
      .filter(Boolean);
    assert.ok(tags.includes('dyn-usage-summary'));
    const checked = spawnSync(process.execPath, ['scripts/api-tables.mjs', manifest, '--check'], {
      encoding: 'utf8',
    });
    assert.equal(checked.status, 0, checked.stderr);
  });
});
