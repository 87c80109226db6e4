import { mapHeader } from '../data/header-map.js';
import type { ColumnIndex } from '../data/header-map.js';
import type { DecimalMark } from '../data/parse-seats.js';
import type { UsageFilter } from '../core/usage-filter.js';
import type { DialectRules } from './dialect.js';
import type { CellLookups } from './lookups.js';
import { PLAIN_SEATS } from './lookups.js';

/** The export's columns the report reads, by the name the SQL gives them. */
const CELLS: [string, keyof ColumnIndex][] = [
  ['subscription_id', 'SubscriptionId'],
  ['month_text', 'Month'],
  ['sku', 'SKU'],
  ['customer_name', 'CustomerName'],
  ['tenant_id', 'CustomerTenantId'],
  ['market', 'CustomerMarket'],
  ['segment', 'CustomerSegment'],
  ['sales_model', 'SalesModel'],
  ['partner_location', 'PartnerLocation'],
  ['partner_attach_type', 'PartnerAttachType'],
  ['end_date', 'SubscriptionEndDate'],
  ['available_text', 'AvailableSeats'],
  ['assigned_text', 'AssignedSeats'],
  ['active_text', 'ActiveSeats'],
  ['revenue_text', 'BilledRevenueUSD'],
];

/** `parseRevenue`'s plain decimal number, for each decimal mark. */
const REVENUE_PATTERN: Record<DecimalMark, string> = {
  '.': '^[+-]?([0-9]+\\.?[0-9]*|\\.[0-9]+)([eE][+-]?[0-9]+)?$',
  ',': '^[+-]?([0-9]+,?[0-9]*|,[0-9]+)([eE][+-]?[0-9]+)?$',
};

export interface UsageRowsOptions {
  /** The export's header as written (each name once). */
  header: readonly string[];
  /** The table, view or parenthesised query holding the export's rows, one text column per header name. */
  source: string;
  decimal: DecimalMark;
  filter: UsageFilter;
}

/**
 * `src`: every row's cells trimmed as the kit trims them (absent optional columns are `''`), and whether
 * the row is blank (every cell empty: ignored like an empty line, as the file reader does).
 */
export function sourceCte(sql: DialectRules, options: UsageRowsOptions): string {
  const at = mapHeader(options.header);
  const used = new Set(CELLS.map(([, column]) => at[column]).filter((index) => index !== -1));
  const seen = new Set<string>();
  const others = options.header.filter(
    (name, index) => !used.has(index) && !seen.has(name) && seen.add(name),
  );
  const cell = (column: keyof ColumnIndex) =>
    at[column] === -1 ? `''` : sql.trimmed(sql.name(options.header[at[column]]!));
  const blank = [
    ...CELLS.filter(([, column]) => at[column] !== -1).map(([alias]) => `${alias} = ''`),
    ...(others.length > 0 ? ['others_blank = 1'] : []),
  ].join(' AND ');
  const columns = CELLS.map(([alias, column]) => `${cell(column)} AS ${alias}`);
  if (others.length > 0) {
    const test = others.map((name) => `${sql.trimmed(sql.name(name))} = ''`).join('\n      AND ');
    columns.push(`CASE WHEN ${test}\n      THEN 1 ELSE 0 END AS others_blank`);
  }
  return `cells AS (
  SELECT
    ${columns.join(',\n    ')}
  FROM ${options.source}
),
src AS (
  SELECT *, CASE WHEN ${blank} THEN 1 ELSE 0 END AS blank FROM cells
)`;
}

/** The lookup tables of the distinct cells, read in JavaScript by the kit's rules. */
export function lookupCtes(sql: DialectRules, lookups: CellLookups): string[] {
  return [
    sql.values(
      'month_map',
      [
        ['month_text', 'text'],
        ['month', 'text'],
      ],
      lookups.months,
    ),
    sql.values(
      'market_map',
      [
        ['market_text', 'text'],
        ['code', 'text'],
      ],
      lookups.markets,
    ),
    sql.values(
      'seat_map',
      [
        ['seat_text', 'text'],
        ['seats', 'int'],
      ],
      lookups.seats,
    ),
  ];
}

