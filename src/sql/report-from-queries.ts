import { DECIMAL_COMMA_WARNING } from '../data/reader-warnings.js';
import { REPORT_VERSION } from '../core/report.js';
import type { CustomerRanking, SubscriptionsSection, UsageReport } from '../core/report.js';
import { resolveReportWindow } from '../core/report-window.js';
import type { SeatTotals } from '../core/usage-cube.js';
import { compareText } from '../core/compare-text.js';
import { computeInsights } from '../core/insights/insights.js';
import type { InsightsSection } from '../core/report.js';
import { anomaliesFromTotals } from './anomalies-from-totals.js';
import { createInsightsCube } from './insights-cube.js';
import { distinctCells, resolveLookups } from './lookups.js';
import { reportSql } from './report-sql.js';
import type { ReportSqlOptions, ReportStatements } from './report-sql.js';
import type { CellLookups } from './lookups.js';
import type { SqlDialect } from './dialect.js';
import {
  geoSection,
  skuSections,
  subscriptionRow,
  summarySection,
  topCustomer,
} from './sections-from-rows.js';
import type { SqlRow } from './sections-from-rows.js';

export type { SqlRow } from './sections-from-rows.js';

/** Runs one statement: its rows as objects keyed by column name, as a stream or all at once. */
export type QueryRunner = (sql: string) => AsyncIterable<SqlRow> | Promise<Iterable<SqlRow>>;

export interface ReportFromQueriesOptions extends ReportSqlOptions {
  dialect: SqlDialect;
  /** Whether to fetch every subscription's trend and the top customers (default true), as `ReportOptions`. */
  subscriptions?: boolean;
  /** `false`: no revenue at all, ranked by available seats (as `ReportOptions.revenue: false`). */
  revenue?: false;
  /**
   * With `subscriptions: false`, `'anomalies'` still gives the unusual months (from the month and SKU
   * totals), the other insights empty, as `ReportOptions.insights`. Default: every insight with
   * subscriptions, `null` without.
   */
  insights?: 'anomalies';
  /** Renewals: how many days after the window's last month an end date may fall. Default 90. */
  renewalDays?: number;
  /** Renewals: list subscriptions whose active % in the window's last month is below this. Default 50. */
  renewalActiveBelow?: number;
}

/**
 * The report document computed by a database: `run` executes `reportSql`'s statements (DuckDB, PostgreSQL,
 * ClickHouse, Spark SQL), and the figures come back as a few hundred rows, plus one row per subscription,
 * read one at a time from the runner's stream. `insights` are the core's own (`computeInsights`) on a cube
 * of the window's totals and subscriptions; without subscriptions they are `null`, or the unusual months
 * alone with `insights: 'anomalies'`, as `computeReport` makes them. `input.skipped`
 * lists no rows (an engine has no line numbers; `skippedCount` counts them). Throws `ReportOptionError`
 * for options that make no window, as `computeReport` does.
 */
export async function reportFromQueries(
  run: QueryRunner,
  options: ReportFromQueriesOptions,
): Promise<UsageReport> {
  const statements = reportSql(options.dialect, options);
  const lookups = resolveLookups(
    distinctCells((await all(run(statements.distinct))) as Iterable<{ kind: string; value: string | null }>),
    statements.options.decimal,
  );
  for (const statement of statements.prepare(lookups)) await all(run(statement));
  try {
    return await reportOfRows(run, options, statements, lookups);
  } finally {
    for (const statement of statements.cleanup) await all(run(statement));
  }
}

async function reportOfRows(
  run: QueryRunner,
  options: ReportFromQueriesOptions,
  statements: ReportStatements,
  lookups: CellLookups,
): Promise<UsageReport> {
  const monthRows = await all(run(statements.months(lookups)));
  const totals = new Map<string, SeatTotals>(
    monthRows.map((row) => [
      String(row.month),
      {
        available: Number(row.available),
        assigned: Number(row.assigned),
        active: Number(row.active),
        rows: Number(row.row_count),
      },
    ]),
  );
  const [input] = await all(run(statements.input(lookups)));
  const { months, month, latest, warnings } = resolveReportWindow(totals, options);
  const rankedBy: CustomerRanking =
    options.revenue !== false && Number(input?.revenue_cells ?? 0) > 0 ? 'billedRevenue' : 'availableSeats';
  const sections = statements.sections(lookups, { months, month, rankedBy });
  const skuRows = await all(run(sections.sku));
  const { sku, distribution } = skuSections(skuRows, months, month);
  const withSubscriptions = options.subscriptions !== false;
  // Sorted again by computeTopCustomers' order: revenue rounded in JavaScript, names in code-unit order.
  const customers = withSubscriptions
    ? (await all(run(sections.topCustomers)))
        .map((row) => topCustomer(row, rankedBy, options.revenue))
        .sort(
          (a, b) =>
            (b.billedRevenue ?? 0) - (a.billedRevenue ?? 0) ||
            b.availableSeats - a.availableSeats ||
            compareText(a.customerName, b.customerName) ||
            compareText(a.customerKey, b.customerKey),
        )
    : [];
  const readerWarnings = [
    ...(statements.options.decimal === ',' ? [DECIMAL_COMMA_WARNING] : []),
    ...lookups.warnings,
  ];
  const subscriptions: SubscriptionsSection = { total: 0, rows: [] };
  let insights: InsightsSection | null =
    options.insights === 'anomalies' ? anomaliesFromTotals(totals, skuRows, months) : null;
  if (withSubscriptions) {
    const cube = createInsightsCube({
      months: totals,
      skuRows,
      marketRows: await all(run(sections.markets)),
      customerRows: await all(run(sections.customerNames)),
      window: months,
    });
    for await (const row of stream(run(sections.subscriptions))) {
      subscriptions.rows.push(subscriptionRow(row, months.length));
      cube.add(row);
    }
    subscriptions.total = subscriptions.rows.length;
    // Every insight, by the core's own rules, as computeReport makes them with subscriptions.
    insights = computeInsights(cube.cube(), months, options, readerWarnings);
  } else {
    const [count] = await all(run(sections.subscriptionCount));
    subscriptions.total = Number(count?.subscription_count ?? 0);
  }
  return {
    version: REPORT_VERSION,
    months,
    month,
    latestMonth: latest,
    summary: summarySection(totals, months),
    geo:
      month === null
        ? { countries: [], countryCount: 0, unmatched: [] }
        : geoSection(await all(run(sections.geo))),
    sku,
    distribution,
    subscriptions,
    topCustomers: { rankedBy, customers },
    insights,
    input: {
      rows: Number(input?.row_count ?? 0),
      monthRows: months.map((key) => totals.get(key)?.rows ?? 0),
      skipped: [],
      skippedCount: Number(input?.skipped_count ?? 0),
      emptyAvailable: Number(input?.empty_available ?? 0),
      // As the file reader: a semicolon file's decimal comma first, then the date order, then the window's.
      warnings: [...readerWarnings, ...warnings],
    },
  };
}

async function* stream(rows: AsyncIterable<SqlRow> | Promise<Iterable<SqlRow>>): AsyncGenerator<SqlRow> {
  if (Symbol.asyncIterator in rows) yield* rows;
  else yield* await rows;
}

async function all(rows: AsyncIterable<SqlRow> | Promise<Iterable<SqlRow>>): Promise<SqlRow[]> {
  const list: SqlRow[] = [];
  for await (const row of stream(rows)) list.push(row);
  return list;
}
