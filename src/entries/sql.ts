// `dyn-usage-kit/sql`: the report document as SQL, computed where the data is (DuckDB, PostgreSQL,
// ClickHouse, Spark SQL), with no engine dependency: bring a function that runs a statement.
export { reportSql } from '../sql/report-sql.js';
export type { ReportSqlOptions, ReportStatements, SectionStatements, SqlWindow } from '../sql/report-sql.js';
export { reportFromQueries } from '../sql/report-from-queries.js';
export type { QueryRunner, ReportFromQueriesOptions, SqlRow } from '../sql/report-from-queries.js';
export { distinctCells, resolveLookups } from '../sql/lookups.js';
export type { CellLookups, DistinctCells } from '../sql/lookups.js';
export { SQL_DIALECTS } from '../sql/dialect.js';
export type { SqlDialect } from '../sql/dialect.js';