/**
 * `checked`: each row with its month, country and seats looked up and `usable` (what the file reader keeps);
 * `kept`: the usable rows that pass the filter, the rows every figure is summed from.
 */
export function usageRowsCtes(sql: DialectRules, options: UsageRowsOptions, lookups: CellLookups): string[] {
  const pattern = REVENUE_PATTERN[options.decimal];
  const revenueText = options.decimal === ',' ? `replace(s.revenue_text, ',', '.')` : 's.revenue_text';
  // A CASE, not AND: PostgreSQL may evaluate either side of an AND first, and its cast throws on text.
  const revenueOk = `(s.revenue_text = '' OR CASE WHEN ${sql.matches('s.revenue_text', pattern)} THEN abs(${sql.toDouble(revenueText)}) < ${2 ** 53} ELSE FALSE END)`;
  // Plain digits cast here; any other seat cell from the lookup, read by parseSeats (lookups.ts).
  const seats = (map: string, column: string) =>
    `CASE WHEN ${sql.matches(`s.${column}_text`, PLAIN_SEATS)} THEN ${sql.toWhole(`s.${column}_text`)} ELSE ${map}.seats END`;
  const checked = `checked AS (
  SELECT
    s.subscription_id AS subscription_id, s.sku AS sku, s.customer_name AS customer_name,
    s.tenant_id AS tenant_id,
    CASE WHEN s.tenant_id <> '' THEN s.tenant_id ELSE s.customer_name END AS customer_key,
    s.market AS market, s.segment AS segment, s.sales_model AS sales_model,
    s.partner_location AS partner_location, s.partner_attach_type AS partner_attach_type,
    s.end_date AS end_date, s.available_text AS available_text, s.blank AS blank, m.month AS month,
    k.code AS market_code,
    ${seats('a', 'available')} AS available, ${seats('g', 'assigned')} AS assigned,
    ${seats('t', 'active')} AS active,
    CASE WHEN s.revenue_text <> '' AND ${revenueOk} THEN ${sql.toDouble(revenueText)} END AS revenue,
    CASE WHEN s.subscription_id <> '' AND m.month IS NOT NULL AND s.sku <> ''
      AND (s.customer_name <> '' OR s.tenant_id <> '')
      AND ${seats('a', 'available')} IS NOT NULL AND ${seats('g', 'assigned')} IS NOT NULL
      AND ${seats('t', 'active')} IS NOT NULL AND ${revenueOk}
      THEN 1 ELSE 0 END AS usable
  FROM src s
  LEFT JOIN month_map m ON m.month_text = s.month_text
  LEFT JOIN market_map k ON k.market_text = s.market
  LEFT JOIN seat_map a ON a.seat_text = s.available_text
  LEFT JOIN seat_map g ON g.seat_text = s.assigned_text
  LEFT JOIN seat_map t ON t.seat_text = s.active_text
)`;
  return [...lookupCtes(sql, lookups), checked, keptCte(sql, options)];
}

/** `kept`: the usable rows of `checked` that pass the filter. */
export function keptCte(sql: DialectRules, options: UsageRowsOptions): string {
  const tests = ['usable = 1', ...filterTests(sql, options.filter)];
  return `kept AS (\n  SELECT * FROM checked WHERE ${tests.join(' AND ')}\n)`;
}

const FILTER_COLUMNS = [
  ['sku', 'sku'],
  ['country', 'market_code'],
  ['segment', 'segment'],
  ['salesModel', 'sales_model'],
  ['partnerLocation', 'partner_location'],
  ['partnerAttachType', 'partner_attach_type'],
] as const satisfies readonly [keyof UsageFilter, string][];

/** `cubeFromTable`'s filter as SQL tests: each dimension with values keeps the rows among them. */
function filterTests(sql: DialectRules, filter: UsageFilter): string[] {
  return FILTER_COLUMNS.flatMap(([dimension, column]) => {
    const values = filter[dimension];
    return values?.length ? [`${column} IN (${values.map((value) => sql.text(value)).join(', ')})`] : [];
  });
}
