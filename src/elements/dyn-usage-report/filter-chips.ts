import { html, nothing } from 'lit';
import type { ReportViewState } from '../../view/report-view-state.js';
import type { UsageFacets } from '../../view/table-facets.js';
import type { FilterDimension } from '../../core/usage-filter.js';
import type { UsageFormatters } from '../../view/formatters.js';
import { FILTER_DIMENSIONS } from '../../core/usage-filter.js';
import type { Localizer } from '../../i18n/localizer.js';
import { inlineName } from '../shared/data-text.js';
import { dimensionLabel } from './filter-bar.js';
import type { FilterBarActions } from './filter-bar.js';

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
        @click=${(event: Event) => removeChip(event, () => on.remove(chip.dimension, chip.value), on)}
      >
        <span class="chip-dimension">${t('report.chip.dimension', { dimension })}</span>
        ${inlineName(chip.label)}
        <span aria-hidden="true">×</span>
      </button>`;
    })}
    <button type="button" class="clear" @click=${on.clear}>${t('report.chips.clear')}</button>
  </div>`;
}

/**
 * Removes a chip and keeps the keyboard where it was: on the chip that took its place, else the one before,
 * else the filter bar's first control (its button when folded), never on the page's body.
 */
function removeChip(event: Event, remove: () => void, on: FilterBarActions): void {
  const chip = event.currentTarget as HTMLElement;
  const root = chip.getRootNode() as ShadowRoot;
  const index = [...root.querySelectorAll('.chip')].indexOf(chip);
  remove();
  void on.updated().then(() => {
    const chips = [...root.querySelectorAll<HTMLElement>('.chip')];
    const next =
      chips[Math.min(index, chips.length - 1)] ??
      [...root.querySelectorAll<HTMLElement>('.filters-toggle, .filter-bar select')].find(
        (control) => control.offsetParent !== null,
      );
    next?.focus();
  });
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
