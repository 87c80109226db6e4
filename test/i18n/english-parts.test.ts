// English is added part by part (src/i18n/registry.ts addEnglish): each element's bundle must carry the English
// parts of every message key its modules name, or a reader would see a key. The modules are those esbuild
// bundles statically from the element's define.ts; a key is named as a literal ('geo.title') or a template
// prefix (`metric.${metric}.label`). Only modules that render text are read (elements, view, charts,
// controllers): load/ and core/ name report fields that happen to look like keys ('geo.unmatched').
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { build } from 'esbuild';
import type { Metafile } from 'esbuild';

const EN = 'src/i18n/locales/en/';
const RENDERING = /^src\/(?:elements|view|charts|controllers)\//;

/** The English module that writes each key out (a part's own module, not one that spreads it). */
function keyModules(): Map<string, string> {
  const modules = new Map<string, string>();
  for (const file of readdirSync(EN)) {
    if (file === 'index.ts') continue;
    for (const [, key] of readFileSync(EN + file, 'utf8').matchAll(/^\s+'([^']+)':/gm))
      modules.set(key!, EN + file);
  }
  return modules;
}

/** The keys a module names. */
function namedKeys(source: string, keys: readonly string[]): string[] {
  const named = new Set<string>();
  for (const [, literal] of source.matchAll(/['"]([a-zA-Z][\w.-]*)['"]/g))
    if (keys.includes(literal!)) named.add(literal!);
  for (const [, prefix] of source.matchAll(/`([a-zA-Z][\w.-]*\.)\$\{/g))
    for (const key of keys) if (key.startsWith(prefix!)) named.add(key);
  return [...named];
}

/** The modules `entry` imports statically, itself included. */
function staticClosure(metafile: Metafile, entry: string): Set<string> {
  const seen = new Set<string>();
  const visit = (path: string): void => {
    if (seen.has(path)) return;
    seen.add(path);
    for (const imported of metafile.inputs[path]?.imports ?? [])
      if (imported.kind === 'import-statement' && !imported.external) visit(imported.path);
  };
  visit(entry);
  return seen;
}

/** An English module and those it spreads in (report.ts holds report-dimensions.ts). */
function withSpread(module: string): string[] {
  const spread = [...readFileSync(module, 'utf8').matchAll(/from '\.\/([\w-]+)\.js'/g)];
  return [module, ...spread.flatMap(([, part]) => withSpread(`${EN}${part}.ts`))];
}

/** English modules a module adds: common by the registry, any other by an `addEnglish` call beside its import. */
function addedEnglish(path: string, source: string): string[] {
  if (path === 'src/i18n/registry.ts') return withSpread(`${EN}common.ts`);
  if (!source.includes('addEnglish(')) return [];
  return [...source.matchAll(/from '(?:\.\.\/)+i18n\/locales\/en\/([\w-]+)\.js'/g)].flatMap(([, part]) =>
    withSpread(`${EN}${part}.ts`),
  );
}

const entries = readdirSync('src/elements', { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && entry.name !== 'shared')
  .map((entry) => `src/elements/${entry.name}/define.ts`);

describe('English parts', async () => {
  const { metafile } = await build({
    entryPoints: entries,
    bundle: true,
    write: false,
    metafile: true,
    format: 'esm',
    outdir: 'out',
    tsconfig: 'tsconfig.json',
    logLevel: 'silent',
  });
  const modules = keyModules();
  const keys = [...modules.keys()];

  for (const entry of entries) {
    it(`${entry} adds the English of every key its modules name`, () => {
      const closure = [...staticClosure(metafile, entry)];
      const added = new Set(closure.flatMap((path) => addedEnglish(path, readFileSync(path, 'utf8'))));
      const missing = closure
        .filter((path) => RENDERING.test(path))
        .flatMap((path) =>
          namedKeys(readFileSync(path, 'utf8'), keys)
            .filter((key) => !added.has(modules.get(key)!))
            .map((key) => `${path}: ${key} (${modules.get(key)})`),
        );
      assert.deepEqual(missing, []);
    });
  }

  it('a summary page carries no English of geography, SKUs, subscriptions, distribution or the report', () => {
    const added = new Set(
      [...staticClosure(metafile, 'src/elements/dyn-usage-summary/define.ts')].flatMap((path) =>
        addedEnglish(path, readFileSync(path, 'utf8')),
      ),
    );
    for (const part of ['geo', 'sku', 'subscriptions', 'distribution', 'report', 'insights'])
      assert.ok(!added.has(`${EN}${part}.ts`), part);
  });
});
