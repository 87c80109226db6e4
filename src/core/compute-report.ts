import type { InputWarning } from '../data/input-warning.js';
import { computeDistribution } from './distribution.js';
import { computeGeo } from './geo.js';
import { anomaliesOnly, insightSteps } from './insights/insights.js';
import { REPORT_VERSION } from './report.js';
import type { ReportOptions, UsageReport } from './report.js';
import { resolveReportWindow } from './report-window.js';
import { runInSlices, runToEnd } from './run-steps.js';
import { computeSkuTrend } from './sku-trend.js';
import { subscriptionSteps } from './subscriptions.js';
import { computeSummary } from './summary.js';
import { topCustomersRankedBy, topCustomerSteps } from './top-customers.js';
import type { UsageCube } from './usage-cube.js';

/** What the reader counted that the cube cannot know. */
export interface ReportInputCounts {
  /** Rows whose `AvailableSeats` cell was empty (read as 0). */
  emptyAvailable: number;
  /** What the reader guessed or recovered. */
  warnings?: InputWarning[];
}

/** The whole report document from a filled cube. Throws `ReportOptionError` for options that make no window. */
export function computeReport(
  cube: UsageCube,
  counts: ReportInputCounts,
  options: ReportOptions = {},
): UsageReport {
  return runToEnd(reportSteps(cube, counts, options));
}

/**
 * `computeReport` pausing (`await pause()`) whenever a slice has used `budgetMs`: the subscriptions of a
 * big export take longer than a page may be blocked for.
 */
export function computeReportInSlices(
  cube: UsageCube,
  counts: ReportInputCounts,
  options: ReportOptions,
  pause: () => Promise<void>,
  budgetMs = 10,
): Promise<UsageReport> {
  return runInSlices(reportSteps(cube, counts, options), pause, budgetMs);
}

function* reportSteps(
  cube: UsageCube,
  counts: ReportInputCounts,
  options: ReportOptions,
): Generator<void, UsageReport> {
  const { months, month, latest, warnings } = resolveReportWindow(cube.months, options);
  const withSubscriptions = options.subscriptions !== false;
  const subscriptions = yield* subscriptionSteps(cube, months, withSubscriptions);
  yield;
  const topCustomers = withSubscriptions
    ? yield* topCustomerSteps(cube, months, options)
    : { rankedBy: topCustomersRankedBy(cube, options), customers: [] };
  yield;
  // Insights read every subscription: a report without them stays as fast as before.
  const insights = withSubscriptions
    ? yield* insightSteps(cube, months, options, counts.warnings ?? [])
    : options.insights === 'anomalies'
      ? anomaliesOnly(cube, months)
      : null;
  yield;
  return {
    version: REPORT_VERSION,
    months,
    month,
    latestMonth: latest,
    summary: computeSummary(cube, months),
    geo: computeGeo(cube, month),
    sku: computeSkuTrend(cube, months),
    distribution: computeDistribution(cube, month),
    subscriptions,
    topCustomers,
    insights,
    input: {
      rows: cube.rows,
      monthRows: months.map((key) => cube.months.get(key)?.rows ?? 0),
      skipped: cube.skipped,
      skippedCount: cube.skippedCount,
      emptyAvailable: counts.emptyAvailable,
      warnings: [...(counts.warnings ?? []), ...warnings],
    },
  };
}
