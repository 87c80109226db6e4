import type { UsageReport } from '../../core/report.js';
import type { LoadedUsage } from '../../load/load-usage.js';
import { tableFacets } from '../../view/table-facets.js';
import type { UsageFacets } from '../../view/table-facets.js';
import { presetRange } from '../../view/report-view-state.js';
import type { ReportViewState } from '../../view/report-view-state.js';
import { PRESETS } from './filter-bar.js';

/** A report document has no rows to filter: offer its months only, and its SKUs and countries to look at. */
export function reportFacets(report: UsageReport): UsageFacets {
  return {
    months: report.months,
    sku: [],
    country: [],
    segment: [],
    salesModel: [],
    partnerLocation: [],
    partnerAttachType: [],
  };
}

/** The preset (months back, `null` for all) the view's window matches; no window is the default 12. */
export function activePreset(
  months: readonly string[],
  { from, to }: ReportViewState,
): number | null | undefined {
  if (!from && !to) return 12;
  return PRESETS.find((preset) => {
    const range = presetRange(months, preset);
    return range.from === from && range.to === to;
  });
}

/** What the filter bar offers for what the source loaded: an export's values, a report document's months. */
export function loadedFacets(loaded: LoadedUsage | null): UsageFacets | null {
  if (loaded?.kind === 'table') return tableFacets(loaded.table);
  if (loaded?.kind === 'report') return reportFacets(loaded.report);
  return null;
}
