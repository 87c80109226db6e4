// Section 7 (issue 20): the CLI's CPU time against a uDSV peer, on the generated 100 MB export and on the
// same rows shuffled. Each run is a fresh `node` process (what a user's `dyn-usage report FILE` is), its
// CPU time (user + system, every thread) taken at exit by a preloaded module; runs interleaved.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { PAGE_DIR } from '../build-page.mjs';
import { median, RUNS } from './stats.mjs';

const CPU_AT_EXIT = fileURLToPath(new URL('../cli/cpu-at-exit.mjs', import.meta.url));
const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/**
 * The contenders: the kit's CLI as shipped (from src) on one thread (the single-thread target), the same
 * in two worker threads (`--threads 2`: its default is one thread below 4 cores), and the same command
 * with udsv reading.
 */
export const CLI_METHODS = {
  kit: {
    label: 'kit: `dyn-usage report --threads 1 FILE`',
    entry: `${ROOT}src/cli/dyn-usage.ts`,
    args: ['report', '--threads', '1'],
  },
  'kit-threads': {
    label: 'kit: `dyn-usage report --threads 2 FILE`',
    entry: `${ROOT}src/cli/dyn-usage.ts`,
    args: ['report', '--threads', '2'],
  },
  udsv: {
    label: 'uDSV stream → same table → cube → report',
    entry: `${ROOT}bench/cli/udsv-report.ts`,
    args: [],
  },
};

/**
 * BENCH_CLI_BASELINE=DIR adds the CLI built from DIR/src (an older tree, e.g. `git archive` of a commit)
 * as a third contender, for a before/after measured side by side. Not written to RESULTS.md.
 */
function methods() {
  const base = process.env.BENCH_CLI_BASELINE;
  if (!base) return CLI_METHODS;
  return {
    ...CLI_METHODS,
    baseline: { label: `kit at ${base}`, entry: `${base}/src/cli/dyn-usage.ts`, args: ['report'] },
  };
}

async function bundle(all) {
  const outdir = `${PAGE_DIR}cli/`;
  mkdirSync(outdir, { recursive: true });
  // The CLI's worker thread is a file of its own beside it, as in dist/cli/ (ES modules: the repo's
  // package.json says so for .js).
  const entries = Object.entries(all).map(([key, m]) => [key, m.entry]);
  entries.push(['read-parts-thread', `${ROOT}src/cli/read-parts-thread.ts`]);
  await build({
    entryPoints: Object.fromEntries(entries),
    outdir,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    logLevel: 'warning',
  });
  return (key) => `${outdir}${key}.js`;
}

/** One run: CPU and wall time, peak memory, and a digest of the report it printed. */
function runOnce(script, args, file) {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, ['--import', CPU_AT_EXIT, script, ...args, file], {
      stdio: ['ignore', 'pipe', 'pipe', 'pipe'],
    });
    const chunks = [];
    let usage = '';
    let errors = '';
    child.stdout.on('data', (chunk) => chunks.push(chunk));
    child.stderr.on('data', (chunk) => (errors += chunk));
    child.stdio[3].on('data', (chunk) => (usage += chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      const wallMs = performance.now() - started;
      if (code !== 0) return reject(new Error(`${script} exited with ${code}: ${errors.slice(0, 500)}`));
      const report = JSON.parse(Buffer.concat(chunks).toString());
      const rows = report.input.rows;
      // The peer numbers rows, not lines (udsv drops blank lines): skipped rows' lines are left out.
      for (const skipped of report.input.skipped) delete skipped.line;
      const digest = createHash('sha256').update(JSON.stringify(report)).digest('hex');
      resolve({ ...JSON.parse(usage), wallMs, digest, rows });
    });
  });
}

export async function measureCli(files, log) {
  const all = methods();
  const script = await bundle(all);
  const runs = Object.fromEntries(
    files.map((f) => [f.key, Object.fromEntries(Object.keys(all).map((m) => [m, []]))]),
  );
  for (let run = 0; run < RUNS; run++) {
    for (const file of files) {
      for (const [key, m] of Object.entries(all)) {
        const outcome = await runOnce(script(key), m.args, file.path);
        runs[file.key][key].push(outcome);
        log(
          `  ${file.label} ${key} run ${run + 1}: CPU ${outcome.cpuMs.toFixed(0)} ms, wall ${outcome.wallMs.toFixed(0)} ms`,
        );
      }
    }
  }
  return files.map((file) => {
    const rows = Object.fromEntries(
      Object.entries(runs[file.key]).map(([key, list]) => [
        key,
        {
          label: all[key].label,
          cpuMs: median(list.map((r) => r.cpuMs)),
          wallMs: median(list.map((r) => r.wallMs)),
          maxRssKb: median(list.map((r) => r.maxRssKb)),
          rows: list[0].rows,
          digest: list[0].digest,
        },
      ]),
    );
    return { key: file.key, label: file.label, bytes: file.bytes, rows };
  });
}
