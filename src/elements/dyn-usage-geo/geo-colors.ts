import type { WorldAtlas } from '../../charts/geo-atlas.js';
import { colorStep } from '../../charts/geo-color-steps.js';
import type { ProjectedWorld } from '../../charts/geo-projection.js';
import { binIndexOf, quantileBins } from '../../core/quantile-bins.js';
import type { ValueBin } from '../../core/quantile-bins.js';
import type { GeoSection } from '../../core/report.js';
import { SMALL_TERRITORY_CENTROIDS } from '../../data/markets.js';
import type { MapMarker } from './geo-map-view.js';

/** The seats the map colours. */
export type GeoMetric = 'available' | 'active';

export interface MapColors {
  geo: GeoSection;
  metric: GeoMetric;
  atlas: WorldAtlas;
  world: ProjectedWorld | null;
  bins: ValueBin[];
  /** Ramp step per country code. */
  steps: ReadonlyMap<string, number>;
  markers: MapMarker[];
}

/**
 * Colour classes and markers for the map, reused while the inputs are the same objects: the map's shapes
 * are only re-rendered when `steps` or the projection change, not on every hover or search keystroke.
 *
 * Classes are quantiles (equal counts), not a log scale: seat counts are skewed (the sample's United States
 * has 2.6× the next country and 7,600× the smallest), a quantile scale gives every colour step about a fifth
 * of the countries whatever the skew, it takes 0 seats (which a log scale cannot show), and its legend
 * states exact whole-seat ranges. What it hides, the size of the gaps between classes, the grid shows.
 */
export function mapColors(
  previous: MapColors | null,
  geo: GeoSection,
  metric: GeoMetric,
  atlas: WorldAtlas,
  world: ProjectedWorld | null,
): MapColors {
  if (
    previous &&
    previous.geo === geo &&
    previous.metric === metric &&
    previous.atlas === atlas &&
    previous.world === world
  ) {
    return previous;
  }
  const bins = quantileBins(
    geo.countries.map((country) => country[metric]),
    5,
  );
  const steps = new Map<string, number>();
  const markers: MapMarker[] = [];
  for (const country of geo.countries) {
    steps.set(country.code, colorStep(binIndexOf(bins, country[metric]), bins.length));
    const centroid = atlas.codes.has(country.code) ? undefined : SMALL_TERRITORY_CENTROIDS[country.code];
    const point = centroid && world?.project(centroid);
    if (point) markers.push({ code: country.code, point });
  }
  return { geo, metric, atlas, world, bins, steps, markers };
}
