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
  console.log('Installing npm dependencies (npm ci)…');
  execSync('npm ci --no-audit --no-fund', { cwd: root, stdio: 'inherit' });
}
