import { html } from 'lit';
import type { TemplateResult } from 'lit';
import type { SkuTrend } from '../../core/report.js';
import { METRICS, SEAT_METRICS } from '../shared/glossary.js';
import type { SeatMetric } from '../shared/glossary.js';
import './sku-picker.js';

export type SkuViewMode = 'single' | 'compare';

export interface SkuToolbarModel {
  mode: SkuViewMode;
  trends: readonly SkuTrend[];
  sku: string;
  metric: SeatMetric;
  sharedScale: boolean;
  onMode: (mode: SkuViewMode) => void;
  onSku: (sku: string) => void;
  onMetric: (metric: SeatMetric) => void;
  onSharedScale: (shared: boolean) => void;
}

const MODES: readonly { mode: SkuViewMode; label: string }[] = [
  { mode: 'single', label: 'One SKU' },
  { mode: 'compare', label: 'Compare SKUs' },
];

/** The view switch (one SKU / compare SKUs), then the SKU picker, or the metric and scale for compare. */
export function renderSkuToolbar(model: SkuToolbarModel): TemplateResult {
  return html`<div class="toolbar">
    <fieldset class="view" part="view">
      <legend class="visually-hidden">View</legend>
      ${MODES.map(
        ({ mode, label }) =>
          html`<label class="view-option"
            ><input
              type="radio"
              name="view"
              value=${mode}
              .checked=${model.mode === mode}
              @change=${() => model.onMode(mode)}
            />${label}</label
          >`,
      )}
    </fieldset>
    ${
      model.mode === 'single'
        ? html`<dyn-usage-sku-picker
            part="picker"
            .options=${model.trends.map((trend) => trend.sku)}
            .value=${model.sku}
            @dyn-usage-sku-pick=${(event: CustomEvent<{ sku: string }>) => model.onSku(event.detail.sku)}
          ></dyn-usage-sku-picker>`
        : html`<label class="field"
              >Metric
              <select
                part="metric"
                @change=${(event: Event) => model.onMetric((event.target as HTMLSelectElement).value as SeatMetric)}
              >
                ${SEAT_METRICS.map(
                  (metric) =>
                    html`<option value=${metric} ?selected=${metric === model.metric}>
                      ${METRICS[metric].label}
                    </option>`,
                )}
              </select></label
            >
            <label class="field"
              ><input
                type="checkbox"
                .checked=${model.sharedScale}
                @change=${(event: Event) => model.onSharedScale((event.target as HTMLInputElement).checked)}
              />Same scale for all</label
            >`
    }
  </div>`;
}
