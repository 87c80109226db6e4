import type { Anomaly, InsightMetric, InsightsSection } from '../core/report.js';
import type { Localizer } from '../i18n/localizer.js';
import type { UsageFormatters } from './formatters.js';
import enInsightMarkers from '../i18n/locales/en/insight-markers.js';
import { addEnglish } from '../i18n/registry.js';

addEnglish(enInsightMarkers);

/** An unusual month of one series, placed on the chart's months. */
export interface SeriesAnomaly {
  /** The month's position in the chart's months. */
  index: number;
  anomaly: Anomaly;
}

/**
 * The unusual months of one series, oldest first: the totals' (`sku` null) or one SKU's, for one metric,
 * at their place in `months`. Months the chart does not show are left out; no insights, no marks.
 */
export function seriesAnomalies(
  insights: InsightsSection | null | undefined,
  months: readonly string[],
  sku: string | null,
  metric: InsightMetric,
): SeriesAnomaly[] {
  if (!insights) return [];
  const marks: SeriesAnomaly[] = [];
  for (const anomaly of insights.anomalies) {
    if (anomaly.sku !== sku || anomaly.metric !== metric) continue;
    const index = months.indexOf(anomaly.month);
    if (index >= 0) marks.push({ index, anomaly });
  }
  return marks.sort((a, b) => a.index - b.index);
}

/** A figure of the anomaly's metric: seats, or a percentage. */
function figure(anomaly: Anomaly, value: number, f: UsageFormatters): string {
  return anomaly.metric === 'activePercent' ? f.percent(value) : f.seats(value);
}

/** "Available seats in June 2026 is unusual: 81, expected 124 to 138." for a tooltip or a chart's label. */
export function anomalyNote(anomaly: Anomaly, { t }: Localizer, f: UsageFormatters): string {
  return t('insights.marker.note', {
    metric: t(`metric.${anomaly.metric}.label`),
    month: f.monthLong(anomaly.month),
    value: figure(anomaly, anomaly.value, f),
    low: figure(anomaly, anomaly.expectedLow, f),
    high: figure(anomaly, anomaly.expectedHigh, f),
  });
}

/** "81 (unusual, expected 124 to 138)": a data table's cell of the month. */
export function anomalyCell(anomaly: Anomaly, { t }: Localizer, f: UsageFormatters): string {
  return t('insights.marker.cell', {
    value: figure(anomaly, anomaly.value, f),
    low: figure(anomaly, anomaly.expectedLow, f),
    high: figure(anomaly, anomaly.expectedHigh, f),
  });
}
