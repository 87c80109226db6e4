import type { MultiPolygon, Polygon } from 'geojson';
import { geoArea, geoNaturalEarth1, geoPath } from 'd3-geo';
import type { GeoPath } from 'd3-geo';
import { runInSlices } from '../core/run-steps.js';
import type { WorldAtlas } from './geo-atlas.js';

export type Point = [x: number, y: number];

/**
 * Width of the map's own coordinates (its `viewBox`). Paths are made once per atlas in these units and the
 * SVG scales them to any width, so a resize costs nothing and the zoom transform stays valid across one.
 */
export const MAP_UNITS = 1000;

export interface ProjectedCountry {
  code: string | null;
  /** SVG path data in map units. */
  d: string;
}

/** Where to zoom for a country: the box and centre of its largest piece (the US without Alaska's islands). */
export interface CountryFocus {
  bounds: [Point, Point];
  center: Point;
}

export interface ProjectedWorld {
  /** Always `MAP_UNITS`. */
  width: number;
  height: number;
  countries: ProjectedCountry[];
  /** The focus of a country with a shape, worked out on first request. */
  focus(code: string): CountryFocus | undefined;
  /** A `[longitude, latitude]` in map units, or null where the projection has none. */
  project(lonLat: readonly [number, number]): Point | null;
}

const worlds = new WeakMap<WorldAtlas, ProjectedWorld>();

/**
 * The atlas projected (Natural Earth: a compromise projection that keeps shapes familiar) into `MAP_UNITS`
 * wide coordinates, once per atlas. Path strings are the costly part of a map; every render and every zoom
 * reuses them. Resampling is off: the atlas's own points are dense enough for this scale.
 */
export function projectWorld(atlas: WorldAtlas): ProjectedWorld {
  const cached = worlds.get(atlas);
  if (cached) return cached;
  const setup = projectionOf(atlas);
  return keep(
    atlas,
    setup,
    atlas.countries.map(({ code, geometry }) => ({ code, d: setup.path(geometry) ?? '' })),
  );
}

/**
 * `projectWorld` ahead of time in slices, awaiting `pause()` whenever a slice has used `budgetMs`: the
 * world's paths take tens of milliseconds, which a page loading its data should not feel as one task.
 */
export async function projectWorldInSlices(
  atlas: WorldAtlas,
  pause: () => Promise<void>,
  budgetMs = 8,
): Promise<void> {
  if (worlds.has(atlas)) return;
  function* paths(): Generator<void, [ProjectionSetup, ProjectedCountry[]]> {
    const setup = projectionOf(atlas); // a pass over every point: a step of its own
    yield;
    const countries: ProjectedCountry[] = [];
    for (const { code, geometry } of atlas.countries) {
      countries.push({ code, d: setup.path(geometry) ?? '' });
      yield;
    }
    return [setup, countries];
  }
  const [setup, countries] = await runInSlices(paths(), pause, budgetMs);
  // A render may have needed the world meanwhile and projected it: keep that one.
  if (!worlds.has(atlas)) keep(atlas, setup, countries);
}

interface ProjectionSetup {
  projection: ReturnType<typeof geoNaturalEarth1>;
  path: GeoPath;
  south: number;
}

function projectionOf(atlas: WorldAtlas): ProjectionSetup {
  // Natural Earth is pseudocylindrical: a latitude is one height at every longitude, so fitting the whole
  // sphere's width and cropping to the land's latitudes needs no pass over the projected shapes.
  const projection = geoNaturalEarth1().precision(0).fitWidth(MAP_UNITS, { type: 'Sphere' });
  const [south, north] = latitudeRange(atlas);
  const [tx, ty] = projection.translate();
  const top = projection([0, north])?.[1] ?? 0;
  projection.translate([tx, ty - top]);
  const path = geoPath(projection).digits(atlas.detail === '110m' ? 1 : 2);
  return { projection, path, south };
}

function keep(atlas: WorldAtlas, setup: ProjectionSetup, countries: ProjectedCountry[]): ProjectedWorld {
  const { projection, path, south } = setup;
  const world: ProjectedWorld = {
    width: MAP_UNITS,
    height: Math.ceil(projection([0, south])?.[1] ?? MAP_UNITS / 2),
    countries,
    focus: focusFinder(atlas, path),
    project: (lonLat) => projection([lonLat[0], lonLat[1]]),
  };
  worlds.set(atlas, world);
  return world;
}

function focusFinder(atlas: WorldAtlas, path: GeoPath): (code: string) => CountryFocus | undefined {
  const found = new Map<string, CountryFocus | undefined>();
  return (code) => {
    if (found.has(code)) return found.get(code);
    // 1:50m draws Australia's reefs as a second shape with the same code: take the largest piece of all.
    let best: Polygon | null = null;
    let bestArea = -1;
    for (const country of atlas.countries) {
      if (country.code !== code) continue;
      for (const piece of pieces(country.geometry)) {
        const area = geoArea(piece);
        if (area > bestArea) [best, bestArea] = [piece, area];
      }
    }
    const focus = best ? { bounds: path.bounds(best), center: path.centroid(best) } : undefined;
    found.set(code, focus);
    return focus;
  };
}

/** The southernmost and northernmost latitude of the atlas's shapes. */
function latitudeRange(atlas: WorldAtlas): [number, number] {
  let south = 90;
  let north = -90;
  for (const { geometry } of atlas.countries) {
    const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
    for (const polygon of polygons) {
      for (const [, latitude = 0] of polygon[0] ?? []) {
        if (latitude < south) south = latitude;
        if (latitude > north) north = latitude;
      }
    }
  }
  return [south, north];
}

function pieces(geometry: Polygon | MultiPolygon): Polygon[] {
  if (geometry.type === 'Polygon') return [geometry];
  return geometry.coordinates.map((coordinates) => ({ type: 'Polygon', coordinates }));
}

/** A zoom transform `{ k, x, y }` that centres `bounds` at most `maxScale` times, keeping the map in view. */
export function transformToFit(
  bounds: [Point, Point],
  world: { width: number; height: number },
  maxScale: number,
): { k: number; x: number; y: number } {
  const [[x0, y0], [x1, y1]] = bounds;
  const { width, height } = world;
  const fill = Math.max((x1 - x0) / width, (y1 - y0) / height, 1e-9);
  const k = Math.max(1, Math.min(maxScale, 0.7 / fill));
  const clamp = (value: number, size: number) => Math.min(0, Math.max(size - k * size, value));
  return {
    k,
    x: clamp(width / 2 - (k * (x0 + x1)) / 2, width),
    y: clamp(height / 2 - (k * (y0 + y1)) / 2, height),
  };
}
