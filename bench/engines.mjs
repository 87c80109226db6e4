// `npm run bench:engines` (issue 21, opt-in: not part of `npm run bench` or `npm test`): the same report on
// a ≥ 1 GB export by the kit's CLI and by each SQL engine (DuckDB through the CLI's --engine duckdb and through
// bench/engine-report.mjs for its load/query split, PostgreSQL, ClickHouse through chDB), runs interleaved
// round by round; every engine's document must equal the CLI's, value by value. Then the CLI alone on a
// ≥ 4 GB export. Writes bench/ENGINES.md (and bench/data/engines-results.json).
//
//   npm run bench:engines                      # 3 rounds on 1 GB, 1 run on 4 GB
//   npm run bench:engines -- --runs=1 --no-4gb --engines=kit,chdb
//   npm run bench:engines -- --md-only         # ENGINES.md again from the saved results
//   npm run bench:engines -- --file=bench/data/usage-10mb.csv --runs=1 --no-4gb   # a quick try
//
// chDB is not a dependency (550 MB): `npm install --no-save chdb`, or CHDB_MODULE=/path/to/chdb/index.mjs.
// The kit runs from a copy of dist/ (build it first), so a build during the runs changes nothing measured.
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { DATA_DIR, ensureExport } from './data.mjs';
import { loadAverage, measure, serverPss } from './engines-measure.mjs';
import { enginesMarkdown } from './engines-md.mjs';
import { describeMachine } from './machine.mjs';
import { postgresInstalled, startPostgres } from '../test/engines/postgres-server.js';
import { assertSameDocument, comparable } from '../test/engines/same-document.js';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const WORK = `${DATA_DIR}engines/`;
const DIST = `${WORK}dist/`;
const RESULTS = `${DATA_DIR}engines-results.json`;
/** About 3,440 bytes per subscription: 1.10 GB and 4.41 GB. */
const EXPORT_1GB = { key: '1gb', file: 'usage-1gb.csv', subs: 320_000 };
const EXPORT_4GB = { key: '4gb', file: 'usage-4gb.csv', subs: 1_280_000 };

const args = Object.fromEntries(
  process.argv.slice(2).map((arg) => {
    const [key, value] = arg.replace(/^--/, '').split('=');
    return [key, value ?? true];
  }),
);
const log = (message) => process.stderr.write(`bench:engines: ${message}\n`);
const node = process.execPath;
const runner = (engine) => ({
  command: node,
  args: ['--import', 'tsx', `${ROOT}bench/engine-report.mjs`, engine],
  split: true,
});

/** Each contender: the command, given FILE (and OUT, TIMINGS for the runner). */
const ENGINES = {
  kit: { label: 'kit CLI', command: node, args: [`${DIST}cli/dyn-usage.js`, 'report'] },
  'duckdb-cli': {
    label: 'DuckDB, CLI `--engine duckdb`',
    command: node,
    args: [`${DIST}cli/dyn-usage.js`, 'report', '--engine', 'duckdb'],
  },
  duckdb: { label: 'DuckDB, split (same path)', ...runner('duckdb') },
  postgres: { label: 'PostgreSQL (COPY, then SQL)', ...runner('postgres'), server: true },
  chdb: { label: 'ClickHouse (chDB, Memory table)', ...runner('chdb') },
  'chdb-file': { label: 'ClickHouse (chDB, file() per statement)', ...runner('chdb-file') },
};
const DEFAULT_ENGINES = ['kit', 'duckdb-cli', 'duckdb', 'postgres', 'chdb'];

function versions() {
  const read = (command, commandArgs) => {
    try {
      return execFileSync(command, commandArgs, { encoding: 'utf8' }).trim();
    } catch {
      return '(unavailable)';
    }
  };
  const packageVersion = (path) => {
    try {
      return JSON.parse(readFileSync(path, 'utf8')).version;
    } catch {
      return '(not installed)';
    }
  };
  const chdb = process.env.CHDB_MODULE
    ? new URL('package.json', `file://${process.env.CHDB_MODULE}`).pathname
    : `${ROOT}node_modules/chdb/package.json`;
  return {
    duckdb: packageVersion(`${ROOT}node_modules/@duckdb/node-api/package.json`),
    chdb: packageVersion(chdb),
    postgres: read(`${process.env.PG_BIN ?? '/usr/local/bin'}/postgres`, ['--version']),
    java: read('sh', ['-c', 'java -version 2>&1 | head -1']),
    spark: read('sh', ['-c', 'command -v spark-submit pyspark || echo none']),
    dist: `${statSync(`${ROOT}dist/cli/dyn-usage.js`).mtime.toISOString()} (HEAD when the bench ran: ${read('git', ['-C', ROOT, 'rev-parse', '--short', 'HEAD'])})`,
  };
}

