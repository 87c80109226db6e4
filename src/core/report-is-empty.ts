import type { UsageReport } from './report.js';

/** Whether no row of the export falls in the report's window (the elements' "empty" state). */
export function reportIsEmpty(report: UsageReport): boolean {
  return report.months.length === 0 || report.subscriptions.total === 0;
}
