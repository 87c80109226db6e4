import { anomaliesOnly } from '../core/insights/insights.js';
import type { InsightsSection } from '../core/report.js';
import type { SeatTotals } from '../core/usage-cube.js';
import { createInsightsCube } from './insights-cube.js';
import type { SqlRow } from './sections-from-rows.js';

/**
 * The unusual months (`insights: 'anomalies'`, as `computeReport` gives them without subscriptions): they
 * read the month and SKU totals only, which the SQL returns, so they are the core's own rule on a cube that
 * holds just those totals.
 */
export function anomaliesFromTotals(
  months: ReadonlyMap<string, SeatTotals>,
  skuRows: readonly SqlRow[],
  window: readonly string[],
): InsightsSection {
  const totals = { months, skuRows, marketRows: [], customerRows: [], window };
  return anomaliesOnly(createInsightsCube(totals).cube(), window);
}
