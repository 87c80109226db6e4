// ISO: `2026-06`, `2026-06-01`, optionally a time (`T` or space) with seconds, a fraction, `Z` or an offset.
const ISO =
  /^(\d{4})-(\d{2})(?:-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?)?$/i;
// Excel US: `6/1/2026`, `06/01/2026`, optionally `12:00:00 AM` or `0:00`.
const US = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\s*([AP]M))?)?$/i;

/**
 * Reads the month of a date cell as `YYYY-MM`: ISO dates (with or without a time, zone or day) and Excel's
 * US `M/D/YYYY [h:mm[:ss] [AM|PM]]`. The date as written counts (an offset does not move it to another
 * day). Returns `null` for anything else, including impossible dates such as `2026-02-30`.
 */
export function parseMonth(text: string): string | null {
  const t = text.trim();
  let m = ISO.exec(t);
  if (m) return checked(m[1], m[2], m[3], m[4], m[5], m[6], undefined);
  m = US.exec(t);
  if (m) return checked(m[3], m[1], m[2], m[4], m[5], m[6], m[7]);
  return null;
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
