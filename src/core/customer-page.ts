import type { SubscriptionTrend } from './report.js';

/**
 * A page of the subscription table asked of a data provider (README "Computing the report on a server or
 * a warehouse"). The table lists customers, so a page counts customers, not subscriptions.
 */
export interface CustomerPageRequest {
  /** Customers to skip, in the order asked for. */
  offset: number;
  /** Customers wanted (the table's `page-size`). */
  limit: number;
  /** The search box's text, trimmed; `''` for every customer. A customer matches on its name or key. */
  query: string;
  /** The column sorted by (`rank`: the ranking, customers outside it after by available seats, name, key). */
  sort: CustomerPageSortKey;
  direction: 'ascending' | 'descending';
  /** The reader's locale (BCP 47), for a server that sorts names by the reader's collation. */
  locale: string;
}

/** The columns the table sorts by: `CustomerRow` fields. */
export type CustomerPageSortKey =
  | 'rank'
  | 'customerName'
  | 'market'
  | 'segment'
  | 'billedRevenue'
  | 'subscriptionCount'
  | 'availableLast'
  | 'activeLast'
  | 'activePercentLast';

/** One customer of a page: its key and every subscription of it in the window, as the report holds them. */
export interface CustomerPageRow {
  customerKey: string;
  subscriptions: SubscriptionTrend[];
}

/** A data provider's answer: the page's customers in order, and how many customers the query matches. */
export interface CustomerPage {
  rows: CustomerPageRow[];
  total: number;
  /** The offset the rows start at (a static page file says it; a provider may leave it out). */
  offset?: number;
}

/** The request of the table's first view: the ranking, no search. */
export function rankingRequest(offset: number, limit: number, locale = 'en'): CustomerPageRequest {
  return { offset, limit, query: '', sort: 'rank', direction: 'ascending', locale };
}

/**
 * A data provider: answers the page the table shows. `signal` aborts when the table asks for another
 * page or search first (the answer would not be shown); reject with the error to show.
 */
export type CustomerPageProvider = (
  request: CustomerPageRequest,
  signal: AbortSignal,
) => Promise<CustomerPage>;
