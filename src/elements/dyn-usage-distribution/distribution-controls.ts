import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { renderSeriesLegend } from '../../charts/series-legend.js';
import { METRICS, SEAT_METRICS } from '../shared/glossary.js';
import type { SeatMetric } from '../shared/glossary.js';
import type { UsageFormatters } from '../../view/formatters.js';
import { skuCount } from './distribution-text.js';

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
export function renderDistributionLegend(model: DistributionLegendModel): TemplateResult {
  const { hidden, definition, onToggle, onDefinition } = model;
  const items = SEAT_METRICS.map((key) => ({
    key,
    label: METRICS[key].label,
    definition: METRICS[key].definition,
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
    ${renderSeriesLegend(items, (key) => onToggle(key as SeatMetric), 'Seat series')}
    ${
      definition
        ? html`<p class="definition" part="definition" aria-hidden="true">
            ${METRICS[definition].definition}
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
export function renderExpandButton(model: ExpandButtonModel, f: UsageFormatters): TemplateResult {
  const { expanded, top, skus, onToggle } = model;
  return html`<button
    type="button"
    class="expand"
    part="expand"
    aria-expanded=${expanded ? 'true' : 'false'}
    aria-controls="distribution-chart"
    @click=${onToggle}
  >
    ${expanded ? `Show top ${f.seats(top)}` : `Show all ${skuCount(skus, f)}`}
  </button>`;
}
