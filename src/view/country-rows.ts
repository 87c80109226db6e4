import { activePercent } from '../core/active-percent.js';
import type { CountrySeats } from '../core/report.js';
import { matchesSearch } from '../view/search-text.js';
import type { UsageFormatters } from './formatters.js';

/** A row of the country grid: the section's figures with the name shown in the element's locale. */
export interface CountryRow extends CountrySeats {
  name: string;
  activePercent: number | null;
}

export type SortKey = 'name' | 'available' | 'assigned' | 'active' | 'activePercent';

export interface CountrySort {
  key: SortKey;
  descending: boolean;
}

/** Grid rows of the section's countries, named through `Intl.DisplayNames` (the export's name as fallback). */
export function countryRows(countries: readonly CountrySeats[], f: UsageFormatters): CountryRow[] {
  return countries.map((country) => ({
    ...country,
    name: f.country(country.code, country.market),
    activePercent: activePercent(country.active, country.available),
  }));
}

/**
 * The rows matching `query` (accent-insensitive, on the shown name, the English market name and the code),
 * sorted. Names sort by the locale's collation; ties and empty percentages keep a stable, code-based order.
 */
export function visibleRows(
  rows: readonly CountryRow[],
  query: string,
  sort: CountrySort,
  locale: string,
): CountryRow[] {
  const collator = new Intl.Collator(locale, { sensitivity: 'base' });
  const direction = sort.descending ? -1 : 1;
  const compare = (a: CountryRow, b: CountryRow): number => {
    if (sort.key === 'name') return direction * collator.compare(a.name, b.name);
    const x = a[sort.key];
    const y = b[sort.key];
    if (x === y) return 0;
    if (x === null) return 1; // no percentage (nothing available): always last
    if (y === null) return -1;
    return direction * (x - y);
  };
  return rows
    .filter((row) => matchesSearch([row.name, row.market, row.code], query))
    .sort((a, b) => compare(a, b) || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
}
