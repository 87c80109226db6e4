import { parseArgs } from 'node:util';
import { isMonthKey } from '../core/month-math.js';
import type { ReportOptions } from '../core/report.js';
import { DEFAULT_PARTS_PAGE_SIZE } from '../core/report-parts.js';
import { SQL_DIALECTS } from '../sql/dialect.js';
import type { SqlDialect } from '../sql/dialect.js';

export interface ReportCommand {
  command: 'report';
  /** A file path, or `-` for standard input. */
  file: string;
  options: ReportOptions;
  pretty: boolean;
  /** `--engine duckdb`: the report computed by DuckDB from `reportSql`'s statements. */
  engine?: 'duckdb';
  /** `--parts DIR [--page-size N]`: the document in parts (README "Computing the report on a server or a warehouse"). */
  parts?: { dir: string; pageSize: number };
  /** `--threads N`: worker threads that read the file (default: see `defaultThreads`). */
  threads?: number;
}

export interface SqlCommand {
  command: 'sql';
  file: string;
  dialect: SqlDialect;
  /** The table or view the statements read (`--source`, default `usage`). */
  source: string;
  options: ReportOptions;
}

export type CliCommand = ReportCommand | SqlCommand | { command: 'help' } | { command: 'version' };

export const USAGE = `Usage: dyn-usage report FILE|- [options]
       dyn-usage sql --dialect duckdb|postgres|clickhouse|spark FILE [--source TABLE] [options]

Reads a Partner Center DynamicsUsage export (CSV, TSV or JSON, detected from the content) and prints
the report document as JSON on standard output. \`sql\` prints instead the SQL statements that compute
it where the export's rows sit in a table (TABLE, default usage, one text column per header name).

Options:
  --from YYYY-MM    first month of the window (default: 11 months before --to)
  --to YYYY-MM      last month of the window (default: the latest month in the data)
  --month YYYY-MM   snapshot month of the geography and distribution sections (default: --to)
  --top N           how many top customers (default: 100)
  --renewal-days N  insights.renewals: end dates up to N days after the window (default: 90)
  --renewal-active-below P
                    insights.renewals: subscriptions whose active % is below P (default: 50)
  --no-revenue      leave billed revenue out of the document (top customers by available seats), for
                    viewers who may not see revenue
  --pretty          indent the JSON
  --parts DIR       write the document in parts instead: DIR/report.json (every section, the subscription
                    rows left out) and DIR/customers/page-1.json, … (the rows by customer, in the table's
                    order), files a CDN can serve to <dyn-subscription-table>
  --page-size N     customers per page file with --parts (default: 25, the table's page size)
  --engine duckdb   compute the report in DuckDB (CSV or TSV; needs npm install @duckdb/node-api)
  --threads N       read the file in N worker threads (default: one per core, up to 8, with at least
                    16 MB each, on 4 cores or more; 1 reads it on the main thread)
  -h, --help        show this help
  -v, --version     print the version

Exit codes: 0 done, 1 the input could not be read or the window cannot be made, 2 a bad command line.`;

/** Thrown for a command line that cannot run; the message is for the user. */
export class CliUsageError extends Error {
  override name = 'CliUsageError';
}

