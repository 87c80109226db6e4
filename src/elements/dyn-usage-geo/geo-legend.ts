import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { colorStep } from '../../charts/geo-color-steps.js';
import type { GeoSection } from '../../core/report.js';
import type { ValueBin } from '../../core/quantile-bins.js';
import type { Localizer } from '../../i18n/localizer.js';
import type { UsageFormatters } from '../../view/formatters.js';
import type { GeoMetric } from './geo-colors.js';
import { isolate } from '../../i18n/isolate.js';

/** The colour classes with the seat range each stands for, then the neutral "no rows" fill and the dot. */
export function renderGeoLegend(
  bins: readonly ValueBin[],
  title: string,
  hasMarkers: boolean,
  f: UsageFormatters,
  { t }: Localizer,
): TemplateResult {
  const range = (bin: ValueBin) =>
    bin.from === bin.to
      ? f.seats(bin.from)
      : t('geo.legend.range', { from: f.seats(bin.from), to: f.seats(bin.to) });
  return html`<figure class="geo-legend" part="legend">
    <figcaption class="legend-title">${title}</figcaption>
    <ul class="legend-items">
      ${bins.map(
        (bin, i) =>
          html`<li class="legend-item">
            <span class="swatch step-${colorStep(i, bins.length)}" aria-hidden="true"></span>${range(bin)}
          </li>`,
      )}
      <li class="legend-item">
        <span class="swatch nodata" aria-hidden="true"></span>${t('geo.legend.noRows')}
      </li>
      ${
        hasMarkers
          ? html`<li class="legend-item">
              <span class="dot" aria-hidden="true"></span>${t('geo.legend.small')}
            </li>`
          : nothing
      }
    </ul>
  </figure>`;
}

/** The number of countries/regions with usage, and the markets that could not be placed on the map. */
export function renderCountTile(geo: GeoSection, f: UsageFormatters, { t }: Localizer): TemplateResult {
  const { countryCount, unmatched } = geo;
  const markets = unmatched
    .map((u) => t('geo.unmatched.market', { count: u.rows, market: isolate(u.market) }))
    .join(t('geo.unmatched.separator'));
  // The count is a figure with its caption (as the summary's tiles), not a sentence: no word order to follow.
  return html`<div class="count-tile" part="tile">
    <p class="count">
      <span class="count-value">${f.seats(countryCount)}</span>
      <span class="count-label">${t('geo.count', { count: countryCount })}</span>
    </p>
    ${
      unmatched.length
        ? html`<p class="unmatched">${t('geo.unmatched', { count: unmatched.length, markets })}</p>`
        : nothing
    }
  </div>`;
}

/** Two toggle buttons choosing the seats the map colours. */
export function renderMetricSwitch(
  metric: GeoMetric,
  onMetric: (metric: GeoMetric) => void,
  { t }: Localizer,
): TemplateResult {
  return html`<div class="metric-switch" role="group" aria-label=${t('geo.metric.group')}>
    ${(['available', 'active'] as const).map(
      (key) =>
        html`<button
          type="button"
          aria-pressed=${metric === key ? 'true' : 'false'}
          title=${t(`metric.${key}.definition`)}
          @click=${() => onMetric(key)}
        >
          ${t(`metric.${key}.label`)}
        </button>`,
    )}
  </div>`;
}
