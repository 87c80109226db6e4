// One engine's report of one export, as a process of its own for bench/engines.mjs to measure (wall time,
// CPU, peak memory), with the time split where the engine has a load step. Writes the document as the CLI
// does (jsonPieces, in pieces) and the split as JSON:
//
//   node --import tsx bench/engine-report.mjs duckdb|postgres|chdb FILE OUT.json TIMINGS.json
//
// The kit comes from DYN_USAGE_DIST (bench/engines.mjs's copy of dist/, the build its CLI runs), not src/:
// the same code as the CLI measured beside it, whatever is being edited meanwhile. tsx is for the engine
// tests' harness (test/engines/*.ts) only.
//
// duckdb: the path of `dyn-usage report FILE --engine duckdb` (openDuckdbExport, rows materialized once);
// load = opening the file, its distinct cells and the materialized rows. postgres: the server is
// bench/engines.mjs's (DYN_USAGE_PG_DIR, DYN_USAGE_PG_PORT); load = CREATE TABLE and psql's \copy. chdb:
// the export read in place by file() in every statement, as test/engines does (no load step).
import { closeSync, createWriteStream, openSync, readSync, writeFileSync } from 'node:fs';

const DIST = new URL(process.env.DYN_USAGE_DIST ?? '../dist/', import.meta.url);
const { jsonPieces } = await import(new URL('data/json-pieces.js', DIST).href);
const { writePieces } = await import(new URL('cli/write-pieces.js', DIST).href);
const { reportFromQueries } = await import(new URL('sql/report-from-queries.js', DIST).href);

const [engine, file, out, timings] = process.argv.slice(2);
if (!engine || !file || !out || !timings)
  throw new Error('usage: engine-report.mjs duckdb|postgres|chdb FILE OUT TIMINGS');
const KEPT = 'dyn_usage_rows';
const started = performance.now();
/** When the load step ended: the first statement on the loaded rows began. */
let loaded;

/** The export's header, from its first line (the generated exports quote no name). */
function headerOf(path) {
  const buffer = Buffer.alloc(1 << 16);
  const fd = openSync(path, 'r');
  const length = readSync(fd, buffer, 0, buffer.length, 0);
  closeSync(fd);
  return buffer
    .toString('utf8', 0, length)
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/, 1)[0]
    .split(',');
}

/** The runner and options of `engine`, its load step done; `close` ends its session. */
async function open(path) {
  if (engine === 'duckdb') {
    const { openDuckdbExport } = await import(new URL('cli/duckdb-engine.js', DIST).href);
    const db = await openDuckdbExport(path);
    const run = (sql) => {
      if (loaded === undefined && sql.includes(`FROM ${KEPT})`)) loaded = performance.now();
      return db.run(sql);
    };
    const options = { dialect: 'duckdb', header: db.header, decimal: db.decimal, materialize: KEPT };
    return { run, options, close: () => db.close() };
  }
  if (engine === 'postgres') {
    const { connectPostgres } = await import('../test/engines/postgres-server.js');
    const server = connectPostgres(process.env.DYN_USAGE_PG_DIR, process.env.DYN_USAGE_PG_PORT);
    const header = headerOf(path);
    server.copy(path, header, ',');
    loaded = performance.now();
    return { run: server.run, options: { dialect: 'postgres', header }, close: () => {} };
  }
  if (engine === 'chdb' || engine === 'chdb-file') {
    // Imported here only: chDB's library maps about 550 MB into any process that loads it.
    const { chdb, chdbFileSource, runChdb } = await import('../test/engines/chdb-engine.js');
    if (!chdb) throw new Error('chdb is not installed: npm install --no-save chdb, or set CHDB_MODULE');
    const header = headerOf(path);
    const source = chdbFileSource(path, header, false);
    if (engine === 'chdb-file') {
      loaded = performance.now();
      const options = { dialect: 'clickhouse', header, source };
      return { run: (sql) => runChdb(chdb, sql), options, close: () => {} };
    }
    // A session keeps the materialized rows (a Memory table) between statements.
    const session = new chdb.Session();
    // The lookups' VALUES tables of a 1 GB export make statements past ClickHouse's default 256 KiB.
    session.query(`SET max_query_size = ${2 ** 26}`, 'CSV');
    const run = (sql) => {
      if (loaded === undefined && sql.includes(`FROM ${KEPT})`)) loaded = performance.now();
      return runChdb(session, sql);
    };
    const options = { dialect: 'clickhouse', header, source, materialize: KEPT };
    return { run, options, close: () => session.cleanup() };
  }
  throw new Error(`invalid engine: ${engine}`);
}

const db = await open(file);
const report = await reportFromQueries(db.run, db.options);
const queried = performance.now();
db.close();
const stream = createWriteStream(out);
await writePieces(stream, jsonPieces(report));
await writePieces(stream, ['\n']);
await new Promise((resolve) => stream.end(resolve));
const written = performance.now();
const load = (loaded ?? started) - started;
writeFileSync(
  timings,
  JSON.stringify({ loadMs: load, queryMs: queried - started - load, writeMs: written - queried }),
);
