import type * as GeoMapKit from './geo-map-kit.js';

export type MapKit = typeof GeoMapKit;

let loading: Promise<MapKit> | null = null;

/** Loads the map's code and atlas once (again after a failure, which leaves the map out and says so). */
export function loadMapKit(): Promise<MapKit> {
  loading ??= import('./geo-map-kit.js').catch((error: unknown) => {
    loading = null;
    throw error;
  });
  return loading;
}
