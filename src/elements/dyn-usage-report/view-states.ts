import { html } from 'lit';
import type { TemplateResult } from 'lit';
import { isEmptyFilter } from '../../core/usage-filter.js';
import type { Localizer } from '../../i18n/localizer.js';
import type { ReportViewState } from '../../view/report-view-state.js';
import { renderError } from '../shared/section-states.js';
import type { FilterBarActions } from './filter-bar.js';

/** What is wrong with the view a page set (see view-check.ts), with the way back: no filters. */
export function renderViewError(message: string, localizer: Localizer, on: FilterBarActions): TemplateResult {
  const { t } = localizer;
  return html`<div class="toolbar" part="toolbar">
    ${renderError({ message }, localizer, t('report.viewError'))}
    <p class="actions">
      <button type="button" @click=${on.clear}>${t('report.clearFilters')}</button>
    </p>
  </div>`;
}

/**
 * One "no rows" for the whole report in place of five sections saying it, with why (the filters, the
 * months, or the data itself) and the ways back that apply.
 */
export function renderEmptyView(
  view: ReportViewState,
  { t }: Localizer,
  on: FilterBarActions,
): TemplateResult {
  const filtered = !isEmptyFilter(view.filter);
  const windowed = Boolean(view.from || view.to);
  const why = filtered
    ? t('report.empty.filtered')
    : windowed
      ? t('report.empty.windowed')
      : t('report.empty.noRows');
  return html`<div class="toolbar empty-view" part="toolbar empty" role="status">
    <p><strong>${t('report.empty.heading')}</strong> ${why}</p>
    ${
      filtered || windowed
        ? html`<p class="actions">
            ${filtered ? html`<button type="button" @click=${on.clear}>${t('report.clearFilters')}</button>` : null}
            ${
              windowed
                ? html`<button type="button" @click=${() => on.preset(null)}>
                    ${t('report.allMonths')}
                  </button>`
                : null
            }
          </p>`
        : null
    }
  </div>`;
}
