/**
 * The subscriptions messages in English (see common.ts). Customer, SKU and market names, tenant and
 * subscription ids come from the export; months and country names from Intl: none is a message. Metric
 * names are common's `metric.*`.
 */
export default {
  'subscriptions.title': 'Subscriptions performance',

  // The toolbar: the search box (its label says what it reaches, the placeholder what to type) and the button.
  'subscriptions.search.label': 'Search all customers by name or tenant ID',
  'subscriptions.search.placeholder': 'Search customers or tenant IDs',
  'subscriptions.download': 'Download raw data',
  'subscriptions.download.preparing': 'Preparing…',

  // The status line while searching; {query} is what was typed.
  'subscriptions.search.searching': 'Searching…',
  'subscriptions.search.none': 'No customer matches “{query}”',
  'subscriptions.search.matches': {
    one: '{count} customer matches “{query}”',
    other: '{count} customers match “{query}”',
  },
  // The table's one row when the search finds nobody.
  'subscriptions.search.noRows': 'No customer matches the search.',

  // Customers from a data provider (provider, rows-src): a page loading, none at all, a page that failed
  // (its heading; the detail is the loader's), and an answer that is not a page ({detail} stays English).
  'subscriptions.rows.loading': 'Loading customers…',
  'subscriptions.rows.none': 'No customers to show.',
  'subscriptions.rows.error': 'Could not load these customers',
  'subscriptions.rows.invalid': 'The customers from {url} could not be read: {detail}',

  // The table's caption. {ranked} is the size of the ranking (top 100 by default), {count} every customer;
  // {range} is the window's months, {month} its last; {query} what was searched.
  'subscriptions.caption.top.revenue': {
    one: 'Top {ranked} of {count} customer, ranked by billed revenue, {range}',
    other: 'Top {ranked} of {count} customers, ranked by billed revenue, {range}',
  },
  'subscriptions.caption.top.seats': {
    one: 'Top {ranked} of {count} customer, ranked by available seats in {month} (no billed revenue in the data)',
    other:
      'Top {ranked} of {count} customers, ranked by available seats in {month} (no billed revenue in the data)',
  },
  'subscriptions.caption.all.revenue': {
    one: 'The only customer, ranked by billed revenue, {range}',
    other: 'All {count} customers, ranked by billed revenue, {range}',
  },
  'subscriptions.caption.all.seats': {
    one: 'The only customer, ranked by available seats in {month} (no billed revenue in the data)',
    other: 'All {count} customers, ranked by available seats in {month} (no billed revenue in the data)',
  },
  'subscriptions.caption.search.revenue': 'Customers matching “{query}”, ranked by billed revenue, {range}',
  'subscriptions.caption.search.seats':
    'Customers matching “{query}”, ranked by available seats in {month} (no billed revenue in the data)',
  // The same with revenue hidden (hide-revenue): the ranking, not a claim that the data has none.
  'subscriptions.caption.top.seatsHidden': {
    one: 'Top {ranked} of {count} customer, ranked by available seats in {month}',
    other: 'Top {ranked} of {count} customers, ranked by available seats in {month}',
  },
  'subscriptions.caption.all.seatsHidden': {
    one: 'The only customer, ranked by available seats in {month}',
    other: 'All {count} customers, ranked by available seats in {month}',
  },
  'subscriptions.caption.search.seatsHidden':
    'Customers matching “{query}”, ranked by available seats in {month}',
  // A search reaches beyond the ranking: those customers have no rank (and no revenue) in the table.
  'subscriptions.caption.outside': {
    one: 'Customers outside the top {count} have no rank here.',
    other: 'Customers outside the top {count} have no rank here.',
  },
  'subscriptions.caption.outsideRevenue': {
    one: 'Customers outside the top {count} have no rank or billed revenue here.',
    other: 'Customers outside the top {count} have no rank or billed revenue here.',
  },
  // The caption's sentence and the note after it (a language without spaces between sentences drops it).
  'subscriptions.caption.withNote': '{caption}. {note}',

  // Column headers of the customer table (with the metrics' labels); {month} is the figures' month.
  'subscriptions.column.rank': 'Rank',
  'subscriptions.column.customer': 'Customer',
  'subscriptions.column.market': 'Market',
  'subscriptions.column.segment': 'Segment',
  'subscriptions.column.revenue': 'Billed revenue',
  'subscriptions.column.subscriptions': 'Subscriptions',
  'subscriptions.column.trend': 'Active usage trend',

  // A trend's text alternative: {from} and {to} are months, {fromValue} and {toValue} percentages.
  'subscriptions.trend.label': 'Active usage %, {from} {fromValue} to {to} {toValue}',

  // An expanded customer's subscriptions.
  'subscriptions.subs.caption': 'Subscriptions of {customer}',
  'subscriptions.subs.sku': 'SKU',
  'subscriptions.subs.subscription': 'Subscription',
  // A figure's column header with its month: "Available (Mar 2026)".
  'subscriptions.subs.ofMonth': '{label} ({month})',
  'subscriptions.subs.trend': 'Trend',
  // Under a customer with more subscriptions than are shown (100).
  'subscriptions.subs.more': {
    one: 'Showing {shown} of {count} subscription; the raw data download has all of them.',
    other: 'Showing {shown} of {count} subscriptions; the raw data download has all of them.',
  },

  // The pager: its name, buttons, and which customers show ("26–50 of 100").
  'subscriptions.pager.label': 'Customer pages',
  'subscriptions.pager.previous': 'Previous',
  'subscriptions.pager.next': 'Next',
  'subscriptions.pager.range': '{start}–{end} of {total}',

  // Column headers of the figures CSV (with the column headers above); {month} is YYYY-MM.
  'subscriptions.csv.customerKey': 'Customer key',
  'subscriptions.csv.revenue': 'Billed revenue (USD)',
  'subscriptions.csv.ofMonth': '{label} {month}',

  // The raw-data file's name, made file-safe ("dynamics-usage-subscriptions-2026-01_2026-03.csv"), and the
  // word before a search in it ("…-search-contoso").
  'subscriptions.file.name': 'Dynamics usage subscriptions',
  'subscriptions.file.search': 'search',
} as const;
