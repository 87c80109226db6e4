import { compareText } from '../core/compare-text.js';
import type { UsageTable } from '../table/usage-table.js';

/** The values a filter bar offers: every month, SKU, country and page-filter value in the data. */
export interface UsageFacets {
  months: string[];
  sku: string[];
  /** Countries by code, with the export's market name. */
  country: { code: string; market: string }[];
  segment: string[];
  salesModel: string[];
  partnerLocation: string[];
  partnerAttachType: string[];
}

/**
 * The values kept rows use. A dictionary can hold more: the byte reader interns a row's cells before it
 * knows whether the row is skipped, so values seen only in skipped rows are in it too. Reading the ids
 * (one pass over a `Uint32Array` per column) keeps both readers' facets the same.
 */
export function tableFacets(table: UsageTable): UsageFacets {
  const { dictionaries: d } = table;
  const usedMarkets = usedIds(table, 'market');
  const countries = new Map<string, string>();
  d.market.forEach((market, id) => {
    const code = table.marketCodes[id];
    if (code && usedMarkets[id] === 1 && !countries.has(code)) countries.set(code, market);
  });
  const values = (column: Exclude<keyof UsageTable['ids'], 'market'>): string[] => {
    const used = usedIds(table, column);
    return d[column].filter((value, id) => value !== '' && used[id] === 1).sort(compareText);
  };
  return {
    months: values('month'),
    sku: values('sku'),
    country: [...countries]
      .map(([code, market]) => ({ code, market }))
      .sort((a, b) => compareText(a.code, b.code)),
    segment: values('segment'),
    salesModel: values('salesModel'),
    partnerLocation: values('partnerLocation'),
    partnerAttachType: values('partnerAttachType'),
  };
}

/** 1 for each dictionary id of `column` that some row of the table holds. */
function usedIds(table: UsageTable, column: keyof UsageTable['ids']): Uint8Array {
  const used = new Uint8Array(table.dictionaries[column].length);
  const ids = table.ids[column];
  for (let row = 0; row < table.length; row++) used[ids[row] as number] = 1;
  return used;
}
