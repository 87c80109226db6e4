import { html } from 'lit';
import type { TemplateResult } from 'lit';
import type { InputStats } from '../../core/report.js';
import type { FetchProgress } from '../../load/fetch-usage-bytes.js';
import type { ReportViewState } from '../../view/report-view-state.js';
import type { UsageFacets } from '../../view/table-facets.js';
import { snapshotChoices } from '../../view/view-window.js';
import { usageFormatters } from '../../view/formatters.js';
import type { Localizer } from '../../i18n/localizer.js';
import { renderError, renderLoading, renderSkippedNotice } from '../shared/section-states.js';
import { renderFilterBar } from './filter-bar.js';
import type { FilterBarActions } from './filter-bar.js';
import { renderFilterChips } from './filter-chips.js';
import { renderEmptyView, renderViewError } from './view-states.js';

/** What the report's own text shows. */
export interface ToolbarModel {
  facets: UsageFacets | null;
  input: InputStats | null;
  /** The summary's warnings, which replace the reader's once the summary has its window. */
  viewWarnings: InputStats['warnings'] | null;
  view: ReportViewState;
  activePreset: number | null | undefined;
  /** A report document: its months cannot be filtered, nor a snapshot chosen. */
  fromReportDocument: boolean;
  filtersOpen: boolean;
  loadError: { message: string } | null;
  viewError: string | null;
  viewEmpty: boolean;
  /** Whether the source is loading, and how far: the report's one progress bar. */
  loading: boolean;
  progress: FetchProgress | null;
}

/**
 * The report's own text: the one progress bar while the source loads (the sections load quietly, and the
 * report announces the load once, so the bar's words are not announced); filter bar, chips and
 * skipped-rows notice; or its one error (with "Try again" when `retry` is given), or its one "no rows".
 */
export function renderToolbar(
  model: ToolbarModel,
  on: FilterBarActions,
  localizer: Localizer,
  retry: (() => void) | undefined,
): TemplateResult {
  const { facets, input, view, loadError, viewError } = model;
  const f = usageFormatters(localizer.locale);
  const toolbar =
    facets || input
      ? html`<div class="toolbar" part="toolbar">
          ${
            facets
              ? renderFilterBar(
                  {
                    facets,
                    view,
                    activePreset: model.activePreset,
                    snapshotMonths: model.fromReportDocument ? [] : snapshotChoices(facets.months, view),
                    open: model.filtersOpen,
                  },
                  on,
                  f,
                  localizer,
                )
              : null
          }
          ${renderFilterChips(view, on, f, facets, localizer)}
          ${
            input
              ? renderSkippedNotice(
                  { ...input, warnings: model.viewWarnings ?? input.warnings ?? [] },
                  f,
                  localizer,
                )
              : null
          }
        </div>`
      : null;
  const loading =
    model.loading && !loadError
      ? html`<div class="toolbar loading" part="toolbar">
          ${renderLoading(model.progress, f, localizer, false)}
        </div>`
      : null;
  return html`${loading}${toolbar}
  ${
    loadError
      ? html`<div class="toolbar" part="toolbar">
          ${renderError(loadError, localizer, localizer.t('report.loadError'), retry)}
        </div>`
      : null
  }
  ${viewError !== null && !loadError ? renderViewError(viewError, localizer, on) : null}
  ${model.viewEmpty && !loadError && viewError === null ? renderEmptyView(view, localizer, on) : null}`;
}
