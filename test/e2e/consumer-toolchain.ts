import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/**
 * What a user's app builds and type-checks the kit with, pinned to versions that install on Node 20 + npm 11 (Vite 8's
 * and webpack-cli 7's may not). Installed once into node_modules/.cache, in a folder named after these
 * versions, and reused by every later run: a clean cache costs one `npm install`, a warm one nothing.
 */
export const TOOLCHAIN = {
  vite: '7.3.8',
  webpack: '5.113.0',
  'webpack-cli': '6.0.1',
  esbuild: '0.27.7',
  react: '19.3.1',
  'react-dom': '19.3.1',
  // The React wrappers' optional peer, installed by React apps beside the kit.
  '@lit/react': '1.0.8',
  // A Vue app's types, for the GlobalComponents check.
  vue: '3.5.45',
  rollup: '4.68.7',
  '@rollup/plugin-node-resolve': '16.0.3',
  '@rollup/plugin-json': '6.1.0',
  '@web/rollup-plugin-import-meta-assets': '2.3.3',
  // A React app's types; the other type checks leave them out (`types: []`).
  '@types/react': '19.3.2',
  typescript: '5.9.3',
};

const key = createHash('sha256').update(JSON.stringify(TOOLCHAIN)).digest('hex').slice(0, 12);
/** Apps live in here, so that their bundlers resolve the toolchain and the installed kit from it. */
export const CONSUMER_ROOT = resolve('node_modules/.cache/consumer-apps', key);

function npm(args: string[], cwd: string): string {
  return execFileSync('npm', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

/** Installs the pinned toolchain into CONSUMER_ROOT unless a finished install is there already. */
export function ensureToolchain(): void {
  const done = join(CONSUMER_ROOT, 'toolchain-installed');
  if (existsSync(done)) return;
  // Toolchains of other pinned versions are not used again.
  rmSync(dirname(CONSUMER_ROOT), { recursive: true, force: true });
  mkdirSync(CONSUMER_ROOT, { recursive: true });
  const manifest = { name: 'dyn-usage-kit-consumers', private: true, dependencies: TOOLCHAIN };
  writeFileSync(join(CONSUMER_ROOT, 'package.json'), JSON.stringify(manifest, null, 2));
  npm(['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error'], CONSUMER_ROOT);
  // Written last: an install that was cut short is done again next time.
  writeFileSync(done, JSON.stringify(TOOLCHAIN));
}

/**
 * Packs the kit as `npm publish` would (dist/ must be built) and installs the tarball into CONSUMER_ROOT
 * the way an app does, with its dependencies from the registry (cached after the first run).
 */
export function installPackedKit(): void {
  const packDir = join(CONSUMER_ROOT, 'pack');
  rmSync(packDir, { recursive: true, force: true });
  mkdirSync(packDir, { recursive: true });
  const packed = JSON.parse(npm(['pack', '--json', '--pack-destination', packDir], process.cwd())) as {
    filename: string;
  }[];
  const tarball = join(packDir, packed[0]!.filename);
  // Removed first: npm may call a tarball of the same name and version up to date.
  rmSync(join(CONSUMER_ROOT, 'node_modules/dyn-usage-kit'), { recursive: true, force: true });
  npm(
    ['install', '--no-save', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error', tarball],
    CONSUMER_ROOT,
  );
}

/** A fresh app folder under CONSUMER_ROOT holding `files` (path → text), anything there before removed. */
export function freshApp(name: string, files: Record<string, string>): string {
  const dir = join(CONSUMER_ROOT, 'apps', name);
  rmSync(dir, { recursive: true, force: true });
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}
