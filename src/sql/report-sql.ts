import type { DecimalMark } from '../data/parse-seats.js';
import type { CustomerRanking } from '../core/report.js';
import { DEFAULT_TOP } from '../core/report.js';
import type { UsageFilter } from '../core/usage-filter.js';
import { dialectRules } from './dialect.js';
import type { DialectRules, SqlDialect } from './dialect.js';
import type { CellLookups } from './lookups.js';
import { PLAIN_SEATS } from './lookups.js';
import { keptCte, sourceCte, usageRowsCtes } from './usage-rows-sql.js';
import type { UsageRowsOptions } from './usage-rows-sql.js';

export interface ReportSqlOptions {
  /** The export's header as written: the SQL names these columns (optional ones absent read as empty). */
  header: readonly string[];
  /** The table or view of the export's rows, every column text; or a parenthesised query. Default `usage`. */
  source?: string;
  /** First month of the window, `YYYY-MM` (see `ReportOptions`). */
  from?: string;
  /** Last month of the window, `YYYY-MM`. */
  to?: string;
  /** Snapshot month, `YYYY-MM`. */
  month?: string;
  /** How many top customers. Default 100. */
  top?: number;
  /** Rows to keep, as `cubeFromTable`'s filter. */
  filter?: UsageFilter;
  /** The numbers' decimal mark: `,` for semicolon CSV saved by nl, de or fr Excel. Default `.`. */
  decimal?: DecimalMark;
  /**
   * A table name: `prepare` keeps the rows, trimmed and looked up, in this session table, which every later
   * statement reads instead of reading the export again (a temporary table; Spark: a cached one). Needs a
   * runner that keeps one session. Default: none, every statement reads `source` itself.
   */
  materialize?: string;
}

/** The window the sections cover, as `resolveReportWindow` makes it from the `months` statement's rows. */
export interface SqlWindow {
  months: readonly string[];
  month: string | null;
  rankedBy: CustomerRanking;
}

/** The statements of the sections, for one window. */
export interface SectionStatements {
  /** SKU, month, seats: the SKU trend, and the distribution from the snapshot month's rows. */
  sku: string;
  /** Country code, market spelling, rows and seats in the snapshot month. */
  geo: string;
  /** Month, country code, market spelling, rows and seats in every month of the window (for insights). */
  markets: string;
  /** Every customer key and its name (for insights). */
  customerNames: string;
  /** The top customers, ranked. */
  topCustomers: string;
  /**
   * Every subscription with rows in the window, in report order, with its end date and per month of the
   * window available (`a0…`), active (`t0…`) and assigned (`g0…`) seats and rows (`r0…`).
   */
  subscriptions: string;
  /** How many subscriptions have rows in the window. */
  subscriptionCount: string;
}

/** The report's statements in the order they run: each stage needs what the one before returned. */
export interface ReportStatements {
  dialect: SqlDialect;
  /** 1. The distinct month, market and seat cells (`kind`, `value`), for `resolveLookups`. */
  distinct: string;
  /** 2. With `materialize`: the statements that keep the rows (none without); `cleanup` drops them. */
  prepare(lookups: CellLookups): string[];
  cleanup: string[];
  /** 2. Per month with rows: `month`, `row_count` and seats, for the window and the summary. */
  months(lookups: CellLookups): string;
  /** 2. The input counts: `row_count`, `skipped_count`, `empty_available`, `revenue_cells`. */
  input(lookups: CellLookups): string;
  /** 3. The sections of the window. */
  sections(lookups: CellLookups, window: SqlWindow): SectionStatements;
  /** The options, normalised. */
  options: Required<Omit<ReportSqlOptions, 'from' | 'to' | 'month' | 'materialize'>> &
    Pick<ReportSqlOptions, 'from' | 'to' | 'month' | 'materialize'>;
}

/**
 * The report document as SQL, for an export held in a database (`source`) whose columns are `header`.
 * Months, markets and seat cells are read by the kit's rules in JavaScript, on their distinct values
 * (`distinct` → `resolveLookups`), and passed back as small VALUES tables; `reportFromQueries` runs it all.
 * @throws Error for an unknown dialect; UsageInputError `'missing-columns'` for a header without a required column.
 */
