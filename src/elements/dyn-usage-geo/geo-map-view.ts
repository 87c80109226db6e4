import { html, nothing, svg } from 'lit';
import type { TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import type { Point, ProjectedWorld } from '../../charts/geo-projection.js';
import { markerRadius } from '../../charts/marker-radius.js';
import type { UsageFormatters } from '../../view/formatters.js';
import type { Localizer } from '../../i18n/localizer.js';
import type { CountryRow } from '../../view/country-rows.js';

export interface MapMarker {
  code: string;
  point: Point;
}

export interface GeoMapModel {
  world: ProjectedWorld;
  /** The map's width in CSS pixels. */
  width: number;
  /** Colour step (1–5) per country code with rows; codes without one are drawn neutral. */
  steps: ReadonlyMap<string, number>;
  /** Countries with rows that the atlas has no shape for, as dots. */
  markers: readonly MapMarker[];
  selected: string | null;
  label: string;
  /** Id of the element that describes the map (the country grid). */
  describedBy: string;
  /** The country the tooltip shows, or null. */
  tip: CountryRow | null;
  onKeydown(event: KeyboardEvent): void;
  onPointerMove(event: PointerEvent): void;
  onPointerLeave(): void;
  onClick(event: MouseEvent): void;
  onZoomIn(): void;
  onZoomOut(): void;
  onHome(): void;
}

/** The choropleth: shapes and markers in one zoomable group, zoom buttons, and the tooltip. */
export function renderGeoMap(model: GeoMapModel, f: UsageFormatters, localizer: Localizer): TemplateResult {
  const { world, steps, markers, selected } = model;
  const { t } = localizer;
  // Radii live in CSS (kept constant on screen while zooming, from the --marker-r MapZoom sets for the
  // map's width); the attribute is for exported images, which carry no stylesheet.
  const unitsPerPixel = world.width / model.width;
  const radius = markerRadius(model.width);
  const stepClass = (code: string | null) => {
    const step = code === null ? undefined : steps.get(code);
    return step === undefined ? 'nodata' : `step-${step}`;
  };
  return html`<div class="map-wrap">
    <svg
      class="map"
      part="map"
      data-export
      role="img"
      tabindex="0"
      aria-label=${model.label}
      aria-describedby=${model.describedBy}
      width=${model.width}
      height=${Math.round((model.width * world.height) / world.width)}
      viewBox="0 0 ${world.width} ${world.height}"
      @keydown=${model.onKeydown}
      @pointermove=${model.onPointerMove}
      @pointerleave=${model.onPointerLeave}
      @click=${model.onClick}
    >
      <g class="zoom-layer">
        ${guard([world, steps], () =>
          world.countries.map(
            ({ code, d }) =>
              svg`<path class="country ${stepClass(code)}" data-code=${code ?? ''} d=${d}></path>`,
          ),
        )}
        ${markers.map(
          ({ code, point }) =>
            svg`<circle
              class="marker ${stepClass(code)}"
              data-code=${code}
              cx=${point[0]}
              cy=${point[1]}
              r=${unitsPerPixel * radius}
            ></circle>`,
        )}
        ${selected ? renderHighlight(model, selected) : nothing}
      </g>
    </svg>
    <div class="zoom-controls" role="group" aria-label=${t('geo.zoom.group')}>
      <button type="button" class="zoom-in" aria-label=${t('geo.zoom.in')} @click=${model.onZoomIn}>+</button>
      <button type="button" class="zoom-out" aria-label=${t('geo.zoom.out')} @click=${model.onZoomOut}>
        −
      </button>
      <button type="button" class="home" aria-label=${t('geo.zoom.homeLabel')} @click=${model.onHome}>
        ${t('geo.zoom.home')}
      </button>
    </div>
    ${model.tip ? renderTooltip(model.tip, f, localizer) : nothing}
  </div>`;
}

/**
 * The selected country drawn again on top, outlined, so no neighbour hides its border; a marker, or a
 * shape too small to see (Singapore on the 1:50m map), also gets a ring around it.
 */
function renderHighlight(model: GeoMapModel, code: string) {
  const { world, width } = model;
  const shapes = model.world.countries.filter((country) => country.code === code);
  const focus = shapes.length ? model.world.focus(code) : undefined;
  const [[x0, y0], [x1, y1]] = focus?.bounds ?? [
    [0, 0],
    [0, 0],
  ];
  const tiny = focus !== undefined && Math.max(x1 - x0, y1 - y0) < TINY_SHAPE;
  const ring = model.markers.find((m) => m.code === code)?.point ?? (tiny ? focus.center : null);
  return svg`${shapes.map(({ d }) => svg`<path class="highlight" d=${d}></path>`)}${
    ring
      ? svg`<circle class="highlight ring" cx=${ring[0]} cy=${ring[1]} r=${((markerRadius(width) + RING_GAP) * world.width) / width}></circle>`
      : nothing
  }`;
}

/** How far a selected marker's ring stands out from the marker, in CSS pixels (also in styles). */
const RING_GAP = 4.5;

/** Below this size in map units (about 4 px on a 1,000 px map) a selected shape also gets a ring. */
const TINY_SHAPE = 4;

// Visual only: the grid row (which has the same figures) is what assistive technology reads.
function renderTooltip(row: CountryRow, f: UsageFormatters, { t }: Localizer): TemplateResult {
  const figure = (metric: 'available' | 'active' | 'activePercent', value: string) =>
    html`<span>${t('geo.tooltip.figure', { metric: t(`metric.${metric}.label`), value })}</span>`;
  return html`<div class="tooltip" part="tooltip" aria-hidden="true">
    <strong><bdi>${row.name}</bdi></strong>
    ${figure('available', f.seats(row.available))} ${figure('active', f.seats(row.active))}
    ${figure('activePercent', f.percent(row.activePercent))}
  </div>`;
}