/** One run of `key` on `file`; the document is left in WORK/<key>.json for the round's check. */
async function runEngine(key, file, round, pg) {
  const engine = ENGINES[key];
  const out = `${WORK}${key}.json`;
  const timings = `${WORK}${key}.timings.json`;
  rmSync(timings, { force: true });
  const commandArgs = engine.split ? [...engine.args, file, out, timings] : [...engine.args, file];
  log(`round ${round}: ${key}… (load ${loadAverage()})`);
  const result = await measure(engine.command, commandArgs, {
    stdoutFile: engine.split ? `${WORK}${key}.stdout` : out,
    env: {
      DYN_USAGE_DIST: DIST,
      ...(engine.server ? { DYN_USAGE_PG_DIR: pg.dir, DYN_USAGE_PG_PORT: pg.port } : {}),
    },
    ...(engine.server ? { serverPid: pg.pid() } : {}),
  });
  const split = existsSync(timings) ? JSON.parse(readFileSync(timings, 'utf8')) : null;
  if (engine.server) pg.psql('DROP TABLE IF EXISTS usage; CHECKPOINT;');
  log(
    `  ${result.code === 0 ? 'ok' : `FAILED (${result.code}): ${result.stderr}`} ${result.wallS} s, ` +
      `cpu ${result.cpuS.toFixed(1)} s, tree ${(result.peakTreeRssB / 2 ** 20).toFixed(0)} MiB` +
      (split
        ? `, ingest ${(split.loadMs / 1000).toFixed(1)} s + query ${(split.queryMs / 1000).toFixed(1)} s`
        : ''),
  );
  return { engine: key, round, ...result, split };
}

/** The round's documents against the CLI's, value by value (as test/engines does); true when all equal. */
function checkRound(keys) {
  const same = {};
  if (!keys.includes('kit')) return same;
  const kit = comparable(JSON.parse(readFileSync(`${WORK}kit.json`, 'utf8')));
  for (const key of keys.filter((k) => k !== 'kit')) {
    try {
      assertSameDocument(JSON.parse(readFileSync(`${WORK}${key}.json`, 'utf8')), kit);
      same[key] = true;
    } catch (error) {
      log(`  ${key}'s document differs from the CLI's: ${String(error.message).split('\n', 1)[0]}`);
      same[key] = false;
    }
  }
  return same;
}

async function main() {
  if (args['md-only']) {
    writeFileSync(`${ROOT}bench/ENGINES.md`, enginesMarkdown(JSON.parse(readFileSync(RESULTS, 'utf8'))));
    return;
  }
  const rounds = Math.max(1, Number(args.runs) || 3);
  const keys = typeof args.engines === 'string' ? args.engines.split(',') : DEFAULT_ENGINES;
  for (const key of keys) if (!ENGINES[key]) throw new Error(`invalid engine: ${key}`);
  if (keys.includes('postgres') && !postgresInstalled)
    throw new Error('postgres needs postgres, initdb and psql');
  if (!existsSync(`${ROOT}dist/cli/dyn-usage.js`)) throw new Error('build dist/ first (npm run build)');
  rmSync(WORK, { recursive: true, force: true });
  mkdirSync(WORK, { recursive: true });
  cpSync(`${ROOT}dist/`, DIST, { recursive: true });
  const big =
    typeof args.file === 'string'
      ? { file: args.file, path: args.file, bytes: statSync(args.file).size, subs: null }
      : ensureExport(EXPORT_1GB, log);
  const huge = args['no-4gb'] ? null : ensureExport(EXPORT_4GB, log);
  const results = {
    machine: describeMachine('(no browser)'),
    versions: versions(),
    command: `${process.env.CHDB_MODULE ? 'CHDB_MODULE=… ' : ''}npm run bench:engines${process.argv.length > 2 ? ` -- ${process.argv.slice(2).join(' ')}` : ''}`,
    export: { file: big.file, bytes: big.bytes, subs: big.subs },
    runs: [],
    same: [],
    export4gb: null,
  };
  const pg = keys.includes('postgres') ? startPostgres(process.env.DYN_USAGE_PG_PORT ?? '8716') : null;
  try {
    if (pg) {
      results.postgres = {
        settings: pg
          .psql('SHOW shared_buffers; SHOW work_mem; SHOW max_parallel_workers_per_gather;')
          .trim()
          .split('\n')
          .join(', '),
        idlePssB: serverPss(pg.pid()),
      };
    }
    for (let round = 1; round <= rounds; round += 1) {
      // Interleaved: each round starts one engine later, so the machine's load falls on all alike.
      const order = keys.map((_, i) => keys[(i + round - 1) % keys.length]);
      for (const key of order) results.runs.push(await runEngine(key, big.path, round, pg));
      results.same.push(checkRound(keys));
      writeFileSync(RESULTS, JSON.stringify(results, null, 2));
    }
  } finally {
    pg?.stop();
  }
  if (huge) {
    log(`the CLI on ${huge.file}… (load ${loadAverage()})`);
    const out = `${WORK}kit-4gb.json`;
    const result = await measure(node, [`${DIST}cli/dyn-usage.js`, 'report', huge.path], { stdoutFile: out });
    const tail = readFileSync(out).subarray(-2).toString();
    results.export4gb = {
      file: huge.file,
      bytes: huge.bytes,
      subs: huge.subs,
      ...result,
      documentBytes: statSync(out).size,
      complete: result.code === 0 && tail === '}\n',
    };
    rmSync(out, { force: true });
    log(
      `  ${result.code === 0 ? 'ok' : 'FAILED'} ${result.wallS} s, ${(result.peakTreeRssB / 2 ** 20).toFixed(0)} MiB`,
    );
  }
  for (const key of keys) rmSync(`${WORK}${key}.json`, { force: true });
  results.loadAtEnd = loadAverage();
  writeFileSync(RESULTS, JSON.stringify(results, null, 2));
  writeFileSync(`${ROOT}bench/ENGINES.md`, enginesMarkdown(results));
  log('wrote bench/ENGINES.md');
}

await main();
