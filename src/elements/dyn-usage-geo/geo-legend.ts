import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { colorStep } from '../../charts/geo-color-steps.js';
import type { GeoSection } from '../../core/report.js';
import type { ValueBin } from '../../core/quantile-bins.js';
import type { UsageFormatters } from '../../view/formatters.js';
import { METRICS } from '../shared/glossary.js';
import type { GeoMetric } from './geo-colors.js';
import { inlineName } from '../shared/data-text.js';

/** The colour classes with the seat range each stands for, then the neutral "no rows" fill and the dot. */
export function renderGeoLegend(
  bins: readonly ValueBin[],
  title: string,
  hasMarkers: boolean,
  f: UsageFormatters,
): TemplateResult {
  const range = (bin: ValueBin) =>
    bin.from === bin.to ? f.seats(bin.from) : `${f.seats(bin.from)}–${f.seats(bin.to)}`;
  return html`<figure class="geo-legend" part="legend">
    <figcaption class="legend-title">${title}</figcaption>
    <ul class="legend-items">
      ${bins.map(
        (bin, i) =>
          html`<li class="legend-item">
            <span class="swatch step-${colorStep(i, bins.length)}" aria-hidden="true"></span>${range(bin)}
          </li>`,
      )}
      <li class="legend-item"><span class="swatch nodata" aria-hidden="true"></span>No rows</li>
      ${
        hasMarkers
          ? html`<li class="legend-item">
              <span class="dot" aria-hidden="true"></span>Small country or territory
            </li>`
          : nothing
      }
    </ul>
  </figure>`;
}

/** The number of countries/regions with usage, and the markets that could not be placed on the map. */
export function renderCountTile(geo: GeoSection, f: UsageFormatters): TemplateResult {
  const { countryCount, unmatched } = geo;
  const rows = (n: number) => `${f.seats(n)} ${n === 1 ? 'row' : 'rows'}`;
  const places = countryCount === 1 ? 'country/region' : 'countries/regions';
  const markets = unmatched.length === 1 ? '1 market' : `${f.seats(unmatched.length)} markets`;
  return html`<div class="count-tile" part="tile">
    <p class="count"><span class="count-value">${f.seats(countryCount)}</span> ${places} with usage</p>
    ${
      unmatched.length
        ? html`<p class="unmatched">
            ${`${markets} could not be placed on the map: `}${unmatched.map(
              (u, i) => html`${i ? ', ' : ''}${inlineName(u.market)}${` (${rows(u.rows)})`}`,
            )}
          </p>`
        : nothing
    }
  </div>`;
}

/** Two toggle buttons choosing the seats the map colours. */
export function renderMetricSwitch(metric: GeoMetric, onMetric: (metric: GeoMetric) => void): TemplateResult {
  return html`<div class="metric-switch" role="group" aria-label="Map shows">
    ${(['available', 'active'] as const).map(
      (key) =>
        html`<button
          type="button"
          aria-pressed=${metric === key ? 'true' : 'false'}
          title=${METRICS[key].definition}
          @click=${() => onMetric(key)}
        >
          ${METRICS[key].label}
        </button>`,
    )}
  </div>`;
}
