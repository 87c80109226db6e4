import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

interface Manifest {
  repository?: { url?: string };
  homepage?: string;
  bugs?: { url?: string };
  keywords?: string[];
  dependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
  peerDependenciesMeta?: Record<string, { optional?: boolean }>;
}

const read = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as Manifest;
const kit = read('package.json');

describe('package.json', () => {
  it('says where the code, the docs and the issues are, and what the package is about', () => {
    assert.match(kit.repository?.url ?? '', /^git\+https:\/\/.+\.git$/);
    assert.match(kit.homepage ?? '', /^https:\/\//);
    assert.match(kit.bugs?.url ?? '', /^https:\/\/.+\/issues$/);
    assert.ok((kit.keywords ?? []).includes('web-components'));
  });

  // npm installs a dependency's required peers too: @lit/react's peer @types/react would land in every
  // app, React or not, and its global types with it. Such dependencies must be optional peers of the kit.
  it('no dependency requires a peer the kit does not declare optional (as @lit/react requires @types/react)', () => {
    const required: string[] = [];
    for (const name of Object.keys(kit.dependencies ?? {})) {
      const dependency = read(`node_modules/${name}/package.json`);
      for (const peer of Object.keys(dependency.peerDependencies ?? {})) {
        const optional = dependency.peerDependenciesMeta?.[peer]?.optional ?? false;
        // A peer the kit depends on itself (d3-transition's d3-selection) adds nothing to the install.
        if (!optional && !(peer in (kit.dependencies ?? {}))) required.push(`${name} → ${peer}`);
      }
    }
    assert.deepEqual(required, []);
    assert.equal(kit.peerDependenciesMeta?.['@lit/react']?.optional, true);
  });
});
