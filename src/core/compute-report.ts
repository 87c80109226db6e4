import { computeDistribution } from './distribution.js';
import { computeGeo } from './geo.js';
import { REPORT_VERSION } from './report.js';
import type { ReportOptions, UsageReport } from './report.js';
import { resolveReportWindow } from './report-window.js';
import { computeSkuTrend } from './sku-trend.js';
import { computeSubscriptions } from './subscriptions.js';
import { computeSummary } from './summary.js';
import { computeTopCustomers } from './top-customers.js';
import type { UsageCube } from './usage-cube.js';

/** What the reader counted that the cube cannot know. */
export interface ReportInputCounts {
  /** Rows whose `AvailableSeats` cell was empty (read as 0). */
  emptyAvailable: number;
}

/** The whole report document from a filled cube. Throws `ReportOptionError` for options that make no window. */
export function computeReport(
  cube: UsageCube,
  counts: ReportInputCounts,
  options: ReportOptions = {},
): UsageReport {
  const { months, month } = resolveReportWindow(cube.months.keys(), options);
  return {
    version: REPORT_VERSION,
    months,
    month,
    summary: computeSummary(cube, months),
    geo: computeGeo(cube, month),
    sku: computeSkuTrend(cube, months),
    distribution: computeDistribution(cube, month),
    subscriptions: computeSubscriptions(cube, months),
    topCustomers: computeTopCustomers(cube, months, options),
    input: {
      rows: cube.rows,
      skipped: cube.skipped,
      skippedCount: cube.skippedCount,
      emptyAvailable: counts.emptyAvailable,
    },
  };
}
