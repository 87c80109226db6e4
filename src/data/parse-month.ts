// ISO: `2026-06`, `2026-06-01`, optionally a time (`T` or space) with seconds, a fraction, `Z` or an offset.
const ISO =
  /^(\d{4})-(\d{2})(?:-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?)?$/i;
// Year first with slashes or dots, as Excel writes dates in ja, zh, ko: `2026/06/01`, `2026.6.1`.
const YEAR_FIRST = /^(\d{4})([/.])(\d{1,2})\2(\d{1,2})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;
// Year last, as Excel writes dates in the user's locale: `6/1/2026` (en-US), `01/06/2026` (en-GB, fr),
// `1-6-2026` (nl), `01.06.2026` (de); optionally `12:00:00 AM` or `0:00`. Which part is the day, the file says.
const YEAR_LAST =
  /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\s*([AP]M))?)?$/i;

/** Which part of a year-last date is the day. */
export type DateOrder = 'month-first' | 'day-first';

/**
 * What a date cell says of the file's date order: a year-last date whose first part is 1 and second is not
 * is day first (`Month` is always the first of a month), and the other way round month first; a part over
 * 12 can only be a day. `'either'` when both readings give one month (`1/1/2026`, or any ISO date),
 * `'unknown'` when neither part is 1 and both could be months (`3/5/2026`), `null` when it is not a date.
 */
export function dateOrderEvidence(text: string): DateOrder | 'either' | 'unknown' | null {
  const t = text.trim();
  const m = YEAR_LAST.exec(t);
  if (!m) return ISO.test(t) || YEAR_FIRST.test(t) ? 'either' : null;
  const a = Number(m[1]);
  const b = Number(m[3]);
  if (a === b) return 'either';
  if (a === 1) return 'day-first';
  if (b === 1) return 'month-first';
  if (a > 12) return 'day-first';
  if (b > 12) return 'month-first';
  return 'unknown';
}

/**
 * Reads the month of a date cell as `YYYY-MM`: ISO dates (with or without a time, zone or day), year-first
 * `2026/06/01`, and Excel's year-last dates in `order` (US month first by default) with `/`, `.` or `-`.
 * The date as written counts (an offset does not move it to another day). Returns `null` for anything
 * else, including impossible dates such as `2026-02-30`. `createMonthReader` tells the order from the file.
 */
export function parseMonth(text: string, order: DateOrder = 'month-first'): string | null {
  const t = text.trim();
  let m = ISO.exec(t);
  if (m) return checked(m[1], m[2], m[3], m[4], m[5], m[6], undefined);
  m = YEAR_FIRST.exec(t);
  if (m) return checked(m[1], m[3], m[4], m[5], m[6], m[7], undefined);
  m = YEAR_LAST.exec(t);
  if (!m) return null;
  const [month, day] = order === 'month-first' ? [m[1], m[3]] : [m[3], m[1]];
  return checked(m[4], month, day, m[5], m[6], m[7], m[8]);
}

/**
 * Reads a full date (`SubscriptionEndDate`) as `YYYY-MM-DD` by `parseMonth`'s rules and forms, in `order`
 * for year-last dates; `null` for anything else, including a month with no day (`2026-06`).
 */
export function parseDate(text: string, order: DateOrder = 'month-first'): string | null {
  const t = text.trim();
  let m = ISO.exec(t);
  let parts: [string, string, string | undefined] | null = null;
  if (m) {
    if (checked(m[1], m[2], m[3], m[4], m[5], m[6], undefined)) parts = [m[1]!, m[2]!, m[3]];
  } else if ((m = YEAR_FIRST.exec(t))) {
    if (checked(m[1], m[3], m[4], m[5], m[6], m[7], undefined)) parts = [m[1]!, m[3]!, m[4]];
  } else if ((m = YEAR_LAST.exec(t))) {
    const [month, day] = order === 'month-first' ? [m[1], m[3]] : [m[3], m[1]];
    if (checked(m[4], month, day, m[5], m[6], m[7], m[8])) parts = [m[4]!, month!, day];
  }
  if (!parts || parts[2] === undefined) return null;
  const [year, month, day] = parts;
  return `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
}

function checked(
  y: string | undefined,
  mo: string | undefined,
  d: string | undefined,
  h: string | undefined,
  mi: string | undefined,
  s: string | undefined,
  ampm: string | undefined,
): string | null {
  const year = Number(y);
  const month = Number(mo);
  if (year < 1 || month < 1 || month > 12) return null;
  if (d !== undefined) {
    const day = Number(d);
    if (day < 1 || day > daysInMonth(year, month)) return null;
  }
  if (h !== undefined) {
    const hour = Number(h);
    if (ampm ? hour < 1 || hour > 12 : hour > 23) return null;
    if (Number(mi) > 59 || Number(s ?? 0) > 59) return null;
  }
  return `${y}-${String(month).padStart(2, '0')}`;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}
