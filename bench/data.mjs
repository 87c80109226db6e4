// The generated exports the bench reads, made once with the sample generator and reused while present.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, renameSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const DATA_DIR = fileURLToPath(new URL('data/', import.meta.url));
const GENERATOR = fileURLToPath(new URL('../demo/data/generate-sample.mjs', import.meta.url));

/** About 3,440 bytes of CSV per subscription (15 months, ~9.5 rows each), so these land near their labels. */
export const EXPORTS = [
  { key: '10mb', label: '10 MB', file: 'usage-10mb.csv', subs: 2_900 },
  { key: '100mb', label: '100 MB', file: 'usage-100mb.csv', subs: 29_000 },
  { key: '400mb', label: '400 MB', file: 'usage-400mb.csv', subs: 116_000 },
];

/** Generates the missing exports; returns each with its path and size in bytes. */
export function ensureExports(log) {
  return EXPORTS.map((entry) => ensureExport(entry, log));
}

/** One export (`{ file, subs }`), generated unless present; with its path and size in bytes. */
export function ensureExport(entry, log) {
  mkdirSync(DATA_DIR, { recursive: true });
  const path = `${DATA_DIR}${entry.file}`;
  if (!existsSync(path)) {
    log(`generating ${entry.file} (${entry.subs} subscriptions)…`);
    // Written under another name first, so an interrupted run never leaves a short file to be reused.
    const partial = `${path}.partial`;
    execFileSync(process.execPath, [GENERATOR, '--subs', String(entry.subs), '--out', partial], {
      stdio: 'inherit',
    });
    renameSync(partial, path);
  }
  return { ...entry, path, bytes: statSync(path).size };
}
