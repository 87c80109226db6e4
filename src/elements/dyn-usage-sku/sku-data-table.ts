import type { TemplateResult } from 'lit';
import { renderMonthTable } from '../../charts/month-table.js';
import type { SkuTrend } from '../../core/report.js';
import type { UsageFormatters } from '../../view/formatters.js';
import { METRICS, SEAT_METRICS } from '../shared/glossary.js';
import type { SeatMetric } from '../shared/glossary.js';

/** The text alternative of the single-SKU chart: one row per month, a column per series. */
export function renderSkuTable(
  trend: SkuTrend,
  months: readonly string[],
  f: UsageFormatters,
): TemplateResult {
  const columns = SEAT_METRICS.map((metric) => ({
    label: METRICS[metric].label,
    cell: (i: number) => f.seats(trend[metric][i] ?? 0),
  }));
  return renderMonthTable(`${trend.sku}: seats by month`, months, columns, f);
}

/** The text alternative of compare mode: one row per month, a column per SKU, for one metric. */
export function renderCompareTable(
  trends: readonly SkuTrend[],
  months: readonly string[],
  metric: SeatMetric,
  f: UsageFormatters,
): TemplateResult {
  const columns = trends.map((trend) => ({
    label: trend.sku,
    cell: (i: number) => f.seats(trend[metric][i] ?? 0),
  }));
  return renderMonthTable(`${METRICS[metric].label} by SKU and month`, months, columns, f);
}
