import { isMonthKey } from '../../core/month-math.js';
import type { ReportViewState } from '../../view/report-view-state.js';
import { viewToShow } from '../../view/view-window.js';
import type { UsageFacets } from '../../view/table-facets.js';
import { FILTER_DIMENSIONS } from '../../core/usage-filter.js';
import { isolate } from '../../i18n/isolate.js';
import type { Localizer } from '../../i18n/localizer.js';
import { dimensionLabel } from './filter-bar.js';

/** The view shown while the one set is not a view. */
export const EMPTY_VIEW: ReportViewState = { filter: {} };

/*
 * The same checks as the sections' `filter` (load/usage-input-check.ts), said in the reader's language: the
 * load stage keeps English for the CLI and events, while the report shows its own `view` problems. The
 * value given is quoted as JSON, which names it in every language.
 */

const VIEW_SHAPE = '{ from?, to?, month?, filter }';
const FILTER_EXAMPLE = "{ country: ['NL'] }";

/** What keeps the `view` property from being a view (`{ from?, to?, month?, filter }`), or `null`. */
export function viewProblem(view: unknown, t: Localizer['t']): string | null {
  if (!isObject(view)) return t('report.view.notView', { shape: VIEW_SHAPE, value: shown(view) });
  for (const field of ['from', 'to', 'month'] as const) {
    const month = view[field];
    if (month !== undefined && (typeof month !== 'string' || !isMonthKey(month)))
      return t('report.view.badMonth', { field, value: shown(month) });
  }
  const filter = view['filter'];
  if (!isObject(filter))
    return t('report.view.filterNotObject', { example: FILTER_EXAMPLE, value: shown(filter) });
  for (const dimension of FILTER_DIMENSIONS) {
    const values = filter[dimension];
    if (values !== undefined && !(Array.isArray(values) && values.every((v) => typeof v === 'string')))
      return t('report.view.filterNotList', { dimension, value: shown(values) });
  }
  const unknown = Object.keys(filter).find((key) => !(FILTER_DIMENSIONS as readonly string[]).includes(key));
  if (unknown !== undefined)
    return t('report.view.unknownDimension', {
      name: shown(unknown),
      expected: FILTER_DIMENSIONS.join(', '),
    });
  return null;
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
  t: Localizer['t'],
): string | null {
  for (const dimension of FILTER_DIMENSIONS) {
    const values = view.filter[dimension] ?? [];
    if (values.length === 0) continue;
    const label = dimensionLabel(dimension, t);
    if (fromReportDocument)
      return t('report.view.reportDocument', { dimension: label, value: shown(values[0]) });
    const known: readonly string[] =
      dimension === 'country' ? facets.country.map((c) => c.code) : facets[dimension];
    const unknown = values.find((value) => !known.includes(value));
    if (unknown !== undefined)
      return t('report.view.unknownValue', { dimension: label, value: shown(unknown) });
  }
  return null;
}

/**
 * The view to show for the one set, and what is wrong with it: a view that is not one shows nothing
 * (`EMPTY_VIEW`); one the data lacks values for is shown and named. Shown the right way round: From after
 * To swapped, a snapshot month outside the window left out.
 */
export function checkView(
  view: unknown,
  facets: UsageFacets | null,
  fromReportDocument: boolean,
  t: Localizer['t'],
): { shown: ReportViewState; problem: string | null } {
  const shapeProblem = viewProblem(view, t);
  if (shapeProblem !== null) return { shown: EMPTY_VIEW, problem: shapeProblem };
  const valid = view as ReportViewState;
  const shown = viewToShow(valid, facets?.months ?? []);
  return { shown, problem: facets ? unknownFilterProblem(valid, facets, fromReportDocument, t) : null };
}

/** Right-to-left letters and bidi controls: a value holding one could reorder the message around it. */
const BIDI = /[\u0590-\u08ff\u200e\u200f\u202a-\u202e\u2066-\u2069\ufb1d-\ufefc]/;

/**
 * A value as a page would write it (JSON), cut after 40 characters: the message names what was given. A
 * value with right-to-left text or bidi controls is isolated (FSI … PDI), as a <bdi> would, since the
 * message is plain text; a plain Latin one is not, so that the English message stays greppable.
 */
function shown(value: unknown): string {
  let text: string | undefined;
  try {
    text = JSON.stringify(value);
  } catch {
    // A cycle or a BigInt: its kind still names it.
  }
  text ??= typeof value;
  if (text.length > 40) text = `${text.slice(0, 40)}…`;
  return BIDI.test(text) ? isolate(text) : text;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
