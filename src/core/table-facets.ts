import { compareText } from './compare-text.js';
import type { UsageTable } from './usage-table.js';

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

export function tableFacets(table: UsageTable): UsageFacets {
  const { dictionaries: d } = table;
  const countries = new Map<string, string>();
  d.market.forEach((market, id) => {
    const code = table.marketCodes[id];
    if (code && !countries.has(code)) countries.set(code, market);
  });
  return {
    months: sorted(d.month),
    sku: sorted(d.sku),
    country: [...countries]
      .map(([code, market]) => ({ code, market }))
      .sort((a, b) => compareText(a.code, b.code)),
    segment: sorted(d.segment),
    salesModel: sorted(d.salesModel),
    partnerLocation: sorted(d.partnerLocation),
    partnerAttachType: sorted(d.partnerAttachType),
  };
}

function sorted(values: readonly string[]): string[] {
  return values.filter((value) => value !== '').sort(compareText);
}
