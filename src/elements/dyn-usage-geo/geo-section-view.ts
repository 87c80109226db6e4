// The geography section's view: count tile and metric switch, the map with its legend, the country grid.
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import type { GeoSection } from '../../core/report.js';
import type { ProjectedWorld } from '../../charts/geo-projection.js';
import type { CountryRow, CountrySort } from '../../view/country-rows.js';
import type { UsageFormatters } from '../../view/formatters.js';
import type { Localizer } from '../../i18n/localizer.js';
import { renderCountryGrid } from './country-grid.js';
import type { CountryGridModel } from './country-grid.js';
import type { GeoMetric, MapColors } from './geo-colors.js';
import { renderCountTile, renderGeoLegend, renderMetricSwitch } from './geo-legend.js';
import { renderGeoMap } from './geo-map-view.js';
import type { GeoMapModel } from './geo-map-view.js';

/** Id of the country grid, which describes the map. */
export const GRID_ID = 'geo-countries';

/** The map's handlers: keys, pointer and the zoom buttons. */
export type GeoMapHandlers = Pick<
  GeoMapModel,
  'onKeydown' | 'onPointerMove' | 'onPointerLeave' | 'onClick' | 'onZoomIn' | 'onZoomOut' | 'onHome'
>;

/** The grid's handlers: search, sort, select, and a row's keyboard focus. */
export type CountryGridHandlers = Pick<CountryGridModel, 'onSearch' | 'onSort' | 'onSelect' | 'onFocusRow'>;

/** What the section shows, laid out for the host's width, with the element's state and handlers. */
export interface GeoSectionView {
  geo: GeoSection;
  metric: GeoMetric;
  /** The snapshot month, formatted. */
  month: string;
  /** The grid sits beside the map (else below it). */
  wide: boolean;
  /** The map's width in CSS pixels; 0 or less leaves a placeholder. */
  mapWidth: number;
  /** The map and its colours, null until the map's code has loaded (its place kept, no legend yet). */
  world: ProjectedWorld | null;
  colors: MapColors | null;
  /** Every country with rows, and those the grid shows (searched and sorted). */
  rows: readonly CountryRow[];
  gridRows: readonly CountryRow[];
  query: string;
  sort: CountrySort;
  selected: string | null;
  /** The country the tooltip shows, or null. */
  tip: CountryRow | null;
  onMetric: (metric: GeoMetric) => void;
  map: GeoMapHandlers;
  grid: CountryGridHandlers;
}

/** Count tile and metric switch above; the map and its legend, and the country grid beside or below. */
export function renderGeoSection(
  view: GeoSectionView,
  f: UsageFormatters,
  localizer: Localizer,
): TemplateResult {
  const { geo, metric, month, wide, mapWidth, world, colors } = view;
  const { t } = localizer;
  return html`<div class="geo-top">
      ${renderCountTile(geo, f, localizer)} ${renderMetricSwitch(metric, view.onMetric, localizer)}
    </div>
    <div class="geo-body ${wide ? 'wide' : 'narrow'}">
      <div class="map-pane">
        ${
          mapWidth > 0 && world && colors
            ? renderGeoMap(
                {
                  world,
                  width: mapWidth,
                  steps: colors.steps,
                  markers: colors.markers,
                  selected: view.selected,
                  label: `${t(`geo.map.label.${metric}`, { month })} ${t('geo.map.keys')}`,
                  describedBy: GRID_ID,
                  tip: view.tip,
                  ...view.map,
                },
                f,
                localizer,
              )
            : html`<div class="map-placeholder ${mapWidth > 0 ? 'pending' : ''}"></div>`
        }
        ${
          colors
            ? renderGeoLegend(
                colors.bins,
                t('geo.legend.title', { metric: t(`metric.${metric}.label`), month }),
                colors.markers.length > 0,
                f,
                localizer,
              )
            : nothing
        }
      </div>
      ${renderCountryGrid(
        {
          id: GRID_ID,
          caption: t('geo.grid.caption', { month }),
          rows: view.gridRows,
          total: view.rows.length,
          query: view.query,
          sort: view.sort,
          selected: view.selected,
          ...view.grid,
        },
        f,
        localizer,
      )}
    </div>`;
}
