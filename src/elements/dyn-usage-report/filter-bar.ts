import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import type { ReportViewState } from '../../view/report-view-state.js';
import type { UsageFacets } from '../../view/table-facets.js';
import type { FilterDimension } from '../../core/usage-filter.js';
import type { UsageFormatters } from '../../view/formatters.js';
import { FILTER_DIMENSIONS } from '../../core/usage-filter.js';
import type { Localizer } from '../../i18n/localizer.js';
import { inlineName } from '../shared/data-text.js';

/** A filter's name in the reader's language: "Country/region", "Land/regio". */
export function dimensionLabel(dimension: FilterDimension, t: Localizer['t']): string {
  return t(`report.dimension.${dimension}`);
}

/** Partner Center's presets (months back), and all months (`null`). */
export const PRESETS: readonly (number | null)[] = [3, 6, 12, 13, null];

export interface FilterBarModel {
  facets: UsageFacets;
  view: ReportViewState;
  /** The preset the current window matches, or null. */
  activePreset: number | null | undefined;
}

export interface FilterBarActions {
  setRange(from: string | undefined, to: string | undefined): void;
  preset(months: number | null): void;
  setDimension(dimension: FilterDimension, value: string): void;
  remove(dimension: FilterDimension, value: string): void;
  clear(): void;
}

/** The month range (pickers and presets) and one picker per filter the data has values for. */
export function renderFilterBar(
  model: FilterBarModel,
  on: FilterBarActions,
  f: UsageFormatters,
  { t }: Localizer,
): TemplateResult {
  const { facets, view } = model;
  const months = facets.months;
  const to = view.to ?? months[months.length - 1];
  const from = view.from ?? months[Math.max(0, months.length - 12)];
  const monthOptions = (selected: string | undefined) =>
    months.map(
      (month) => html`<option value=${month} ?selected=${month === selected}>${f.month(month)}</option>`,
    );
  return html`<form
    class="filter-bar"
    part="filters"
    aria-label=${t('report.filters')}
    @submit=${(e: Event) => e.preventDefault()}
  >
    <fieldset class="range">
      <legend>${t('report.months')}</legend>
      <label
        >${t('report.from')}
        <select name="from" @change=${(e: Event) => on.setRange(value(e), view.to)}>
          ${monthOptions(from)}
        </select></label
      >
      <label
        >${t('report.to')}
        <select name="to" @change=${(e: Event) => on.setRange(view.from, value(e))}>
          ${monthOptions(to)}
        </select></label
      >
      <span class="presets" role="group" aria-label=${t('report.presets')}>
        ${PRESETS.map(
          (months) =>
            html`<button
              type="button"
              aria-pressed=${model.activePreset === months ? 'true' : 'false'}
              @click=${() => on.preset(months)}
            >
              ${months === null ? t('report.preset.all') : t('report.preset.months', { count: months })}
            </button>`,
        )}
      </span>
    </fieldset>
    ${FILTER_DIMENSIONS.map((dimension) => {
      const options = dimensionOptions(facets, dimension, f);
      if (options.length === 0) return nothing;
      return html`<label class="dimension"
        >${dimensionLabel(dimension, t)}
        <select name=${dimension} @change=${(e: Event) => on.setDimension(dimension, value(e))}>
          <option value="" ?selected=${!view.filter[dimension]?.length}>${t('report.filter.all')}</option>
          ${options.map(
            (option) =>
              html`<option value=${option.value} ?selected=${view.filter[dimension]?.[0] === option.value}>
                ${option.label}
              </option>`,
          )}
        </select></label
      >`;
    })}
  </form>`;
}

/** The active filters as removable chips. */
export function renderFilterChips(
  view: ReportViewState,
  on: FilterBarActions,
  f: UsageFormatters,
  facets: UsageFacets | null,
  { t }: Localizer,
) {
  const chips = FILTER_DIMENSIONS.flatMap((dimension) =>
    (view.filter[dimension] ?? []).map((value) => ({
      dimension,
      value,
      label: valueLabel(dimension, value, f, facets),
    })),
  );
  if (chips.length === 0) return nothing;
  return html`<div class="chips" part="chips" role="group" aria-label=${t('report.chips')}>
    ${chips.map((chip) => {
      const dimension = dimensionLabel(chip.dimension, t);
      return html`<button
        type="button"
        class="chip"
        part="chip"
        aria-label=${t('report.chip.remove', { dimension, value: chip.label })}
        @click=${() => on.remove(chip.dimension, chip.value)}
      >
        <span class="chip-dimension">${t('report.chip.dimension', { dimension })}</span>
        ${inlineName(chip.label)}
        <span aria-hidden="true">×</span>
      </button>`;
    })}
    <button type="button" class="clear" @click=${on.clear}>${t('report.chips.clear')}</button>
  </div>`;
}

function dimensionOptions(facets: UsageFacets, dimension: FilterDimension, f: UsageFormatters) {
  if (dimension === 'country') {
    return facets.country
      .map(({ code, market }) => ({ value: code, label: f.country(code, market) }))
      .sort((a, b) => a.label.localeCompare(b.label, f.locale));
  }
  return facets[dimension].map((value) => ({ value, label: value }));
}

function valueLabel(
  dimension: FilterDimension,
  value: string,
  f: UsageFormatters,
  facets: UsageFacets | null,
): string {
  if (dimension !== 'country') return value;
  const market = facets?.country.find((c) => c.code === value)?.market ?? value;
  return f.country(value, market);
}

function value(event: Event): string {
  return (event.target as HTMLSelectElement).value;
}
