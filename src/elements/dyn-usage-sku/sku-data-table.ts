import type { TemplateResult } from 'lit';
import { renderMonthTable } from '../../charts/month-table.js';
import type { SkuTrend } from '../../core/report.js';
import type { Localizer } from '../../i18n/localizer.js';
import type { UsageFormatters } from '../../view/formatters.js';
import { anomalyCell } from '../../view/series-anomalies.js';
import type { SeriesAnomaly } from '../../view/series-anomalies.js';
import { SEAT_METRICS } from '../shared/glossary.js';
import type { SeatMetric } from '../shared/glossary.js';

/** The text alternative of the single-SKU chart: one row per month, a column per series, unusual months explained. */
export function renderSkuTable(
  trend: SkuTrend,
  months: readonly string[],
  f: UsageFormatters,
  localizer: Localizer,
  anomalies: readonly SeriesAnomaly[] = [],
): TemplateResult {
  const { t } = localizer;
  const columns = SEAT_METRICS.map((metric) => ({
    label: t(`metric.${metric}.label`),
    cell: (i: number) => {
      const unusual = anomalies.find((mark) => mark.index === i && mark.anomaly.metric === metric);
      return unusual ? anomalyCell(unusual.anomaly, localizer, f) : f.seats(trend[metric][i] ?? 0);
    },
  }));
  return renderMonthTable(
    t('sku.table.single', { sku: trend.sku }),
    months,
    columns,
    f,
    t('sku.table.month'),
  );
}

/** The text alternative of compare mode: one row per month, a column per SKU, for one metric, unusual months explained. */
export function renderCompareTable(
  trends: readonly SkuTrend[],
  months: readonly string[],
  metric: SeatMetric,
  f: UsageFormatters,
  localizer: Localizer,
  anomalies: ReadonlyMap<string, readonly SeriesAnomaly[]> = new Map(),
): TemplateResult {
  const { t } = localizer;
  const columns = trends.map((trend) => ({
    label: trend.sku,
    cell: (i: number) => {
      const unusual = anomalies.get(trend.sku)?.find((mark) => mark.index === i);
      return unusual ? anomalyCell(unusual.anomaly, localizer, f) : f.seats(trend[metric][i] ?? 0);
    },
  }));
  const caption = t('sku.table.compare', { metric: t(`metric.${metric}.label`) });
  return renderMonthTable(caption, months, columns, f, t('sku.table.month'));
}
