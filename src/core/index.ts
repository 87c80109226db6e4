// `dyn-usage-kit/core`: read an export and compute the report, with no DOM (Node, browsers, workers).
export * from '../data/index.js';
export { computeReport, computeReportInSlices } from './compute-report.js';
export { cubeFromTable, cubeFromTableInSlices } from './cube-from-table.js';
export type { ReportInputCounts } from './compute-report.js';
export { computeDistribution } from './distribution.js';
export { computeGeo } from './geo.js';
export { computeInsights } from './insights/insights.js';
export { addMonths, isMonthKey, monthRange } from './month-math.js';
export { reportFromChunks, reportFromRecords, reportFromText } from './report-from.js';
export { readUsageTable } from '../table/read-usage-table.js';
export type { ReadUsageTableOptions, UsageTableResult } from '../table/read-usage-table.js';
export { reportIsEmpty } from './report-is-empty.js';
export { ReportOptionError, resolveReportWindow } from './report-window.js';
export type { ReportWindow } from './report-window.js';
export * from './report.js';
export { computeSkuTrend } from './sku-trend.js';
export { computeSubscriptions } from './subscriptions.js';
export { summaryHeadline } from './summary-headline.js';
export type { SummaryHeadline, SummaryMetric } from './summary-headline.js';
export { computeSummary } from './summary.js';
export { computeTopCustomers } from './top-customers.js';
export type { TopCustomersOptions } from './top-customers.js';
export { createUsageCube } from './usage-cube.js';
export type { UsageCube } from './usage-cube.js';
export { createUsageTableBuilder } from '../table/usage-table.js';
export type { UsageTable } from '../table/usage-table.js';
// Where the elements' parser worker is: here too, so per-element imports can set it (no DOM at import).
export { setWorkerUrl } from '../worker/worker-url.js';
