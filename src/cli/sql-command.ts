import { createReadStream } from 'node:fs';
import type { Writable } from 'node:stream';
import { mapHeader } from '../data/header-map.js';
import { readUsage } from '../data/read-usage.js';
import { UsageInputError } from '../data/usage-input-error.js';
import { resolveReportWindow } from '../core/report-window.js';
import { resolveLookups } from '../sql/lookups.js';
import { reportFromQueries } from '../sql/report-from-queries.js';
import { reportSql } from '../sql/report-sql.js';
import type { ReportCommand, SqlCommand } from './cli-args.js';
import { openDuckdbExport } from './duckdb-engine.js';
import { writePieces } from './write-pieces.js';
import { writeReportOutput } from './write-parts.js';

/** What `dyn-usage sql` needs from the file: its header, distinct cells, months and whether it has revenue. */
interface FileFacts {
  header: string[];
  months: Set<string>;
  markets: Set<string>;
  seats: Set<string>;
  monthRows: Map<string, { rows: number }>;
  hasRevenue: boolean;
  /** `,` once a seat or revenue cell the reader took has a comma: only a decimal comma allows one. */
  decimal: '.' | ',';
}

async function readFacts(file: string): Promise<FileFacts> {
  const facts: FileFacts = {
    header: [],
    months: new Set(),
    markets: new Set(),
    seats: new Set(),
    monthRows: new Map(),
    hasRevenue: false,
    decimal: '.',
  };
  let at: ReturnType<typeof mapHeader> | null = null;
  const input = file === '-' ? process.stdin : createReadStream(file, { highWaterMark: 1 << 20 });
  const result = await readUsage(input, {
    columns(header) {
      facts.header = [...header];
      at = mapHeader(header);
    },
    add(record, fields) {
      const cell = (index: number) => (fields[index] ?? '').trim();
      if (at) {
        facts.months.add(cell(at.Month));
        for (const index of [at.AvailableSeats, at.AssignedSeats, at.ActiveSeats]) {
          facts.seats.add(cell(index));
          if (cell(index).includes(',')) facts.decimal = ',';
        }
        if (at.BilledRevenueUSD !== -1 && cell(at.BilledRevenueUSD).includes(',')) facts.decimal = ',';
      }
      facts.markets.add(record.market);
      const month = facts.monthRows.get(record.month);
      if (month) month.rows += 1;
      else facts.monthRows.set(record.month, { rows: 1 });
      if (record.billedRevenue !== null) facts.hasRevenue = true;
    },
    skip() {},
  });
  if (result.kind === 'report')
    throw new UsageInputError(`${file} is already a report document, not an export`, 'unreadable');
  return facts;
}

/**
 * `dyn-usage sql --dialect D FILE`: the statements that compute FILE's report where its rows sit in a
 * table, with the lookups and the window already read from FILE (reportFromQueries makes them itself).
 */
export async function runSqlCommand(command: SqlCommand, out: Writable): Promise<number> {
  const facts = await readFacts(command.file);
  const { options } = command;
  const statements = reportSql(command.dialect, {
    header: facts.header,
    source: command.source,
    decimal: facts.decimal,
    ...options,
  });
  const lookups = resolveLookups(
    { months: [...facts.months], markets: [...facts.markets], seats: [...facts.seats] },
    facts.decimal,
  );
  const { months, month } = resolveReportWindow(facts.monthRows, options);
  const rankedBy = options.revenue !== false && facts.hasRevenue ? 'billedRevenue' : 'availableSeats';
  const sections = statements.sections(lookups, { months, month, rankedBy });
  const parts: [string, string][] = [
    [
      '1. The distinct month, market and seat cells, for resolveLookups (already read below)',
      statements.distinct,
    ],
    ['2. Rows and seats per month: the window and the summary', statements.months(lookups)],
    ['2. Input counts', statements.input(lookups)],
    ['3. SKU trend and distribution', sections.sku],
    ['3. Geography', sections.geo],
    ['3. Top customers', sections.topCustomers],
    ['3. Subscriptions', sections.subscriptions],
    ['3. Market totals per month of the window (insights)', sections.markets],
    ['3. Customer names (insights)', sections.customerNames],
    ['3. Subscription count', sections.subscriptionCount],
  ];
  const head = `-- dyn-usage sql: the report of ${command.file} in ${command.dialect} SQL, reading the table ${command.source}\n`;
  await writePieces(out, [head, ...parts.map(([title, sql]) => `\n-- ${title}\n${sql};\n`)]);
  return 0;
}

/** `dyn-usage report FILE --engine duckdb`: the document computed by DuckDB, written in pieces. */
export async function runEngineReport(command: ReportCommand, out: Writable): Promise<number> {
  if (command.file === '-')
    throw new UsageInputError('--engine duckdb reads a file, not standard input', 'unreadable');
  const db = await openDuckdbExport(command.file);
  try {
    const { revenue, ...options } = command.options;
    const report = await reportFromQueries(db.run, {
      dialect: 'duckdb',
      header: db.header,
      decimal: db.decimal,
      // One connection: the rows are read from the file, trimmed and looked up once, not per statement.
      materialize: 'dyn_usage_rows',
      ...options,
      ...(revenue === false ? { revenue } : {}),
    });
    const { pretty, parts } = command;
    await writeReportOutput(report, { pretty, ...(parts ? { parts } : {}) }, out, process.stderr);
    return 0;
  } finally {
    db.close();
  }
}
