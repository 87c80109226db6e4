import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { renderSeriesLegend } from '../../charts/series-legend.js';
import { SEAT_METRICS } from '../shared/glossary.js';
import type { SeatMetric } from '../shared/glossary.js';
import type { Localizer } from '../../i18n/localizer.js';

export interface DistributionLegendModel {
  hidden: ReadonlySet<SeatMetric>;
  /** The metric whose definition shows, or `null`. */
  definition: SeatMetric | null;
  onToggle: (metric: SeatMetric) => void;
  onDefinition: (metric: SeatMetric | null) => void;
}

/**
 * The three seat series as toggle buttons, and the definition of the one under the pointer or focus.
 * The buttons already carry the definition as their description (a `title`), which only shows on hover:
 * the box below shows it to sighted keyboard users too.
 */
export function renderDistributionLegend(model: DistributionLegendModel, t: Localizer['t']): TemplateResult {
  const { hidden, definition, onToggle, onDefinition } = model;
  const items = SEAT_METRICS.map((key) => ({
    key,
    label: t(`metric.${key}.label`),
    definition: t(`metric.${key}.definition`),
    on: !hidden.has(key),
  }));
  const show = (event: Event) => {
    const button = (event.target as Element).closest('.legend-item');
    const index = button?.parentElement ? [...button.parentElement.children].indexOf(button) : -1;
    onDefinition(SEAT_METRICS[index] ?? null);
  };
  const hide = () => onDefinition(null);
  return html`<div
    class="legend-wrap"
    @focusin=${show}
    @focusout=${hide}
    @pointerover=${show}
    @pointerout=${hide}
  >
    ${renderSeriesLegend(items, (key) => onToggle(key as SeatMetric), t('distribution.legend'))}
    ${
      definition
        ? html`<p class="definition" part="definition" aria-hidden="true">
            ${t(`metric.${definition}.definition`)}
          </p>`
        : nothing
    }
  </div>`;
}

export interface ExpandButtonModel {
  expanded: boolean;
  top: number;
  skus: number;
  onToggle: () => void;
}

/** "Show all 20 SKUs" / "Show top 10": expands the "Other" group into its SKUs and back. */
export function renderExpandButton(model: ExpandButtonModel, t: Localizer['t']): TemplateResult {
  const { expanded, top, skus, onToggle } = model;
  return html`<button
    type="button"
    class="expand"
    part="expand"
    aria-expanded=${expanded ? 'true' : 'false'}
    aria-controls="distribution-chart"
    @click=${onToggle}
  >
    ${expanded ? t('distribution.showTop', { count: top }) : t('distribution.showAll', { count: skus })}
  </button>`;
}
