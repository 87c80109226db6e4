import type {
  CustomerPage,
  CustomerPageProvider,
  CustomerPageRequest,
  CustomerPageRow,
} from '../core/customer-page.js';
import type { SubscriptionTrend } from '../core/report.js';
import { fetchUsageBytes } from './fetch-usage-bytes.js';
import { UsageLoadError } from './usage-load-error.js';

/** The placeholders a `rows-src` template may hold, each filled URI-encoded. */
const PLACEHOLDER = /\{(offset|limit|page|query|sort|direction|locale)\}/g;

/**
 * The URL of `request` from a `rows-src` template: `{offset}`, `{limit}`, `{page}` (1-based, offset ÷
 * limit + 1), `{query}`, `{sort}`, `{direction}` and `{locale}`, each URI-encoded.
 */
export function fillRowsTemplate(template: string, request: CustomerPageRequest): string {
  const limit = Math.max(1, request.limit);
  const values: Record<string, string | number> = {
    offset: request.offset,
    limit,
    page: Math.floor(request.offset / limit) + 1,
    query: request.query,
    sort: request.sort,
    direction: request.direction,
    locale: request.locale,
  };
  return template.replace(PLACEHOLDER, (_, name: string) => encodeURIComponent(values[name] ?? ''));
}

/**
 * What a template lets the table ask: a search only with `{query}`, a sort only with `{sort}` (a page
 * file on a CDN answers neither, and the table does not offer them rather than show one page filtered).
 */
export function rowsTemplateAsks(template: string): { search: boolean; sort: boolean } {
  return { search: template.includes('{query}'), sort: template.includes('{sort}') };
}

/**
 * A provider that fetches each page from a `rows-src` template, resolved against `base` (the page's URL, or
 * the report document's for the page files `dyn-usage report --parts` writes). Fetch errors are the
 * loader's (`http-status` with status and URL, `network`); an answer that is not a page is `rows-invalid`.
 */
export function templateProvider(template: string, base: string, monthCount: number): CustomerPageProvider {
  return async (request, signal) => {
    const url = new URL(fillRowsTemplate(template, request), base).href;
    const chunks: Uint8Array[] = [];
    for await (const chunk of fetchUsageBytes(url, signal, () => {})) chunks.push(chunk);
    let value: unknown;
    try {
      value = JSON.parse(await new Blob(chunks as BlobPart[]).text());
    } catch (error) {
      throw invalid(url, error instanceof Error ? error.message : String(error));
    }
    return readCustomerPage(value, url, monthCount);
  };
}

/**
 * `value` as a page of `monthCount` months, checked deep enough to render safely: `{ rows, total }`, each
 * row `{ customerKey, subscriptions }` whose figures have one number (or null %) per month.
 * @throws UsageLoadError `rows-invalid` naming `from` (a URL, or "the provider") and what is wrong.
 */
export function readCustomerPage(value: unknown, from: string, monthCount: number): CustomerPage {
  const page = value as Partial<CustomerPage> | null;
  if (typeof page !== 'object' || page === null || !Array.isArray(page.rows))
    throw invalid(from, 'expected an object with rows and total');
  const { total, rows } = page;
  if (typeof total !== 'number' || !Number.isInteger(total) || total < 0)
    throw invalid(from, 'total is not a count');
  rows.forEach((row, i) => checkRow(row, `rows[${i}]`, from, monthCount));
  return page.offset === undefined ? { rows, total } : { rows, total, offset: page.offset };
}

function checkRow(row: CustomerPageRow, at: string, from: string, monthCount: number): void {
  if (typeof row !== 'object' || row === null || typeof row.customerKey !== 'string')
    throw invalid(from, `${at}.customerKey is not text`);
  if (!Array.isArray(row.subscriptions)) throw invalid(from, `${at}.subscriptions is not a list`);
  row.subscriptions.forEach((subscription: SubscriptionTrend, s) => {
    const where = `${at}.subscriptions[${s}]`;
    for (const key of ['subscriptionId', 'customerName', 'customerKey', 'sku', 'market', 'segment'] as const)
      if (typeof subscription?.[key] !== 'string') throw invalid(from, `${where}.${key} is not text`);
    for (const key of ['available', 'active', 'activePercent'] as const) {
      const values: unknown = subscription[key];
      const numbers =
        Array.isArray(values) &&
        values.length === monthCount &&
        values.every((v) => typeof v === 'number' || (v === null && key === 'activePercent'));
      if (!numbers) throw invalid(from, `${where}.${key} is not ${monthCount} numbers (one per month)`);
    }
  });
}

function invalid(url: string, detail: string): UsageLoadError {
  return new UsageLoadError(`Could not read the customers at ${url}: ${detail}`, undefined, {
    code: 'rows-invalid',
    values: { url, detail },
  });
}
