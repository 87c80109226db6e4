import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import type { ReportViewState } from '../../view/report-view-state.js';
import type { UsageFacets } from '../../view/table-facets.js';
import type { FilterDimension } from '../../core/usage-filter.js';
import type { UsageFormatters } from '../../view/formatters.js';
import { FILTER_DIMENSIONS, filterValueCount } from '../../core/usage-filter.js';
import { isolate } from '../../i18n/isolate.js';
import type { Localizer } from '../../i18n/localizer.js';

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
  /** The months the snapshot (map, distribution) may show; none for a report document. */
  snapshotMonths: readonly string[];
  /** Whether the bar is open at narrow widths, where it folds behind its "Filters" button. */
  open: boolean;
}

export interface FilterBarActions {
  /** Sets the window, From after To swapped; returns the window set. */
  setRange(from: string | undefined, to: string | undefined): { from?: string; to?: string };
  preset(months: number | null): void;
  setMonth(month: string): void;
  /** Adds a value to a filter, or takes it out when chosen already. */
  toggleValue(dimension: FilterDimension, value: string): void;
  remove(dimension: FilterDimension, value: string): void;
  clear(): void;
  toggleOpen(): void;
  /** Resolves once the report has rendered the change (to move the keyboard focus). */
  updated(): Promise<unknown>;
}

/**
 * The "Filters (n)" button that folds the bar at narrow widths (CSS shows it below 600 px), the month
 * range (pickers and presets), the snapshot month, and one list per filter the data has values for:
 * choosing a value adds it to the filter (several countries, several SKUs), choosing it again takes it out.
 */
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
  const monthOptions = (list: readonly string[], selected: string | undefined) =>
    list.map(
      (month) => html`<option value=${month} ?selected=${month === selected}>${f.month(month)}</option>`,
    );
  const onRange = (event: Event) => {
    const form = (event.target as HTMLSelectElement).form!;
    const picked = (name: string) => (form.elements.namedItem(name) as HTMLSelectElement).value;
    const range = on.setRange(picked('from'), picked('to'));
    // Show the window as set (swapped when From was after To), whatever the pickers were left showing.
    for (const name of ['from', 'to'] as const) {
      const month = range[name];
      if (month) (form.elements.namedItem(name) as HTMLSelectElement).value = month;
    }
  };
  const count = filterValueCount(view.filter);
  const snapshot = view.month ?? model.snapshotMonths[model.snapshotMonths.length - 1];
  return html`<button
      type="button"
      class="filters-toggle"
      part="filters-toggle"
      aria-expanded=${model.open ? 'true' : 'false'}
      aria-controls="filters"
      @click=${on.toggleOpen}
    >
      ${count ? t('report.filters.toggleCount', { count }) : t('report.filters.toggle')}
    </button>
    <form
      id="filters"
      class=${model.open ? 'filter-bar open' : 'filter-bar'}
      part="filters"
      aria-label=${t('report.filters')}
      @submit=${(e: Event) => e.preventDefault()}
    >
      <fieldset class="range">
        <legend>${t('report.months')}</legend>
        <label
          >${t('report.from')}
          <select name="from" @change=${onRange}>
            ${monthOptions(months, from)}
          </select></label
        >
        <label
          >${t('report.to')}
          <select name="to" @change=${onRange}>
            ${monthOptions(months, to)}
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
      ${
        model.snapshotMonths.length > 1
          ? html`<label class="snapshot"
              >${t('report.snapshot')}
              <select name="month" @change=${(e: Event) => on.setMonth(value(e))}>
                ${monthOptions(model.snapshotMonths, snapshot)}
              </select></label
            >`
          : nothing
      }
      ${FILTER_DIMENSIONS.map((dimension) => renderDimension(dimension, model, on, f, t))}
    </form>`;
}

/**
 * One filter's list: its first option says what is chosen ("All", "2 selected") and stays shown; the
 * others add or remove their value (chosen ones marked), and the chips show and remove them too.
 */
function renderDimension(
  dimension: FilterDimension,
  { facets, view }: FilterBarModel,
  on: FilterBarActions,
  f: UsageFormatters,
  t: Localizer['t'],
) {
  const options = dimensionOptions(facets, dimension, f);
  if (options.length === 0) return nothing;
  const chosen = view.filter[dimension] ?? [];
  const onChange = (event: Event) => {
    const picked = value(event);
    (event.target as HTMLSelectElement).value = '';
    if (picked) on.toggleValue(dimension, picked);
  };
  return html`<label class="dimension"
    >${dimensionLabel(dimension, t)}
    <select name=${dimension} @change=${onChange}>
      <option value="" selected>
        ${chosen.length ? t('report.filter.chosen', { count: chosen.length }) : t('report.filter.all')}
      </option>
      ${options.map(
        (option) =>
          html`<option value=${option.value}>
            ${
              chosen.includes(option.value)
                ? t('report.filter.option.chosen', { value: isolate(option.label) })
                : option.label
            }
          </option>`,
      )}
    </select></label
  >`;
}

function dimensionOptions(facets: UsageFacets, dimension: FilterDimension, f: UsageFormatters) {
  if (dimension === 'country') {
    return facets.country
      .map(({ code, market }) => ({ value: code, label: f.country(code, market) }))
      .sort((a, b) => a.label.localeCompare(b.label, f.locale));
  }
  return facets[dimension].map((value) => ({ value, label: value }));
}

function value(event: Event): string {
  return (event.target as HTMLSelectElement).value;
}
