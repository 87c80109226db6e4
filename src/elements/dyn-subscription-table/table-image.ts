import type { ExportHeader, ExportImage } from '../../charts/export-svg-text.js';
import { tableExportSvg } from '../../charts/table-export-svg.js';
import type { ExportCell } from '../../charts/table-export-svg.js';
import type { CustomerRow } from '../../core/customer-rollup.js';
import type { Localizer } from '../../i18n/localizer.js';
import type { UsageFormatters } from '../../view/formatters.js';
import { sectionLook } from '../shared/section-export.js';
import { captionWithoutPeriod } from '../../view/caption-without-period.js';
import type { PageWindow } from './table-parts.js';

/**
 * The page of customers shown, as an image: customer, subscriptions, active % in the last month and the
 * trend, under the table's caption (without the period, which the header says) and "26–50 of 100" when
 * there are pages.
 */
export function tableImage(
  /** The rows of the page shown. */
  rows: readonly CustomerRow[],
  shown: PageWindow & { total: number },
  model: { header: ExportHeader; caption: string; months: readonly string[]; frame: Element },
  { t }: Localizer,
  f: UsageFormatters,
): ExportImage {
  const last = model.months[model.months.length - 1];
  const activeLabel = last
    ? t('subscriptions.csv.ofMonth', {
        label: t('metric.activePercent.label'),
        month: f.monthShort(last, true),
      })
    : t('metric.activePercent.label');
  const pages =
    shown.pageCount > 1
      ? t('subscriptions.pager.range', {
          start: f.seats(shown.start + 1),
          end: f.seats(shown.end),
          total: f.seats(shown.total),
        })
      : '';
  // The header's subtitle says the period already.
  const caption = captionWithoutPeriod(model.caption, model.header.period);
  const cells = rows.map((row): ExportCell[] => [
    { data: row.customerName },
    { text: f.seats(row.subscriptionCount) },
    { text: f.percent(row.activePercentLast) },
    { series: row.activePercent },
  ]);
  return tableExportSvg(
    model.header,
    [
      {
        heading: pages ? `${caption} · ${pages}` : caption,
        columns: [
          { label: t('subscriptions.column.customer') },
          { label: t('subscriptions.column.subscriptions'), numeric: true },
          { label: activeLabel, numeric: true },
          { label: t('subscriptions.column.trend') },
        ],
        rows: cells,
      },
    ],
    sectionLook(model.frame),
  );
}
