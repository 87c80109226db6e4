// Writes THIRD_PARTY_LICENSES.txt beside the bundles: the one-script-tag build and the worker carry code and
// data from npm packages (lit, d3, topojson-client, world-atlas, …) whose licences ask for their notice to
// travel with every copy. The list is read from what rollup really bundled, so it cannot drift.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const NOTES = {
  // The map geometry itself comes from Natural Earth, which needs no notice but deserves the credit.
  'world-atlas': 'Map data: Natural Earth (https://www.naturalearthdata.com/), public domain.',
};

/** `node_modules/@scope/name/…` or `node_modules/name/…` → the package's folder, or null. */
function packageRoot(id) {
  const path = id.replaceAll('\\', '/').replace(/^\0/, '').split('?')[0];
  const at = path.lastIndexOf('/node_modules/');
  if (at < 0) return null;
  const rest = path.slice(at + '/node_modules/'.length).split('/');
  const name = rest[0].startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0];
  return { name, dir: `${path.slice(0, at)}/node_modules/${name}` };
}

function noticeOf({ name, dir }) {
  const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  const file = readdirSync(dir).find((entry) => /^licen[cs]e(\.md|\.txt)?$/i.test(entry));
  if (!file) throw new Error(`${name} has no LICENSE file to copy into THIRD_PARTY_LICENSES.txt`);
  const text = readFileSync(join(dir, file), 'utf8').trim();
  const note = NOTES[name] ? `\n\n${NOTES[name]}` : '';
  return `${name} ${manifest.version} (${manifest.license})\n${'-'.repeat(72)}\n${text}${note}`;
}

/**
 * The plugin. `extraModuleIds()` adds modules bundled outside this build (the parser worker's own build),
 * asked for when the bundle is written.
 */
export function thirdPartyLicenses({
  fileName = 'THIRD_PARTY_LICENSES.txt',
  extraModuleIds = () => [],
} = {}) {
  return {
    name: 'third-party-licenses',
    generateBundle(_options, bundle) {
      const ids = [...extraModuleIds()];
      for (const chunk of Object.values(bundle)) if (chunk.type === 'chunk') ids.push(...chunk.moduleIds);
      const packages = new Map();
      for (const id of ids) {
        const root = packageRoot(id);
        if (root && existsSync(join(root.dir, 'package.json'))) packages.set(root.name, root);
      }
      const notices = [...packages.values()].sort((a, b) => a.name.localeCompare(b.name)).map(noticeOf);
      const source = `dyn-usage-kit's bundles (dyn-usage-kit.js, dyn-usage-worker.js and the files beside them)
include the following third-party packages, under these licences.

${notices.join('\n\n\n')}
`;
      this.emitFile({ type: 'asset', fileName, source });
    },
  };
}
