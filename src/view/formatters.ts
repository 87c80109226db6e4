/**
 * Number, percent and month formatting through `Intl`, cached per locale: formatters are costly to
 * create and a chart asks for hundreds of labels per render.
 */
export interface UsageFormatters {
  readonly locale: string;
  /**
   * Whether the locale is settled, which is the page's first `Intl` call (ICU loads its data: a long
   * task when no worker has done it). A render that can do without figures (a loading state) checks it.
   */
  readonly ready: boolean;
  /** Whole seats: "12,345". */
  seats(value: number): string;
  /** Short seats for axes: "12K". */
  seatsCompact(value: number): string;
  /**
   * A percentage given as 0–100+, always with one decimal ("56.0%", "67.6%"): percentages stand side by
   * side in tiles, tables and labels, and "56%" beside "50.2%" reads as two kinds of figure. "–" for null.
   */
  percent(value: number | null): string;
  /** A loading progress, whole: "45%" (it stands alone, and tenths of a download say nothing). */
  progress(value: number): string;
  /** A signed change: "+1,204" seats / "−3.2" points (one decimal; the unit's word is a message). */
  change(value: number, unit: 'seats' | 'points'): string;
  /** "Oct 2026" from "2026-10". */
  month(month: string): string;
  /** "Oct" (or "Oct 26" when `withYear`). */
  monthShort(month: string, withYear?: boolean): string;
  /** "October 2026". */
  monthLong(month: string): string;
  /** A day, in UTC: "Nov 28, 2026" from a time in milliseconds. */
  day(time: number): string;
  /** A country name from an alpha-2 code, or `fallback`. */
  country(code: string, fallback: string): string;
  /** USD money: "$12,345". */
  usd(value: number): string;
  /**
   * Makes every formatter now, one per task (`pause` between them), so that none is made in the middle
   * of a render with data; until then each is made on first use.
   */
  warm(pause: () => Promise<void>): Promise<void>;
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

/**
 * Each `Intl` formatter is made on first use: the first ones of a page load locale data (tens of
 * milliseconds for date formats), and a loading or empty state needs few of them.
 */
function createFormatters(requested: string): UsageFormatters {
  const all: (() => unknown)[] = [];
  const made = <T>(make: () => T) => {
    const get = lazy(make);
    all.push(get);
    return get;
  };
  // Even the locale: the page's first `Intl` call loads the locale data (~30 ms on a slow machine), which
  // must not happen in the task that connects an element.
  const locale = made(() => supportedLocale(requested));
  const number = (options: Intl.NumberFormatOptions) => made(() => new Intl.NumberFormat(locale(), options));
  const date = (options: Intl.DateTimeFormatOptions) =>
    made(() => new Intl.DateTimeFormat(locale(), { ...options, timeZone: 'UTC' }));
  const seats = number({ maximumFractionDigits: 0 });
  const compact = number({ notation: 'compact', maximumFractionDigits: 1 });
  const percent = number({ style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const wholePercent = number({ style: 'percent', maximumFractionDigits: 0 });
  const signedSeats = number({ maximumFractionDigits: 0, signDisplay: 'exceptZero' });
  // Always one decimal, as percentages are shown: "−30.0" beside "−63.2", never "−30".
  const signedPoints = number({
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
    signDisplay: 'exceptZero',
  });
  const usd = number({ style: 'currency', currency: 'USD', maximumFractionDigits: 0 });
  const monthYear = date({ month: 'short', year: 'numeric' });
  const monthOnly = date({ month: 'short' });
  const monthShortYear = date({ month: 'short', year: '2-digit' });
  const monthLong = date({ month: 'long', year: 'numeric' });
  const day = date({ dateStyle: 'medium' });
  const regions = made(() => {
    try {
      return new Intl.DisplayNames([locale()], { type: 'region', fallback: 'none' });
    } catch {
      return null;
    }
  });
  return {
    get locale() {
      return locale();
    },
    get ready() {
      return locale.made;
    },
    seats: (value) => seats().format(value),
    seatsCompact: (value) => compact().format(value),
    percent: (value) => (value === null ? '–' : percent().format(value / 100)),
    progress: (value) => wholePercent().format(value / 100),
    change: (value, unit) => (unit === 'seats' ? signedSeats : signedPoints)().format(value),
    month: (month) => monthYear().format(monthDate(month)),
    monthShort: (month, withYear = false) =>
      (withYear ? monthShortYear : monthOnly)().format(monthDate(month)),
    monthLong: (month) => monthLong().format(monthDate(month)),
    day: (time) => day().format(time),
    country: (code, fallback) => regions()?.of(code) ?? fallback,
    usd: (value) => usd().format(value),
    async warm(pause) {
      // Pause first: the caller (an element connecting) is in the middle of a task of the host page's.
      for (const get of all) {
        await pause();
        get();
      }
    },
  };
}

/** `make()` on first call, then its value; `made` says whether it has been called. */
function lazy<T>(make: () => T): (() => T) & { readonly made: boolean } {
  let made = false;
  let value: T;
  const get = () => {
    if (!made) {
      value = make();
      made = true;
    }
    return value;
  };
  return Object.defineProperty(get, 'made', { get: () => made }) as (() => T) & { readonly made: boolean };
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