export function reportSql(dialect: SqlDialect, options: ReportSqlOptions): ReportStatements {
  const sql = dialectRules(dialect);
  const normalised = {
    header: options.header,
    source: options.source ?? 'usage',
    top: options.top ?? DEFAULT_TOP,
    filter: options.filter ?? {},
    decimal: options.decimal ?? '.',
    ...(options.from !== undefined ? { from: options.from } : {}),
    ...(options.to !== undefined ? { to: options.to } : {}),
    ...(options.month !== undefined ? { month: options.month } : {}),
    ...(options.materialize !== undefined ? { materialize: options.materialize } : {}),
  };
  if (!Number.isInteger(normalised.top) || normalised.top < 0)
    throw new Error(`invalid top: ${normalised.top}`);
  const rows: UsageRowsOptions = normalised;
  const src = sourceCte(sql, rows);
  const kept = options.materialize;
  const withRows = (lookups: CellLookups, ...more: string[]) =>
    kept === undefined
      ? `WITH\n${[src, ...usageRowsCtes(sql, rows, lookups), ...more].join(',\n')}\n`
      : `WITH\n${[`checked AS (SELECT * FROM ${kept})`, keptCte(sql, rows), ...more].join(',\n')}\n`;
  return {
    dialect,
    options: normalised,
    prepare: (lookups) =>
      kept === undefined
        ? []
        : sql.keep(
            kept,
            `WITH\n${[src, ...usageRowsCtes(sql, rows, lookups)].join(',\n')}\nSELECT * FROM checked`,
          ),
    cleanup: kept === undefined ? [] : [sql.drop(kept)],
    distinct: `WITH\n${src}\nSELECT DISTINCT kind, value FROM (
  SELECT 'month' AS kind, month_text AS value FROM src
  UNION ALL SELECT 'market' AS kind, market AS value FROM src
  UNION ALL SELECT 'seats' AS kind, available_text AS value FROM src
  UNION ALL SELECT 'seats' AS kind, assigned_text AS value FROM src
  UNION ALL SELECT 'seats' AS kind, active_text AS value FROM src
) cells
WHERE kind <> 'seats' OR NOT ${sql.matches('value', PLAIN_SEATS)}
ORDER BY kind, value`,
    months: (lookups) =>
      `${withRows(lookups)}SELECT month, COUNT(*) AS row_count, ${seatSums('')}
FROM kept
GROUP BY month
ORDER BY month`,
    input: (lookups) =>
      `${withRows(lookups)}SELECT
  SUM(CASE WHEN usable = 1 THEN 1 ELSE 0 END) AS read_count,
  SUM(CASE WHEN usable = 0 AND blank = 0 THEN 1 ELSE 0 END) AS skipped_count,
  SUM(CASE WHEN usable = 1 AND available_text = '' THEN 1 ELSE 0 END) AS empty_available,
  (SELECT COUNT(*) FROM kept) AS row_count,
  (SELECT COUNT(revenue) FROM kept) AS revenue_cells
FROM checked`,
    sections: (lookups, window) => sectionStatements(sql, withRows(lookups), window, normalised.top),
  };
}

function seatSums(prefix: string): string {
  return `SUM(${prefix}available) AS available, SUM(${prefix}assigned) AS assigned, SUM(${prefix}active) AS active`;
}

