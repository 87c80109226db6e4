import { compareText } from './compare-text.js';
import type { CountrySeats, GeoSection, UnmatchedMarket } from './report.js';
import type { UsageCube } from './usage-cube.js';

/** Seats per customer country in the snapshot month, and the markets no country code was found for. */
export function computeGeo(cube: UsageCube, month: string | null): GeoSection {
  const countries: CountrySeats[] = [];
  const unmatched: UnmatchedMarket[] = [];
  const markets = month === null ? undefined : cube.markets.get(month);
  for (const totals of markets?.values() ?? []) {
    if (totals.code === null) {
      unmatched.push({ market: totals.market, rows: totals.rows });
    } else {
      const { code, market, available, assigned, active } = totals;
      countries.push({ code, market, available, assigned, active });
    }
  }
  countries.sort((a, b) => b.available - a.available || compareText(a.code, b.code));
  unmatched.sort((a, b) => b.rows - a.rows || compareText(a.market, b.market));
  return { countries, countryCount: countries.length, unmatched };
}
