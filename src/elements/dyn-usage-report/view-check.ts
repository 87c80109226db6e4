import { filterProblem, kindOf } from '../../load/usage-input-check.js';
import { isMonthKey } from '../../core/month-math.js';
import type { ReportViewState } from '../../view/report-view-state.js';
import type { UsageFacets } from '../../view/table-facets.js';
import { FILTER_DIMENSIONS } from '../../core/usage-filter.js';
import { DIMENSION_LABELS } from './filter-bar.js';

/** The view shown while the one set is not a view. */
export const EMPTY_VIEW: ReportViewState = { filter: {} };

/** What keeps the `view` property from being a view (`{ from?, to?, filter }`), or `null`. */
export function viewProblem(view: unknown): string | null {
  if (typeof view !== 'object' || view === null || Array.isArray(view))
    return `view: expected { from?, to?, filter }, got ${kindOf(view)}`;
  const fields = view as Record<string, unknown>;
  for (const name of ['from', 'to'] as const) {
    const month = fields[name];
    if (month !== undefined && (typeof month !== 'string' || !isMonthKey(month)))
      return `view.${name}: ${JSON.stringify(month)} is not a YYYY-MM month`;
  }
  return filterProblem(fields['filter'], 'view.filter');
}

/**
 * Filter values the data does not have (a SKU renamed since a link was shared, a typo in a hash): named,
 * rather than five sections saying "no rows" as if the data had none. A report document has no rows to
 * filter, so any filter on it would be silently ignored: that is named too.
 */
export function unknownFilterProblem(
  view: ReportViewState,
  facets: UsageFacets,
  fromReportDocument: boolean,
): string | null {
  for (const dimension of FILTER_DIMENSIONS) {
    const values = view.filter[dimension] ?? [];
    if (values.length === 0) continue;
    const label = DIMENSION_LABELS[dimension];
    if (fromReportDocument)
      return `view.filter: a report document cannot be filtered (${label} ${JSON.stringify(values[0])}); filters need an export`;
    const known: readonly string[] =
      dimension === 'country' ? facets.country.map((c) => c.code) : facets[dimension];
    const unknown = values.find((value) => !known.includes(value));
    if (unknown !== undefined) return `view.filter: ${label} ${JSON.stringify(unknown)} is not in the data`;
  }
  return null;
}
