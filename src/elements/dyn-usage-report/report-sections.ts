import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { filterWithout } from '../../core/usage-filter.js';
import type { UsageFilter } from '../../core/usage-filter.js';
import type { InputStats, UsageReport } from '../../core/report.js';
import type { FetchProgress } from '../../load/fetch-usage-bytes.js';
import type { MessageOverrides } from '../../i18n/catalog.js';
import type { FilterBarActions } from './filter-bar.js';

/** Summary, insights, geo, SKU, distribution, subscription table. */
export const SECTION_COUNT = 6;

/** What the report's sections are given. */
export interface SectionsModel {
  /** The filter shown: each section takes it, but the map its countries and the SKU charts their SKUs. */
  filter: UsageFilter;
  /** How many sections, in page order, are made so far (see the report's `sectionsMade`). */
  made: number;
  noInsights: boolean;
  hideRevenue: boolean;
}

/** What the sections' choices do to the report's view. */
export interface SectionActions extends Pick<FilterBarActions, 'toggleValue'> {
  /** Adds a value to a filter unless it is there already (the SKU chart's choice). */
  addValue(dimension: 'sku', value: string): void;
}

/**
 * The sections in page order on the report's source, the SKU trend and distribution as a pair; those not
 * made yet render nothing. They load quietly (`quiet-loading`): the report shows the one progress bar. A country chosen on the map or a SKU in the distribution adds to the filter (or
 * takes it out); a SKU chosen in the SKU chart adds to it.
 */
export function renderSections(
  { filter, made, noInsights, hideRevenue }: SectionsModel,
  on: SectionActions,
): TemplateResult {
  const country = filter.country?.length === 1 ? filter.country[0] : undefined;
  const [summary, insights, geo, sku, distribution, table] = [
    html`<dyn-usage-summary hide-notice quiet-loading source="source" .filter=${filter}></dyn-usage-summary>`,
    noInsights
      ? nothing
      : html`<dyn-usage-insights
          hide-notice
          quiet-loading
          source="source"
          .filter=${filter}
        ></dyn-usage-insights>`,
    html`<dyn-usage-geo
      hide-notice
      quiet-loading
      source="source"
      .filter=${filterWithout(filter, 'country')}
      .selectedCountry=${live(country)}
      @dyn-usage-country-select=${(event: CustomEvent<{ code: string }>) =>
        on.toggleValue('country', event.detail.code)}
    ></dyn-usage-geo>`,
    html`<dyn-usage-sku
      hide-notice
      quiet-loading
      source="source"
      .filter=${filterWithout(filter, 'sku')}
      @dyn-usage-sku-change=${(event: CustomEvent<{ sku: string; mode: string }>) =>
        event.detail.mode === 'single' && event.detail.sku && on.addValue('sku', event.detail.sku)}
    ></dyn-usage-sku>`,
    html`<dyn-usage-distribution
      hide-notice
      quiet-loading
      source="source"
      .filter=${filterWithout(filter, 'sku')}
      @dyn-usage-sku-select=${(event: CustomEvent<{ sku: string }>) => on.toggleValue('sku', event.detail.sku)}
    ></dyn-usage-distribution>`,
    html`<dyn-subscription-table
      hide-notice
      quiet-loading
      source="source"
      ?hide-revenue=${hideRevenue}
      .filter=${filter}
    ></dyn-subscription-table>`,
  ].map((section, k) => (k < made ? section : nothing));
  return html`${summary}${insights}${geo}
    <div class="pair">${sku}${distribution}</div>
    ${table}`;
}

/** What the report does when its source loads, fails or is given new data. */
export interface SourceEvents {
  load(event: CustomEvent<{ input: InputStats }>): void;
  error(event: CustomEvent<{ message: string }>): void;
  change(): void;
  progress(event: CustomEvent<FetchProgress>): void;
}

/** The one source every section reads, `#source`, with the report's data inputs. */
export function renderSource(
  inputs: {
    src: string | null;
    records: readonly Record<string, unknown>[] | null;
    report: UsageReport | null;
  },
  on: SourceEvents,
): TemplateResult {
  return html`<dyn-usage-source
    id="source"
    .src=${inputs.src}
    .records=${inputs.records}
    .report=${inputs.report}
    @dyn-usage-load=${on.load}
    @dyn-usage-error=${on.error}
    @dyn-usage-source-change=${on.change}
    @dyn-usage-source-progress=${on.progress}
  ></dyn-usage-source>`;
}

/** What every section shares, set once on each rather than bound on each of the tags. */
export interface SharedSectionProperties {
  from: string | undefined;
  to: string | undefined;
  month: string | undefined;
  /** The locale as the report resolved it: inside the shadow root a section finds no page `lang` of its own. */
  locale: string;
  theme: 'light' | 'dark' | undefined;
  messages: MessageOverrides | null;
}

/** Sets what every section shares on each section reading the report's source. */
export function shareWithSections(root: ParentNode, shared: SharedSectionProperties): void {
  for (const section of root.querySelectorAll('[source="source"]')) Object.assign(section, shared);
}
