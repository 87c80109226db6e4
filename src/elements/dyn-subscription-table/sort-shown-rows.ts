// The customer rows in the order the reader asked for, markets by the names the table shows.
import type { CustomerRow } from '../../core/customer-rollup.js';
import { sortCustomerRows } from '../../view/sort-customer-rows.js';
import type { CustomerSortKey, SortDirection } from '../../view/sort-customer-rows.js';
import type { UsageFormatters } from '../../view/formatters.js';
import { countryName } from './customer-rows.js';

/** `rows` (in ranking order) sorted by `key`; the ranking order itself needs no sort. */
export function sortShownRows(
  rows: readonly CustomerRow[],
  { key, direction }: { key: CustomerSortKey; direction: SortDirection },
  f: UsageFormatters,
): readonly CustomerRow[] {
  if (key === 'rank' && direction === 'ascending') return rows;
  return key === 'market'
    ? sortByShownMarket(rows, direction, f)
    : sortCustomerRows(rows, key, direction, f.locale);
}

/** Markets sort by the names the table shows (the reader's), not the export's English ones. */
function sortByShownMarket(
  rows: readonly CustomerRow[],
  direction: SortDirection,
  f: UsageFormatters,
): CustomerRow[] {
  const shown = rows.map((row) => ({ ...row, market: countryName(row.market, f) }));
  const original = new Map(shown.map((row, i) => [row, rows[i]!]));
  return sortCustomerRows(shown, 'market', direction, f.locale).map((row) => original.get(row)!);
}
