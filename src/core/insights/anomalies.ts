import { compareText } from '../compare-text.js';
import type { SeatTotals, UsageCube } from '../usage-cube.js';
import type { Anomaly, InsightMetric } from './insights-report.js';
import { madOutlier } from './mad-outlier.js';
import { median } from './median.js';

/**
 * A series (the totals, or a SKU) whose median available seats are fewer than this is not judged: a SKU
 * of a few dozen seats moves by whole customers, and its active % by a handful of people. On the sample
 * such SKUs (27 to 72 seats) flagged moves of 7 to 11 seats.
 */
export const MIN_SERIES_SEATS = 100;

const METRICS: readonly InsightMetric[] = ['available', 'assigned', 'active', 'activePercent'];

/**
 * Months whose change from the month before is unusual for their series: the totals' four headline
 * metrics, and each SKU's with at least `MIN_SERIES_SEATS`. A month without rows (in the series' SKU, or
 * at all) is left out of the series, so a SKU that stops, or a month missing from the export, is not
 * called unusual; nor is the first change of a SKU that starts after the totals' first month (its first
 * month may hold only the first few of its subscriptions). Active % is judged in hundredths of a point,
 * as the summary shows it. The rule is `madOutlier`'s.
 */
export function computeAnomalies(cube: UsageCube, months: readonly string[]): Anomaly[] {
  const anomalies: Anomaly[] = [];
  const firstMonth = months.findIndex((month) => cube.months.has(month));
  const add = (sku: string | null, totals: (SeatTotals | undefined)[]) => {
    const available = totals.flatMap((t) => (t ? [t.available] : []));
    if (!(median(available) >= MIN_SERIES_SEATS)) return;
    const start = totals.findIndex((t) => t !== undefined);
    for (const metric of METRICS) {
      const values = totals.map((t, i) =>
        t && (i !== start || start === firstMonth) ? figure(t, metric) : null,
      );
      const percent = metric === 'activePercent';
      for (const found of madOutlier(values, percent ? 'points' : 'seats')) {
        const unit = percent ? 100 : 1;
        anomalies.push({
          sku,
          metric,
          month: months[found.index] as string,
          value: found.value / unit,
          previous: found.previous / unit,
          expectedLow: round2(found.expectedLow / unit),
          expectedHigh: round2(found.expectedHigh / unit),
          score: round2(found.score),
        });
      }
    }
  };
  add(
    null,
    months.map((month) => cube.months.get(month)),
  );
  for (const [sku, byMonth] of cube.skus)
    add(
      sku,
      months.map((month) => byMonth.get(month)),
    );
  const order = (a: Anomaly) => METRICS.indexOf(a.metric);
  return anomalies.sort(
    (a, b) =>
      b.score - a.score ||
      (a.sku === null ? 0 : 1) - (b.sku === null ? 0 : 1) ||
      compareText(a.sku ?? '', b.sku ?? '') ||
      order(a) - order(b) ||
      compareText(a.month, b.month),
  );
}

/** Seats, or active % in whole hundredths (`null` without available seats). */
function figure(t: SeatTotals, metric: InsightMetric): number | null {
  if (metric !== 'activePercent') return t[metric];
  return t.available > 0 ? Math.round((10000 * t.active) / t.available) : null;
}

function round2(value: number): number {
  return Math.round(value * 100) / 100;
}
