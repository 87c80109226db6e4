/**
 * A cross-filter: each dimension lists the values to keep (none or empty: keep all). Countries are
 * ISO alpha-2 codes; the others are the export's values.
 */
export interface UsageFilter {
  sku?: readonly string[];
  country?: readonly string[];
  segment?: readonly string[];
  salesModel?: readonly string[];
  partnerLocation?: readonly string[];
  partnerAttachType?: readonly string[];
}

export const FILTER_DIMENSIONS = [
  'sku',
  'country',
  'segment',
  'salesModel',
  'partnerLocation',
  'partnerAttachType',
] as const;
export type FilterDimension = (typeof FILTER_DIMENSIONS)[number];

/** The filter without one dimension: a section is not filtered by its own selection. */
export function filterWithout(filter: UsageFilter, dimension: FilterDimension): UsageFilter {
  const rest: UsageFilter = { ...filter };
  delete rest[dimension];
  return rest;
}

/** Whether the filter keeps everything. */
export function isEmptyFilter(filter: UsageFilter): boolean {
  return FILTER_DIMENSIONS.every((dimension) => !filter[dimension]?.length);
}

/** A stable key of a filter (for caching reports per filter). */
export function filterKey(filter: UsageFilter): string {
  return FILTER_DIMENSIONS.map((d) => [...(filter[d] ?? [])].sort().join('\u0001')).join('\u0002');
}

/**
 * The filter with `value` added to `dimension`'s values, or taken out when it is there already (a map
 * click, a chart click): values within a dimension are a set, kept in the order they were chosen.
 */
export function toggleFilterValue(
  filter: UsageFilter,
  dimension: FilterDimension,
  value: string,
): UsageFilter {
  const values = filter[dimension] ?? [];
  return withValues(
    filter,
    dimension,
    values.includes(value) ? values.filter((v) => v !== value) : [...values, value],
  );
}

/** The filter with `dimension`'s values replaced; an empty list removes the dimension (keep all). */
export function withValues(
  filter: UsageFilter,
  dimension: FilterDimension,
  values: readonly string[],
): UsageFilter {
  const next: UsageFilter = { ...filter, [dimension]: [...new Set(values)] };
  if (values.length === 0) delete next[dimension];
  return next;
}

/** How many values the filter keeps to, over every dimension (the chips shown, the "Filters (n)" count). */
export function filterValueCount(filter: UsageFilter): number {
  return FILTER_DIMENSIONS.reduce((count, dimension) => count + (filter[dimension]?.length ?? 0), 0);
}
