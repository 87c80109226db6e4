/** The SQL dialects `reportSql` writes. */
export const SQL_DIALECTS = ['duckdb', 'postgres', 'clickhouse', 'spark'] as const;
export type SqlDialect = (typeof SQL_DIALECTS)[number];

/** A lookup column's type: text or a whole number. */
export type LookupType = 'text' | 'int';

/** What differs between the dialects, as small functions; everything else is the same SQL. */
export interface DialectRules {
  /** A column name, quoted. */
  name(column: string): string;
  /** A string literal. */
  text(value: string): string;
  /** A cell as text, `''` when NULL, with JavaScript's `trim()` whitespace cut from both ends. */
  trimmed(expression: string): string;
  /** A text expression ordered in code-point (byte) order, as `compareText` orders, for ORDER BY and min(). */
  ordered(expression: string): string;
  /** Whether `expression` matches `pattern` (a whole-string pattern with `^…$`). */
  matches(expression: string, pattern: string): string;
  /** A text expression read as a double. */
  toDouble(expression: string): string;
  /** A text expression of plain digits read as a whole number (64-bit). */
  toWhole(expression: string): string;
  /** Statements that keep `query`'s rows as the session's table `name` (for `materialize`). */
  keep(name: string, query: string): string[];
  /** The statement that drops it. */
  drop(name: string): string;
  /** A common table expression `name(columns…)` holding `rows` (never empty: a NULL row leads). */
  values(
    name: string,
    columns: readonly [string, LookupType][],
    rows: readonly (string | number | null)[][],
  ): string;
}

/** What JavaScript's `String.prototype.trim()` removes: WhiteSpace and LineTerminator (ECMA-262). */
const JS_SPACE_CODES = [
  0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x20, 0xa0, 0x1680, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006,
  0x2007, 0x2008, 0x2009, 0x200a, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff,
];
/** The same set as a text expression (`chr` takes a code point in DuckDB and in PostgreSQL's UTF8). */
const JS_SPACES = JS_SPACE_CODES.map((code) => `chr(${code})`).join(' || ');
/** The same set as a regular-expression class, runs as ranges, in `\x{…}` escapes (RE2 and Java read them). */
const SPACE_CLASS = `[${JS_SPACE_CODES.reduce<number[][]>((runs, code) => {
  const run = runs[runs.length - 1];
  if (run && run[1] === code - 1) run[1] = code;
  else runs.push([code, code]);
  return runs;
}, [])
  .map((run) => run.map((code) => `\\x{${code.toString(16).toUpperCase()}}`))
  .map(([from, to]) => (from === to ? from : `${from}-${to}`))
  .join('')}]`;
const TRIM_PATTERN = `^${SPACE_CLASS}+|${SPACE_CLASS}+$`;

/**
 * `trim(text)` only where the first or last character is a space: a trim with a set of 25 characters costs
 * about four plain ones in DuckDB, and nearly every cell has none to cut. `code` gives a character's code
 * point (`ord` in DuckDB, `ascii` in PostgreSQL's UTF8).
 */
function guardedTrim(text: string, code: string, trim: (text: string) => string): string {
  const spaces = JS_SPACE_CODES.join(', ');
  return `CASE WHEN ${code}(left(${text}, 1)) IN (${spaces}) OR ${code}(right(${text}, 1)) IN (${spaces}) THEN ${trim(text)} ELSE ${text} END`;
}

const doubleQuoted = (column: string) => `"${column.replaceAll('"', '""')}"`;
const standardText = (value: string) => `'${value.replaceAll("'", "''")}'`;
/** ClickHouse and Spark read backslash escapes in string literals. */
const backslashText = (value: string) => `'${value.replaceAll('\\', '\\\\').replaceAll("'", "\\'")}'`;

function literal(text: (value: string) => string, value: string | number | null, type: LookupType): string {
  if (value === null) return 'NULL';
  return type === 'int' ? String(value) : text(String(value));
}

/** `name(columns) AS (VALUES …)`: DuckDB and PostgreSQL; the first row types the columns. */
function standardValues(
  rules: Pick<DialectRules, 'text'>,
  types: Record<LookupType, string>,
): DialectRules['values'] {
  return (name, columns, rows) => {
    const head = `(${columns.map(([, type]) => `CAST(NULL AS ${types[type]})`).join(', ')})`;
    const body = rows.map(
      (row) => `(${row.map((v, i) => literal(rules.text, v, columns[i]![1])).join(', ')})`,
    );
    return `${name}(${columns.map(([column]) => column).join(', ')}) AS (VALUES\n    ${[head, ...body].join(',\n    ')})`;
  };
}

