import type { InputWarning } from '../../data/input-warning.js';
import { parseDate } from '../../data/parse-month.js';
import type { DateOrder } from '../../data/parse-month.js';

/** The order to read a file's end dates in, or why they cannot be read. */
export type EndDateOrder = { order: DateOrder } | { problem: string };

/**
 * End dates are full dates, so unlike `Month` (always the 1st) a part over 12 tells the order: `13/01/2027`
 * is day first, `1/31/2027` month first. When none tells (`3/5/2027`, or ISO dates), the order the
 * reader found in `Month` decides (`date-day-first` among `warnings`), else month first as Partner Center
 * writes them. End dates that disagree with each other or with `Month` are refused by name: Excel
 * re-saves every date of a file in one locale, so a disagreement means some dates would be read wrong.
 */
export function endDateOrder(texts: Iterable<string>, warnings: readonly InputWarning[]): EndDateOrder {
  const monthDayFirst = warnings.some((w) => w.code === 'date-day-first');
  let dayFirst: string | null = null;
  let monthFirst: string | null = null;
  for (const text of texts) {
    const asMonthFirst = parseDate(text, 'month-first');
    const asDayFirst = parseDate(text, 'day-first');
    if (asDayFirst !== null && asMonthFirst === null) dayFirst ??= text;
    if (asMonthFirst !== null && asDayFirst === null) monthFirst ??= text;
  }
  if (dayFirst !== null && monthFirst !== null)
    return {
      problem: `SubscriptionEndDate: the file mixes date orders (${JSON.stringify(dayFirst)} reads day first, ${JSON.stringify(monthFirst)} month first)`,
    };
  if (monthFirst !== null && monthDayFirst)
    return {
      problem: `SubscriptionEndDate: ${JSON.stringify(monthFirst)} reads month first, but the file's Month dates are day first`,
    };
  if (dayFirst !== null || monthDayFirst) return { order: 'day-first' };
  return { order: 'month-first' };
}
