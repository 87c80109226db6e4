// `dyn-usage-kit/core`: read an export and compute the report, with no DOM (Node, browsers, workers).
// A designed list, reviewed in test/core/core-exports.test.ts: what a user needs to get a report (README
// "The report document", "Input"), not the parser's parts (tokenizer, header map, row readers, cell
// parsers, table builder) nor the loader's sliced variants, which stay importable inside the kit by path.

// An export to a report in one call.
export { reportFromChunks, reportFromRecords, reportFromText } from './report-from.js';
export * from './report.js';
export { reportIsEmpty } from './report-is-empty.js';
export { reportWithoutRevenue } from './report-without-revenue.js';
export { ReportOptionError, resolveReportWindow } from './report-window.js';
export type { ReportWindow } from './report-window.js';

// Full control: read into a table, build the cube, compute the report or one section.
export { readUsageTable } from '../table/read-usage-table.js';
export type { ReadUsageTableOptions, UsageTableResult } from '../table/read-usage-table.js';
export type { UsageTable } from '../table/usage-table.js';
export { cubeFromTable } from './cube-from-table.js';
export type { UsageCube } from './usage-cube.js';
export { computeReport } from './compute-report.js';
export type { ReportInputCounts } from './compute-report.js';
export { computeDistribution } from './distribution.js';
export { computeGeo } from './geo.js';
export { computeInsights } from './insights/insights.js';
export { computeSkuTrend } from './sku-trend.js';
export { computeSubscriptions } from './subscriptions.js';
export { computeSummary } from './summary.js';
export { summaryHeadline } from './summary-headline.js';
export type { SummaryHeadline, SummaryMetric } from './summary-headline.js';
export { computeTopCustomers } from './top-customers.js';
export type { TopCustomersOptions } from './top-customers.js';
export { addMonths, isMonthKey, monthRange } from './month-math.js';

// Rows as records, for a sink of one's own; what the input may hold, and what reading may report.
export { readUsage, readUsageRecords, readUsageText } from '../data/read-usage.js';
export type { ReadResult, ReadUsageOptions } from '../data/read-usage.js';
export type { ReadStats, UsageSink } from '../data/usage-sink.js';
export type { SkippedRow, UsageRecord } from '../data/usage-record.js';
export { OPTIONAL_COLUMNS, REQUIRED_COLUMNS } from '../data/header-map.js';
export type { OptionalColumn, RequiredColumn } from '../data/header-map.js';
export { UsageInputError } from '../data/usage-input-error.js';
export type { UsageInputErrorCode } from '../data/usage-input-error.js';
export { WARNING_LINE_LIMIT } from '../data/input-warning.js';
export type { InputWarning, InputWarningCode } from '../data/input-warning.js';
export { alpha2ToNumeric, marketToAlpha2, numericToAlpha2 } from '../data/markets.js';

// Where the elements' parser worker is: here too, so per-element imports can set it (no DOM at import).
export { setWorkerUrl } from '../worker/worker-url.js';