const duckdb: DialectRules = {
  name: doubleQuoted,
  text: standardText,
  trimmed: (e) =>
    guardedTrim(`COALESCE(CAST(${e} AS VARCHAR), '')`, 'ord', (t) => `trim(${t}, ${JS_SPACES})`),
  ordered: (e) => e,
  matches: (e, pattern) => `regexp_full_match(${e}, ${standardText(pattern)})`,
  toDouble: (e) => `CAST(${e} AS DOUBLE)`,
  toWhole: (e) => `CAST(${e} AS BIGINT)`,
  keep: (name, query) => [`DROP TABLE IF EXISTS ${name}`, `CREATE TEMP TABLE ${name} AS\n${query}`],
  drop: (name) => `DROP TABLE IF EXISTS ${name}`,
  values: standardValues({ text: standardText }, { text: 'VARCHAR', int: 'BIGINT' }),
};

const postgres: DialectRules = {
  name: doubleQuoted,
  text: standardText,
  trimmed: (e) =>
    guardedTrim(`COALESCE(CAST(${e} AS TEXT), '')`, 'ascii', (t) => `btrim(${t}, ${JS_SPACES})`),
  // The database's collation may follow a locale; "C" is byte order, which for UTF-8 is code-point order.
  ordered: (e) => `${e} COLLATE "C"`,
  matches: (e, pattern) => `${e} ~ ${standardText(pattern)}`,
  toDouble: (e) => `CAST(${e} AS DOUBLE PRECISION)`,
  toWhole: (e) => `CAST(${e} AS BIGINT)`,
  keep: (name, query) => [`DROP TABLE IF EXISTS ${name}`, `CREATE TEMP TABLE ${name} AS\n${query}`],
  drop: (name) => `DROP TABLE IF EXISTS ${name}`,
  values: standardValues({ text: standardText }, { text: 'TEXT', int: 'BIGINT' }),
};

const clickhouse: DialectRules = {
  name: doubleQuoted,
  text: backslashText,
  // ClickHouse's trim(BOTH … FROM) cuts bytes, not characters: a regular expression (RE2, UTF-8) instead.
  trimmed: (e) =>
    `replaceRegexpAll(COALESCE(CAST(${e} AS Nullable(String)), ''), ${backslashText(TRIM_PATTERN)}, '')`,
  ordered: (e) => e,
  matches: (e, pattern) => `match(${e}, ${backslashText(pattern)})`,
  toDouble: (e) => `toFloat64OrNull(${e})`,
  toWhole: (e) => `toInt64OrNull(${e})`,
  keep: (name, query) => [
    `DROP TEMPORARY TABLE IF EXISTS ${name}`,
    `CREATE TEMPORARY TABLE ${name} ENGINE = Memory AS\n${query}`,
  ],
  drop: (name) => `DROP TEMPORARY TABLE IF EXISTS ${name}`,
  values: (name, columns, rows) => {
    const types = columns.map(
      ([column, type]) => `${column} Nullable(${type === 'int' ? 'Int64' : 'String'})`,
    );
    const body = rows.map(
      (row) => `(${row.map((v, i) => literal(backslashText, v, columns[i]![1])).join(', ')})`,
    );
    const all = [`(${columns.map(() => 'NULL').join(', ')})`, ...body];
    return `${name} AS (SELECT * FROM values(${backslashText(types.join(', '))},\n    ${all.join(',\n    ')}))`;
  },
};

const spark: DialectRules = {
  name: (column) => `\`${column.replaceAll('`', '``')}\``,
  text: backslashText,
  trimmed: (e) => `regexp_replace(COALESCE(CAST(${e} AS STRING), ''), ${backslashText(TRIM_PATTERN)}, '')`,
  ordered: (e) => e,
  matches: (e, pattern) => `${e} RLIKE ${backslashText(pattern)}`,
  // Spark 4 casts in ANSI mode, which throws on text that is no number.
  toDouble: (e) => `try_cast(${e} AS DOUBLE)`,
  toWhole: (e) => `try_cast(${e} AS BIGINT)`,
  keep: (name, query) => [`UNCACHE TABLE IF EXISTS ${name}`, `CACHE TABLE ${name} AS\n${query}`],
  drop: (name) => `UNCACHE TABLE IF EXISTS ${name}`,
  values: (name, columns, rows) => {
    const types = { text: 'STRING', int: 'BIGINT' } as const;
    const head = `(${columns.map(([, type]) => `CAST(NULL AS ${types[type]})`).join(', ')})`;
    const body = rows.map(
      (row) => `(${row.map((v, i) => literal(backslashText, v, columns[i]![1])).join(', ')})`,
    );
    const list = columns.map(([column]) => column).join(', ');
    return `${name} AS (SELECT * FROM VALUES\n    ${[head, ...body].join(',\n    ')}\n    AS ${name}(${list}))`;
  },
};

export const DIALECTS: Record<SqlDialect, DialectRules> = { duckdb, postgres, clickhouse, spark };

/** The rules of `dialect`; throws for a name that is not one. */
export function dialectRules(dialect: string): DialectRules {
  if (!(SQL_DIALECTS as readonly string[]).includes(dialect))
    throw new Error(`invalid dialect: "${dialect}" (expected ${SQL_DIALECTS.join(', ')})`);
  return DIALECTS[dialect as SqlDialect];
}