/** The command a command line asks for. */
export function parseCliArgs(argv: readonly string[]): CliCommand {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        from: { type: 'string' },
        to: { type: 'string' },
        month: { type: 'string' },
        top: { type: 'string' },
        'renewal-days': { type: 'string' },
        'renewal-active-below': { type: 'string' },
        'no-revenue': { type: 'boolean', default: false },
        pretty: { type: 'boolean', default: false },
        dialect: { type: 'string' },
        source: { type: 'string' },
        engine: { type: 'string' },
        parts: { type: 'string' },
        'page-size': { type: 'string' },
        threads: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
        version: { type: 'boolean', short: 'v', default: false },
      },
    });
  } catch (error) {
    throw new CliUsageError(error instanceof Error ? error.message : String(error));
  }
  const { values, positionals } = parsed;
  if (values.help) return { command: 'help' };
  if (values.version) return { command: 'version' };
  if (positionals.length === 0) return { command: 'help' };
  const [command, file, ...rest] = positionals;
  if (command !== 'report' && command !== 'sql') throw new CliUsageError(`unknown command: ${command}`);
  if (file === undefined) throw new CliUsageError(`${command} needs a FILE (or - for standard input)`);
  if (rest.length > 0) throw new CliUsageError(`unexpected argument: ${rest[0]}`);
  const options: ReportOptions = {};
  // A value that is not a month is a mistyped command line (exit 2 with the usage), not a window the data
  // cannot make (exit 1): the README promises 2 for the first.
  for (const name of ['from', 'to', 'month'] as const) {
    const value = values[name];
    if (value === undefined) continue;
    if (!isMonthKey(value)) throw new CliUsageError(`invalid --${name}: "${value}" (expected YYYY-MM)`);
    options[name] = value;
  }
  if (values.top !== undefined) {
    const top = Number(values.top);
    if (!Number.isInteger(top) || top < 0) throw new CliUsageError(`invalid --top: "${values.top}"`);
    options.top = top;
  }
  const renewalDays = values['renewal-days'];
  if (renewalDays !== undefined) {
    const days = Number(renewalDays);
    if (!Number.isInteger(days) || days < 1)
      throw new CliUsageError(`invalid --renewal-days: "${renewalDays}"`);
    options.renewalDays = days;
  }
  const activeBelow = values['renewal-active-below'];
  if (activeBelow !== undefined) {
    const percent = Number(activeBelow);
    if (activeBelow.trim() === '' || !Number.isFinite(percent) || percent < 0)
      throw new CliUsageError(`invalid --renewal-active-below: "${activeBelow}"`);
    options.renewalActiveBelow = percent;
  }
  if (values['no-revenue']) options.revenue = false;
  if (command === 'sql') return sqlCommand(file, values.dialect, values.source, options);
  if (values.dialect !== undefined || values.source !== undefined)
    throw new CliUsageError('--dialect and --source go with sql, not report');
  if (values.engine !== undefined && values.engine !== 'duckdb')
    throw new CliUsageError(`invalid --engine: "${values.engine}" (expected duckdb)`);
  const parts = partsOption(values.parts, values['page-size']);
  const threads = values.threads === undefined ? undefined : Number(values.threads);
  if (threads !== undefined && !(Number.isInteger(threads) && threads >= 1))
    throw new CliUsageError(`invalid --threads: "${values.threads}"`);
  return {
    command: 'report',
    file,
    options,
    pretty: values.pretty,
    ...(values.engine === 'duckdb' ? { engine: 'duckdb' as const } : {}),
    ...(parts ? { parts } : {}),
    ...(threads ? { threads } : {}),
  };
}

function partsOption(
  dir: string | undefined,
  pageSize: string | undefined,
): ReportCommand['parts'] | undefined {
  if (dir === undefined) {
    if (pageSize !== undefined) throw new CliUsageError('--page-size goes with --parts DIR');
    return undefined;
  }
  if (dir === '') throw new CliUsageError('--parts needs a directory');
  const size = pageSize === undefined ? DEFAULT_PARTS_PAGE_SIZE : Number(pageSize);
  if (!Number.isInteger(size) || size < 1) throw new CliUsageError(`invalid --page-size: "${pageSize}"`);
  return { dir, pageSize: size };
}

function sqlCommand(
  file: string,
  dialect: string | undefined,
  source: string | undefined,
  options: ReportOptions,
): SqlCommand {
  if (dialect === undefined) throw new CliUsageError(`sql needs --dialect (${SQL_DIALECTS.join(', ')})`);
  if (!(SQL_DIALECTS as readonly string[]).includes(dialect))
    throw new CliUsageError(`invalid --dialect: "${dialect}" (expected ${SQL_DIALECTS.join(', ')})`);
  return { command: 'sql', file, dialect: dialect as SqlDialect, source: source ?? 'usage', options };
}
