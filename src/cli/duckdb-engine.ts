import type { QueryRunner, SqlRow } from '../sql/report-from-queries.js';

/** An export opened in an in-memory DuckDB as the view `usage`, every column text. */
export interface DuckdbExport {
  /** The export's header as DuckDB read it. */
  header: string[];
  /** The numbers' decimal mark: `,` in semicolon CSV (nl, de, fr Excel), as the kit reads it. */
  decimal: '.' | ',';
  run: QueryRunner;
  close(): void;
}

/** The parts of `@duckdb/node-api` used here: typed by hand, so the kit builds without the optional package. */
interface DuckdbConnection {
  run(sql: string): Promise<unknown>;
  runAndReadAll(sql: string): Promise<{ getRowObjectsJS(): Record<string, unknown>[] }>;
  stream(sql: string): Promise<{ yieldRowObjectJs(): AsyncIterable<Record<string, unknown>[]> }>;
  closeSync(): void;
}
interface DuckdbApi {
  DuckDBInstance: {
    create(path: string): Promise<{ connect(): Promise<DuckdbConnection>; closeSync(): void }>;
  };
}
/** A variable, not a literal: TypeScript then does not look for the package's types. */
const DUCKDB_PACKAGE = '@duckdb/node-api';

/** Thrown when the optional `@duckdb/node-api` is not installed; the message says how to install it. */
export class EngineMissingError extends Error {
  override name = 'EngineMissingError';
}

/**
 * Opens `file` (CSV or TSV; DuckDB sniffs the delimiter and quoting) in DuckDB. `@duckdb/node-api` is an
 * optional peer dependency (never installed with the kit), loaded only here: the kit itself never needs it.
 */
export async function openDuckdbExport(file: string): Promise<DuckdbExport> {
  let api: DuckdbApi;
  try {
    api = (await import(DUCKDB_PACKAGE)) as DuckdbApi;
  } catch {
    throw new EngineMissingError(
      '--engine duckdb needs the optional package @duckdb/node-api: npm install @duckdb/node-api',
    );
  }
  const instance = await api.DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  const path = file.replaceAll("'", "''");
  await connection.run(
    `CREATE VIEW usage AS SELECT * FROM read_csv('${path}', header = true, all_varchar = true, null_padding = true)`,
  );
  const described = await connection.runAndReadAll('DESCRIBE usage');
  const header = described.getRowObjectsJS().map((row) => String(row.column_name));
  const sniffed = await connection.runAndReadAll(`SELECT Delimiter AS delimiter FROM sniff_csv('${path}')`);
  const delimiter = String(sniffed.getRowObjectsJS()[0]?.delimiter ?? ',');
  return {
    header,
    decimal: delimiter === ';' ? ',' : '.',
    run: (sql) => rowsOf(connection, sql),
    close: () => {
      connection.closeSync();
      instance.closeSync();
    },
  };
}

/** A statement's rows one at a time, from DuckDB's chunks (about 2,048 rows each). */
async function* rowsOf(connection: DuckdbConnection, sql: string): AsyncGenerator<SqlRow> {
  const result = await connection.stream(sql);
  for await (const chunk of result.yieldRowObjectJs()) yield* chunk;
}
