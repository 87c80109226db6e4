import { html } from 'lit';
import type { TemplateResult } from 'lit';
import type { SkuTrend } from '../../core/report.js';
import type { Localizer } from '../../i18n/localizer.js';
import { SEAT_METRICS } from '../shared/glossary.js';
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

const MODES = [
  { mode: 'single', label: 'sku.view.single' },
  { mode: 'compare', label: 'sku.view.compare' },
] as const;

/** The view switch (one SKU / compare SKUs), then the SKU picker, or the metric and scale for compare. */
export function renderSkuToolbar(model: SkuToolbarModel, localizer: Localizer): TemplateResult {
  const { t } = localizer;
  return html`<div class="toolbar">
    <fieldset class="view" part="view">
      <legend class="visually-hidden">${t('sku.view.group')}</legend>
      ${MODES.map(
        ({ mode, label }) =>
          html`<label class="view-option"
            ><input
              type="radio"
              name="view"
              value=${mode}
              .checked=${model.mode === mode}
              @change=${() => model.onMode(mode)}
            />${t(label)}</label
          >`,
      )}
    </fieldset>
    ${
      model.mode === 'single'
        ? html`<dyn-usage-sku-picker
            part="picker"
            .options=${model.trends.map((trend) => trend.sku)}
            .value=${model.sku}
            .localizer=${localizer}
            @dyn-usage-sku-pick=${(event: CustomEvent<{ sku: string }>) => model.onSku(event.detail.sku)}
          ></dyn-usage-sku-picker>`
        : html`<label class="field"
              >${t('sku.metric.label')}
              <select
                part="metric"
                @change=${(event: Event) => model.onMetric((event.target as HTMLSelectElement).value as SeatMetric)}
              >
                ${SEAT_METRICS.map(
                  (metric) =>
                    html`<option value=${metric} ?selected=${metric === model.metric}>
                      ${t(`metric.${metric}.label`)}
                    </option>`,
                )}
              </select></label
            >
            <label class="field"
              ><input
                type="checkbox"
                .checked=${model.sharedScale}
                @change=${(event: Event) => model.onSharedScale((event.target as HTMLInputElement).checked)}
              />${t('sku.sharedScale')}</label
            >`
    }
  </div>`;
}