function sectionStatements(
  sql: DialectRules,
  withRows: string,
  window: SqlWindow,
  top: number,
): SectionStatements {
  const inWindow = `month IN (${window.months.map((month) => sql.text(month)).join(', ') || 'NULL'})`;
  const snapshot = window.month === null ? 'NULL' : sql.text(window.month);
  const last = window.months.length > 0 ? sql.text(window.months[window.months.length - 1]!) : 'NULL';
  const o = (column: string) => sql.ordered(column);
  const perMonth = window.months.flatMap((month, k) => [
    `SUM(CASE WHEN month = ${sql.text(month)} THEN available ELSE 0 END) AS a${k}`,
    `SUM(CASE WHEN month = ${sql.text(month)} THEN active ELSE 0 END) AS t${k}`,
    `SUM(CASE WHEN month = ${sql.text(month)} THEN assigned ELSE 0 END) AS g${k}`,
    `SUM(CASE WHEN month = ${sql.text(month)} THEN 1 ELSE 0 END) AS r${k}`,
  ]);
  // A customer's name: the least of its names in its latest month (README, tie rules).
  const customerNames = `customer_latest AS (
  SELECT customer_key, MAX(month) AS month FROM kept GROUP BY customer_key
),
customer_names AS (
  SELECT k.customer_key AS customer_key, MIN(${o('k.customer_name')}) AS customer_name
  FROM kept k JOIN customer_latest l ON l.customer_key = k.customer_key AND l.month = k.month
  GROUP BY k.customer_key
)`;
  const rank =
    window.rankedBy === 'billedRevenue'
      ? `ROUND(COALESCE(w.revenue, 0) * 100) DESC, w.available_seats DESC`
      : 'w.available_seats DESC';
  return {
    sku: `${withRows}SELECT sku, month, COUNT(*) AS row_count, ${seatSums('')}
FROM kept
WHERE ${inWindow}
GROUP BY sku, month
ORDER BY ${o('sku')}, month`,
    geo: `${withRows}SELECT market_code, market, COUNT(*) AS row_count, ${seatSums('')}
FROM kept
WHERE month = ${snapshot}
GROUP BY market_code, market
ORDER BY ${o('market_code')}, ${o('market')}`,
    markets: `${withRows}SELECT month, market_code, market, COUNT(*) AS row_count, ${seatSums('')}
FROM kept
WHERE ${inWindow}
GROUP BY month, market_code, market
ORDER BY month, ${o('market_code')}, ${o('market')}`,
    customerNames: `${withRows},
${customerNames}
SELECT customer_key, customer_name FROM customer_names
ORDER BY ${o('customer_key')}`,
    topCustomers: `${withRows},
${customerNames},
customer_window AS (
  SELECT customer_key,
    SUM(CASE WHEN month = ${last} THEN available ELSE 0 END) AS available_seats,
    SUM(revenue) AS revenue
  FROM kept
  WHERE ${inWindow}
  GROUP BY customer_key
)
SELECT w.customer_key AS customer_key, n.customer_name AS customer_name,
  w.available_seats AS available_seats, w.revenue AS revenue
FROM customer_window w JOIN customer_names n ON n.customer_key = w.customer_key
ORDER BY ${rank}, ${o('n.customer_name')}, ${o('w.customer_key')}
LIMIT ${top}`,
    // A subscription's attributes: its rows in its latest month, the least by name, key, SKU, market,
    // segment and end date (README, tie rules).
    subscriptions: `${withRows},
latest AS (
  SELECT subscription_id, customer_name, customer_key, sku, market, segment, end_date,
    ROW_NUMBER() OVER (
      PARTITION BY subscription_id
      ORDER BY month DESC, ${['customer_name', 'customer_key', 'sku', 'market', 'segment', 'end_date'].map(o).join(', ')}
    ) AS pick
  FROM kept
),
seats AS (
  SELECT subscription_id${perMonth.map((column) => `,\n    ${column}`).join('')}
  FROM kept
  WHERE ${inWindow}
  GROUP BY subscription_id
)
SELECT l.subscription_id AS subscription_id, l.customer_name AS customer_name,
  l.customer_key AS customer_key, l.sku AS sku, l.market AS market, l.segment AS segment,
  l.end_date AS end_date${window.months.map((_, k) => `,\n  ${['a', 't', 'g', 'r'].map((c) => `s.${c}${k} AS ${c}${k}`).join(', ')}`).join('')}
FROM seats s JOIN latest l ON l.subscription_id = s.subscription_id AND l.pick = 1
ORDER BY ${o('l.customer_name')}, ${o('l.sku')}, ${o('l.subscription_id')}`,
    subscriptionCount: `${withRows}SELECT COUNT(DISTINCT subscription_id) AS subscription_count
FROM kept
WHERE ${inWindow}`,
  };
}
