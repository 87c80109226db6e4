// The folders of src/ are pipeline stages; imports between them must point one way. ESLint's
// no-restricted-imports (eslint.config.js) names the arrows each folder may not take; this test reads
// every import in src/ and fails on a cycle between folders, which per-folder rules cannot see.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const SRC = resolve(dirname(fileURLToPath(import.meta.url)), '../../src');
// `import … from './x.js'`, `export … from`, `import('./x.js')`; type-only imports count too.
const IMPORT = /(?:\bfrom\s*|\bimport\s*\(?\s*)['"](\.{1,2}\/[^'"]+)['"]/g;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

/**
 * The stage a file belongs to: its first folder under src/ (an entry file at the top is its own), except
 * data/bytes, the byte reader, a stage of its own above data's text rules.
 */
function folderOf(file: string): string {
  const parts = relative(SRC, file).split(/[\\/]/);
  if (parts[0] === 'data' && parts[1] === 'bytes' && parts.length > 2) return 'data/bytes';
  return parts.length > 1 ? parts[0]! : relative(SRC, file);
}

/**
 * Arrows that go up today, each with its reason; remove a line when its import is gone. core/index.ts
 * re-exports `setWorkerUrl` so that per-element imports can set the worker's URL without the DOM.
 */
const KNOWN_UPWARD = new Set(['core/index.ts → worker']);

/** Folder → folders it imports from, with one file that shows each arrow. */
function folderArrows(): Map<string, Map<string, string>> {
  const arrows = new Map<string, Map<string, string>>();
  for (const file of sourceFiles(SRC)) {
    const from = folderOf(file);
    for (const [, specifier] of readFileSync(file, 'utf8').matchAll(IMPORT)) {
      const target = resolve(dirname(file), specifier!);
      if (relative(SRC, target).startsWith('..')) continue;
      const to = folderOf(target);
      if (to === from || KNOWN_UPWARD.has(`${relative(SRC, file).replaceAll('\\', '/')} → ${to}`)) continue;
      if (!arrows.has(from)) arrows.set(from, new Map());
      arrows.get(from)!.set(to, relative(SRC, file));
    }
  }
  return arrows;
}

/** The first cycle found by depth-first search, as a list of folders, or null. */
function findCycle(arrows: Map<string, Map<string, string>>): string[] | null {
  const state = new Map<string, 'open' | 'done'>();
  const path: string[] = [];
  const visit = (folder: string): string[] | null => {
    if (state.get(folder) === 'done') return null;
    if (state.get(folder) === 'open') return [...path.slice(path.indexOf(folder)), folder];
    state.set(folder, 'open');
    path.push(folder);
    for (const next of arrows.get(folder)?.keys() ?? []) {
      const cycle = visit(next);
      if (cycle) return cycle;
    }
    path.pop();
    state.set(folder, 'done');
    return null;
  };
  for (const folder of [...arrows.keys()].sort()) {
    const cycle = visit(folder);
    if (cycle) return cycle;
  }
  return null;
}

describe('import arrows between src/ folders', () => {
  it('findCycle reports a → b → a and passes a → b → c', () => {
    const arrows = (pairs: [string, string][]) => {
      const map = new Map<string, Map<string, string>>();
      for (const [a, b] of pairs) map.set(a, (map.get(a) ?? new Map()).set(b, `${a}/x.ts`));
      return map;
    };
    assert.deepEqual(
      findCycle(
        arrows([
          ['a', 'b'],
          ['b', 'a'],
        ]),
      ),
      ['a', 'b', 'a'],
    );
    assert.equal(
      findCycle(
        arrows([
          ['a', 'b'],
          ['b', 'c'],
          ['a', 'c'],
        ]),
      ),
      null,
    );
  });

  it('reads imports from the real tree (data is imported by core)', () => {
    assert.ok(folderArrows().get('core')?.has('data'));
  });

  it('keeps the columnar store below core (table imports data; core imports table, not back)', () => {
    const arrows = folderArrows();
    assert.ok(arrows.get('table')?.has('data'));
    assert.ok(arrows.get('core')?.has('table'));
    assert.equal(arrows.get('table')?.get('core'), undefined);
    assert.equal(arrows.get('data')?.get('table'), undefined);
  });

  it('fences the byte reader (data/bytes imports data; only table imports data/bytes)', () => {
    const arrows = folderArrows();
    assert.ok(arrows.get('data/bytes')?.has('data'));
    assert.ok(arrows.get('table')?.has('data/bytes'));
    const importers = [...arrows].filter(([, to]) => to.has('data/bytes')).map(([from]) => from);
    assert.deepEqual(importers, ['table']);
  });

  it('keeps the SQL beside the pipeline (sql imports data and core; only entries and cli import sql)', () => {
    const arrows = folderArrows();
    assert.ok(arrows.get('sql')?.has('data'));
    assert.ok(arrows.get('sql')?.has('core'));
    assert.deepEqual([...(arrows.get('sql')?.keys() ?? [])].sort(), ['core', 'data']);
    const importers = [...arrows].filter(([, to]) => to.has('sql')).map(([from]) => from);
    assert.ok(importers.includes('entries'));
    assert.deepEqual(
      importers.filter((from) => from !== 'cli' && from !== 'entries'),
      [],
    );
  });

  it('has no cycle between folders', () => {
    const arrows = folderArrows();
    const cycle = findCycle(arrows);
    const shown = cycle?.slice(1).map((to, i) => `${cycle[i]} → ${to} (${arrows.get(cycle[i]!)!.get(to)})`);
    assert.equal(cycle, null, `folders import each other in a cycle: ${shown?.join(', ')}`);
  });
});
