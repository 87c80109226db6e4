import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import countries110m from 'world-atlas/countries-110m.json' with { type: 'json' };
import { numericToAlpha2 } from '../data/markets.js';

/** world-atlas resolutions the map offers: 1:110m (default, 108 kB) or the finer 1:50m (756 kB). */
export type MapDetail = '110m' | '50m';

/**
 * A country's GeoJSON geometry, as d3-geo draws it. Declared here, not taken from `geojson`: the published
 * types then need no @types/geojson, which is only a devDependency (a consumer without skipLibCheck failed).
 */
export type CountryGeometry =
  { type: 'Polygon'; coordinates: number[][][] } | { type: 'MultiPolygon'; coordinates: number[][][][] };

/** One country shape of the atlas; `code` is null for shapes without an ISO code (Kosovo, N. Cyprus, …). */
export interface AtlasCountry {
  code: string | null;
  geometry: CountryGeometry;
}

export interface WorldAtlas {
  detail: MapDetail;
  countries: AtlasCountry[];
  /** Alpha-2 codes that have a shape, so the rest can be drawn as markers. */
  codes: ReadonlySet<string>;
}

// Antarctica has no customers and would take a fifth of the map's height.
const LEFT_OUT = new Set(['010']);
const atlases = new Map<MapDetail, WorldAtlas>();

/** The 1:110m atlas, bundled in the element's own module so the default map needs no request. */
export function worldAtlas110m(): WorldAtlas {
  return atlasOf('110m', countries110m as unknown as Topology);
}

/**
 * The atlas at `detail`. The 1:50m file is loaded on demand with a dynamic `import()`, so a bundler puts
 * it in its own chunk and a page that never asks for it never downloads it.
 */
export async function loadWorldAtlas(detail: MapDetail): Promise<WorldAtlas> {
  if (detail === '110m') return worldAtlas110m();
  const cached = atlases.get(detail);
  if (cached) return cached;
  const module = await import('world-atlas/countries-50m.json', { with: { type: 'json' } });
  return atlasOf(detail, module.default as unknown as Topology);
}

function atlasOf(detail: MapDetail, topology: Topology): WorldAtlas {
  const cached = atlases.get(detail);
  if (cached) return cached;
  const object = topology.objects['countries'] as GeometryCollection;
  const countries: AtlasCountry[] = [];
  for (const shape of feature(topology, object).features) {
    const id = shape.id === undefined ? null : String(shape.id);
    const geometry = shape.geometry;
    if (
      (id !== null && LEFT_OUT.has(id)) ||
      (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon')
    ) {
      continue;
    }
    countries.push({ code: id === null ? null : numericToAlpha2(id), geometry });
  }
  const codes = new Set(countries.flatMap((country) => (country.code ? [country.code] : [])));
  const atlas = { detail, countries, codes };
  atlases.set(detail, atlas);
  return atlas;
}
