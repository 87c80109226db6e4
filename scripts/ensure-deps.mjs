// Installs npm dependencies when node_modules is missing or older than the lockfile, so that
// `npm run demo` and `npm test` are each the only command a fresh clone needs.
import { execSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const lockfile = `${root}package-lock.json`;
const installedMarker = `${root}node_modules/.package-lock.json`;

function needsInstall() {
  if (!existsSync(installedMarker)) return true;
  return statSync(installedMarker).mtimeMs < statSync(lockfile).mtimeMs;
}

if (needsInstall()) {
  // `npm install`, not `npm ci`: this registry mirror lacks other platforms' optional packages (rollup's
  // native builds), which the lockfile therefore leaves out and `npm ci` then refuses as out of sync.
  // With a lockfile present, `npm install` installs exactly its versions all the same.
  console.log('Installing npm dependencies (npm install)…');
  execSync('npm install --no-audit --no-fund', { cwd: root, stdio: 'inherit' });
}
