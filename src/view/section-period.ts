import type { UsageReport } from '../core/report.js';
import type { Localizer } from '../i18n/localizer.js';
import type { UsageFormatters } from './formatters.js';

/**
 * What a section's figures cover: `window`, every month of the report (the trends: summary, SKU,
 * subscriptions), or `snapshot`, the one month that geography and distribution show (`report.month`).
 */
export type PeriodKind = 'window' | 'snapshot';

type ReportMonths = Pick<UsageReport, 'months' | 'month'>;

/** The months a section's figures cover, oldest first: the window's, or the snapshot month alone. */
export function periodMonths(report: ReportMonths, kind: PeriodKind): string[] {
  if (kind === 'snapshot') return report.month ? [report.month] : [];
  return report.months;
}

/**
 * The period a section's header and exported images name: "Nov 2025 – Oct 2026" for the window ("Oct
 * 2026" when it is one month), "October 2026" for a snapshot, `''` without months.
 */
export function periodLabel(
  report: ReportMonths,
  kind: PeriodKind,
  f: UsageFormatters,
  { t }: Pick<Localizer, 't'>,
): string {
  const months = periodMonths(report, kind);
  const first = months[0];
  const last = months[months.length - 1];
  if (!first || !last) return '';
  if (kind === 'snapshot') return f.monthLong(first);
  return first === last ? f.month(first) : t('range.months', { from: f.month(first), to: f.month(last) });
}
