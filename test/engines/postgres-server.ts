// A throwaway PostgreSQL server for the engine tests and bench/engines.mjs: initdb into a temporary folder,
// a Unix socket only (port DYN_USAGE_PG_PORT or 8715), psql for every statement, an export loaded by \copy.
import { execFileSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { SqlRow } from '../../src/sql/report-from-queries.js';

const BIN = process.env.PG_BIN ?? '/usr/local/bin';

const found = (command: string) => {
  try {
    execFileSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
};

/** Whether postgres, initdb and psql are there (PG_BIN names the server's folder). */
export const postgresInstalled =
  existsSync(join(BIN, 'postgres')) && existsSync(join(BIN, 'initdb')) && found('psql');

/** initdb refuses to run as root: then the server runs as the `postgres` user. */
const asServer = (command: string, args: string[]) =>
  process.getuid?.() === 0
    ? execFileSync('runuser', ['-u', 'postgres', '--', command, ...args], { stdio: 'ignore' })
    : execFileSync(command, args, { stdio: 'ignore' });

/** A session's tools on a running server. */
export interface PostgresClient {
  /** Runs SQL (and psql's backslash commands) in a new session; psql's unaligned output. */
  psql(sql: string): string;
  /** A statement's rows, as reportFromQueries' runner (one session per statement: no temp tables). */
  run(sql: string): Promise<SqlRow[]>;
  /** `file` as the table `usage`, one text column per header name, loaded by psql's \copy. */
  copy(file: string, header: readonly string[], delimiter: string): void;
}

export interface PostgresServer extends PostgresClient {
  /** The server's folder: data/, the log and the socket. */
  dir: string;
  port: string;
  /** The postmaster's process id (its children are the server's other processes). */
  pid(): number;
  stop(): void;
}

/** Starts a server in a new temporary folder; `stop()` ends it and removes the folder. */
export function startPostgres(port = process.env.DYN_USAGE_PG_PORT ?? '8715'): PostgresServer {
  const dir = mkdtempSync(join(tmpdir(), 'dyn-usage-pg-'));
  const data = join(dir, 'data');
  if (process.getuid?.() === 0)
    chownSync(dir, Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' })), 0);
  asServer(join(BIN, 'initdb'), ['-D', data, '-U', 'postgres', '--encoding=UTF8', '--locale=C.UTF-8']);
  asServer(join(BIN, 'pg_ctl'), [
    '-D',
    data,
    '-w',
    '-l',
    join(dir, 'log'),
    '-o',
    `-p ${port} -k ${dir} -c listen_addresses=''`,
    'start',
  ]);
  return {
    dir,
    port,
    ...connectPostgres(dir, port),
    pid: () => Number(readFileSync(join(data, 'postmaster.pid'), 'utf8').split('\n', 1)[0]),
    stop() {
      if (existsSync(data)) asServer(join(BIN, 'pg_ctl'), ['-D', data, '-m', 'fast', 'stop']);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A client of the server whose socket is in `dir`. */
export function connectPostgres(dir: string, port: string): PostgresClient {
  const psql = (sql: string): string =>
    execFileSync(
      'psql',
      [
        ...['-X', '-q', '-A', '-t', '-v', 'ON_ERROR_STOP=1'],
        ...['-h', dir, '-p', port, '-U', 'postgres', '-d', 'postgres', '-f', '-'],
      ],
      // One statement's rows as one JSON value: the subscriptions of a 1 GB export are about 200 MB.
      { input: sql, encoding: 'utf8', maxBuffer: 1 << 30 },
    );
  return {
    psql,
    run: async (sql) =>
      JSON.parse(psql(`SELECT COALESCE(json_agg(q), '[]'::json) FROM (${sql}) q;`)) as SqlRow[],
    copy(file, header, delimiter) {
      const columns = header.map((name) => `"${name.replaceAll('"', '""')}" text`).join(', ');
      // TSV as COPY's text format: no quoting, so a quote inside a cell stays, as the kit reads TSV.
      const options =
        delimiter === '\t' ? 'FORMAT text, HEADER true' : "FORMAT csv, HEADER true, DELIMITER ','";
      psql(
        `DROP TABLE IF EXISTS usage; CREATE TABLE usage (${columns});\n\\copy usage FROM '${file}' WITH (${options})\n`,
      );
    },
  };
}
