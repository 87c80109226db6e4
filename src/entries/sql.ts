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
// Serving the subscription table's rows (README "Computing the report on a server or a warehouse"): the
// document in parts, and the reference answer to a data provider's request.
export { reportParts, pageHref, DEFAULT_PARTS_PAGE_SIZE, PARTS_PAGE_HREF } from '../core/report-parts.js';
export type { ReportParts } from '../core/report-parts.js';
export { answerCustomerPage } from '../view/customer-page-answer.js';
export type {
  CustomerPage,
  CustomerPageProvider,
  CustomerPageRequest,
  CustomerPageRow,
  CustomerPageSortKey,
} from '../core/customer-page.js';
