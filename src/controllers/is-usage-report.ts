import type { UsageReport } from '../core/report.js';

/** Whether a parsed JSON value is a version 1 report document, checked deep enough to render safely. */
export function isUsageReport(value: unknown): value is UsageReport {
  if (typeof value !== 'object' || value === null) return false;
  const report = value as Partial<Record<keyof UsageReport, unknown>>;
  return (
    report.version === 1 &&
    Array.isArray(report.months) &&
    isObject(report.summary) &&
    isObject(report.geo) &&
    Array.isArray(report.sku) &&
    Array.isArray(report.distribution) &&
    isObject(report.subscriptions) &&
    isObject(report.topCustomers) &&
    isObject(report.input)
  );
}

function isObject(value: unknown): boolean {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
