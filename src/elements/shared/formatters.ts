/**
 * Number, percent and month formatting through `Intl`, cached per locale: formatters are costly to
 * create and a chart asks for hundreds of labels per render.
 */
export interface UsageFormatters {
  locale: string;
  /** Whole seats: "12,345". */
  seats(value: number): string;
  /** Short seats for axes: "12K". */
  seatsCompact(value: number): string;
  /** A percentage given as 0–100+: "67.6%"; "–" for null. */
  percent(value: number | null): string;
  /** A signed change: "+1,204" / "−3.2 pp". */
  change(value: number, unit: 'seats' | 'points'): string;
  /** "Oct 2026" from "2026-10". */
  month(month: string): string;
  /** "Oct" (or "Oct 26" when `withYear`). */
  monthShort(month: string, withYear?: boolean): string;
  /** "October 2026". */
  monthLong(month: string): string;
  /** A country name from an alpha-2 code, or `fallback`. */
  country(code: string, fallback: string): string;
  /** USD money: "$12,345". */
  usd(value: number): string;
}

const cache = new Map<string, UsageFormatters>();

export function usageFormatters(locale: string): UsageFormatters {
  let formatters = cache.get(locale);
  if (!formatters) {
    formatters = createFormatters(locale);
    cache.set(locale, formatters);
  }
  return formatters;
}

function createFormatters(requested: string): UsageFormatters {
  const locale = supportedLocale(requested);
  const seats = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
  const compact = new Intl.NumberFormat(locale, { notation: 'compact', maximumFractionDigits: 1 });
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 });
  const signedSeats = new Intl.NumberFormat(locale, { maximumFractionDigits: 0, signDisplay: 'exceptZero' });
  const signedPoints = new Intl.NumberFormat(locale, { maximumFractionDigits: 1, signDisplay: 'exceptZero' });
  const monthYear = new Intl.DateTimeFormat(locale, { month: 'short', year: 'numeric', timeZone: 'UTC' });
  const monthOnly = new Intl.DateTimeFormat(locale, { month: 'short', timeZone: 'UTC' });
  const monthShortYear = new Intl.DateTimeFormat(locale, {
    month: 'short',
    year: '2-digit',
    timeZone: 'UTC',
  });
  const monthLong = new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' });
  const usd = new Intl.NumberFormat(locale, { style: 'currency', currency: 'USD', maximumFractionDigits: 0 });
  let regions: Intl.DisplayNames | null = null;
  try {
    regions = new Intl.DisplayNames([locale], { type: 'region', fallback: 'none' });
  } catch {
    regions = null;
  }
  return {
    locale,
    seats: (value) => seats.format(value),
    seatsCompact: (value) => compact.format(value),
    percent: (value) => (value === null ? '–' : percent.format(value / 100)),
    change: (value, unit) =>
      unit === 'seats' ? signedSeats.format(value) : `${signedPoints.format(value)} pp`,
    month: (month) => monthYear.format(monthDate(month)),
    monthShort: (month, withYear = false) => (withYear ? monthShortYear : monthOnly).format(monthDate(month)),
    monthLong: (month) => monthLong.format(monthDate(month)),
    country: (code, fallback) => regions?.of(code) ?? fallback,
    usd: (value) => usd.format(value),
  };
}

function monthDate(month: string): Date {
  return new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)) - 1, 1));
}

function supportedLocale(requested: string): string {
  try {
    return Intl.NumberFormat.supportedLocalesOf([requested])[0] ?? 'en';
  } catch {
    return 'en'; // an invalid tag such as "xx_YY": fall back rather than throw into the page
  }
}
