// The event the geography section fires when a country is selected, with the country's figures.
import type { CountryRow } from '../../view/country-rows.js';
import { usageEvent } from '../shared/usage-events.js';

/** Detail of `dyn-usage-country-select`: the country and its figures in the snapshot month. */
export interface CountrySelectDetail {
  code: string;
  name: string;
  market: string;
  available: number;
  assigned: number;
  active: number;
  activePercent: number | null;
}

declare global {
  interface HTMLElementEventMap {
    'dyn-usage-country-select': CustomEvent<CountrySelectDetail>;
  }
}

/** `dyn-usage-country-select` for a country's row. */
export function countrySelectEvent(row: CountryRow): CustomEvent<CountrySelectDetail> {
  const { code, name, market, available, assigned, active, activePercent } = row;
  const detail = { code, name, market, available, assigned, active, activePercent };
  return usageEvent('dyn-usage-country-select', detail);
}
