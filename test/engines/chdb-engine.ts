// chDB, the embedded build of ClickHouse, for the engine tests and bench/engines.mjs. Its library is large
// (about 550 MB, from the npm registry), so it is not a dependency: `npm install --no-save chdb` first, or
// point CHDB_MODULE at an installed copy's index.mjs.
import type { SqlRow } from '../../src/sql/report-from-queries.js';

/** What runs a statement: chDB itself (a fresh session per statement) or one of its sessions. */
export interface ChdbQuery {
  query(sql: string, format: string): string;
}

export interface Chdb extends ChdbQuery {
  /** A session keeps temporary tables between statements; `cleanup()` removes its folder. */
  Session: new () => ChdbQuery & { cleanup(): void };
}

/** chDB, or null when it is not installed. */
export const chdb = (await import(process.env.CHDB_MODULE ?? 'chdb').catch(() => null)) as Chdb | null;

/** An export read in place with file(…, 'CSVWithNames' | 'TSVWithNames'), every column nullable text. */
export function chdbFileSource(file: string, header: readonly string[], tsv: boolean): string {
  const structure = header.map((name) => `\`${name}\` Nullable(String)`).join(', ');
  return `file('${file}', '${tsv ? 'TSVWithNames' : 'CSVWithNames'}', '${structure}')`;
}

/** A statement's rows, as reportFromQueries' runner; a short row (an empty line) is padded with NULLs. */
export function runChdb(engine: ChdbQuery, sql: string): Promise<SqlRow[]> {
  const settings = '\nSETTINGS input_format_csv_allow_variable_number_of_columns = 1';
  return Promise.resolve(
    engine
      .query(sql + settings, 'JSONEachRow')
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as SqlRow),
  );
}
