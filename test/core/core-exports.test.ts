// `dyn-usage-kit/core` is a designed API. This test lists every name it exports, values and types, so
// that adding or dropping one is a decision made here, in review, and not a side effect of exporting a
// module wholesale (as `export * from '../data/index.js'` once exported the tokenizer and the cell
// parsers). When it fails: decide whether a user needs the name, then update the list (and README).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const INDEX = fileURLToPath(new URL('../../src/core/index.ts', import.meta.url));

/** Runtime exports: functions, classes, constants. */
const VALUES = [
  // An export to a report in one call, and the report's constants (report.ts).
  'reportFromChunks',
  'reportFromRecords',
  'reportFromText',
  'reportIsEmpty',
  'reportWithoutRevenue',
  'ReportOptionError',
  'resolveReportWindow',
  'REPORT_VERSION',
  'DEFAULT_WINDOW_MONTHS',
  'MAX_WINDOW_MONTHS',
  'DEFAULT_TOP',
  'SKIPPED_DETAIL_LIMIT',
  'DEFAULT_RENEWAL_DAYS',
  'DEFAULT_RENEWAL_ACTIVE_BELOW',
  // Full control: table → cube → report or one section.
  'readUsageTable',
  'cubeFromTable',
  'computeReport',
  'computeDistribution',
  'computeGeo',
  'computeInsights',
  'computeSkuTrend',
  'computeSubscriptions',
  'computeSummary',
  'summaryHeadline',
  'computeTopCustomers',
  'addMonths',
  'isMonthKey',
  'monthRange',
  // Rows as records for a sink of one's own; the columns; errors and warnings; markets.
  'readUsage',
  'readUsageRecords',
  'readUsageText',
  'OPTIONAL_COLUMNS',
  'REQUIRED_COLUMNS',
  'UsageInputError',
  'WARNING_LINE_LIMIT',
  'alpha2ToNumeric',
  'marketToAlpha2',
  'numericToAlpha2',
  // The parser worker's URL.
  'setWorkerUrl',
];

/** Type-only exports: the report document's shape (report.ts, insights-report.ts) and the inputs' types. */
const TYPES = [
  // report.ts
  'UsageReport',
  'SummarySection',
  'CountrySeats',
  'UnmatchedMarket',
  'GeoSection',
  'SkuTrend',
  'DistributionEntry',
  'SubscriptionTrend',
  'SubscriptionsSection',
  // Where a document written in parts keeps its subscription rows (dyn-usage report --parts).
  'SubscriptionPages',
  'CustomerRanking',
  'TopCustomer',
  'TopCustomersSection',
  'InputStats',
  'ReportOptions',
  // insights-report.ts (re-exported by report.ts)
  'InsightsSection',
  'ChangesInsight',
  'SeatChange',
  'PercentChange',
  'ChangeDrivers',
  'DriverList',
  'ChangeDriver',
  'InsightMetric',
  'Anomaly',
  'OpportunitiesInsight',
  'OpportunityCustomer',
  'FallingCustomer',
  'RenewalsInsight',
  'RenewalSubscription',
  // the rest of the API
  'ReportWindow',
  'ReadUsageTableOptions',
  'UsageTableResult',
  'UsageTable',
  'UsageCube',
  'ReportInputCounts',
  'SummaryHeadline',
  'SummaryMetric',
  'TopCustomersOptions',
  'ReadResult',
  'ReadUsageOptions',
  'ReadStats',
  'UsageSink',
  'SkippedRow',
  'UsageRecord',
  'OptionalColumn',
  'RequiredColumn',
  'UsageInputErrorCode',
  'InputWarning',
  'InputWarningCode',
];

/** The names src/core/index.ts exports, as the type checker sees them, split into values and types. */
function exportedNames(): { values: string[]; types: string[] } {
  const program = ts.createProgram([INDEX], {
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    target: ts.ScriptTarget.ES2022,
    experimentalDecorators: true,
    resolveJsonModule: true,
    skipLibCheck: true,
    noEmit: true,
    types: [],
  });
  const checker = program.getTypeChecker();
  const module = checker.getSymbolAtLocation(program.getSourceFile(INDEX)!)!;
  const values: string[] = [];
  const types: string[] = [];
  for (const symbol of checker.getExportsOfModule(module)) {
    const target = symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
    const typeOnly = symbol.declarations?.some((d) => ts.isTypeOnlyExportDeclaration(d)) ?? false;
    (target.flags & ts.SymbolFlags.Value && !typeOnly ? values : types).push(symbol.name);
  }
  return { values: values.sort(), types: types.sort() };
}

describe('dyn-usage-kit/core exports', () => {
  const exported = exportedNames();

  it('exports exactly the reviewed values', () => {
    assert.deepEqual(exported.values, [...VALUES].sort());
  });

  it('exports exactly the reviewed types', () => {
    assert.deepEqual(exported.types, [...TYPES].sort());
  });

  it('exports no parser internals (tokenizer, header map, row readers, cell parsers, table builder)', () => {
    const internals = [
      'createDelimitedTokenizer',
      'mapHeader',
      'createUsageRowReader',
      'createUsageTextReader',
      'parseMonth',
      'parseSeats',
      'createUsageTableBuilder',
      'Utf8DelimitedReader',
    ];
    assert.deepEqual(
      internals.filter((name) => exported.values.includes(name)),
      [],
    );
  });
});
