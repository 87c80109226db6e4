import { toggleFilterValue } from '../../core/usage-filter.js';
import { orderedRange, presetRange } from '../../view/report-view-state.js';
import type { ReportViewState } from '../../view/report-view-state.js';
import type { FilterBarActions } from './filter-bar.js';
import type { SectionActions } from './report-sections.js';

/** What the filter bar's actions need of the report. */
export interface ReportViewHost {
  /** The view shown now (the latest change, before the report has rendered it). */
  shown(): ReportViewState;
  /** The data's months (none before it loads). */
  months(): readonly string[];
  /** Shows a view the reader made (a history entry). */
  change(view: ReportViewState): void;
  toggleOpen(): void;
  updated(): Promise<unknown>;
}

/**
 * What the reader does in the filter bar, the chips and the sections, as views: a window the right way
 * round, a snapshot month, a value added to or taken out of a filter.
 */
export function filterBarActions(host: ReportViewHost): FilterBarActions {
  const actions: FilterBarActions = {
    setRange: (from, to) => {
      const range = orderedRange(from, to);
      host.change({ ...host.shown(), from: range.from, to: range.to });
      return range;
    },
    preset: (months) => host.change({ ...host.shown(), ...presetRange(host.months(), months) }),
    setMonth: (month) => host.change({ ...host.shown(), month }),
    toggleValue: (dimension, value) => {
      const shown = host.shown();
      host.change({ ...shown, filter: toggleFilterValue(shown.filter, dimension, value) });
    },
    remove: (dimension, value) => {
      if (host.shown().filter[dimension]?.includes(value)) actions.toggleValue(dimension, value);
    },
    clear: () => host.change({ ...host.shown(), filter: {} }),
    toggleOpen: () => host.toggleOpen(),
    updated: () => host.updated(),
  };
  return actions;
}

/** The sections' choices; the SKU chart's adds its SKU to the filter (its own chart shows every SKU). */
export function sectionActions(actions: FilterBarActions, shown: () => ReportViewState): SectionActions {
  return {
    toggleValue: (dimension, value) => actions.toggleValue(dimension, value),
    addValue: (dimension, value) => {
      if (!shown().filter[dimension]?.includes(value)) actions.toggleValue(dimension, value);
    },
  };
}
