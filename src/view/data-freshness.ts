import type { PartialMonth } from '../core/partial-month.js';
import type { Localizer } from '../i18n/localizer.js';
import type { UsageFormatters } from './formatters.js';
import enInput from '../i18n/locales/en/input.js';
import { addEnglish } from '../i18n/registry.js';

addEnglish(enInput);

/** Where a section learns how fresh its data is, in order of trust. */
export interface FreshnessSources {
  /** `data-as-of` values, the element's first, then its source's: ISO dates (`2026-11-28`) or date-times. */
  asOf: readonly (string | null | undefined)[];
  /** The `Last-Modified` header of the response the data came in (an HTTP date). */
  lastModified?: string | null;
  /** The data's latest month (`YYYY-MM`). */
  latestMonth?: string | null;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}(?:T\S+)?$/;

/**
 * "Data as of Nov 28, 2026" from the first `data-as-of` that is an ISO date, else from `Last-Modified`;
 * else "Data through October 2026" from the latest month; `''` when nothing says. Days are UTC days.
 */
export function freshnessLabel(
  sources: FreshnessSources,
  f: UsageFormatters,
  { t }: Pick<Localizer, 't'>,
): string {
  const given = sources.asOf
    .map((value) => value?.trim() ?? '')
    .find((value) => ISO_DATE.test(value) && time(value) !== null);
  const asOf = given !== undefined ? time(given) : time(sources.lastModified?.trim() ?? '');
  if (asOf !== null) return t('input.freshness.asOf', { date: f.day(asOf) });
  const month = sources.latestMonth;
  return month ? t('input.freshness.through', { month: f.monthLong(month) }) : '';
}

/**
 * "October 2026 looks partial: 312 rows against 1,040 in September 2026. Partner Center refreshes every
 * 3 days." (or available seats, when those are what fell).
 */
export function partialMonthNote(
  partial: PartialMonth,
  f: UsageFormatters,
  { t }: Pick<Localizer, 't'>,
): string {
  const values = {
    month: f.monthLong(partial.month),
    previous: f.monthLong(partial.previous),
    count: partial.value,
    previousCount: partial.previousValue,
  };
  return partial.measure === 'rows'
    ? t('input.freshness.partial.rows', values)
    : t('input.freshness.partial.available', values);
}

function time(text: string): number | null {
  const value = text ? Date.parse(text) : NaN;
  return Number.isFinite(value) ? value : null;
}
