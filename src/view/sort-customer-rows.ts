import type { CustomerRow } from '../core/customer-rollup.js';
import type { CustomerPageSortKey } from '../core/customer-page.js';

/** The columns a customer table sorts by: those a data provider is asked to sort by, too. */
export type CustomerSortKey = CustomerPageSortKey;

export type SortDirection = 'ascending' | 'descending';

const TEXT_KEYS = new Set<CustomerSortKey>(['customerName', 'market', 'segment']);

/**
 * A sorted copy of `rows`. Text sorts by the locale's collation (people expect "Árvíztűrő" beside
 * "Arvid", not after "Zeta"); a missing value (`null`, no rank, empty text) sorts last in both directions; ties
 * keep the input order, which is the ranking.
 */
export function sortCustomerRows(
  rows: readonly CustomerRow[],
  key: CustomerSortKey,
  direction: SortDirection,
  locale = 'en',
): CustomerRow[] {
  const sign = direction === 'ascending' ? 1 : -1;
  const collator = new Intl.Collator(locale, { sensitivity: 'base', numeric: true });
  const indexed = rows.map((row, index) => {
    const value = row[key];
    return { row, index, value: value === '' ? null : value };
  });
  indexed.sort((a, b) => {
    if (a.value === null || b.value === null) {
      return (a.value === null ? 1 : 0) - (b.value === null ? 1 : 0) || a.index - b.index;
    }
    const order = TEXT_KEYS.has(key)
      ? collator.compare(String(a.value), String(b.value))
      : Number(a.value) - Number(b.value);
    return sign * order || a.index - b.index;
  });
  return indexed.map((entry) => entry.row);
}

/** The direction a column sorts in on its first click: numbers biggest first, text A to Z, rank 1 first. */
export function firstSortDirection(key: CustomerSortKey): SortDirection {
  return TEXT_KEYS.has(key) || key === 'rank' ? 'ascending' : 'descending';
}
