/** A small territory's marker radius in CSS pixels on a map this wide or wider. */
export const MARKER_RADIUS = 3.5;
/** The smallest marker radius, on the narrowest maps: still a target the eye finds (and 3.5 px across). */
export const MARKER_RADIUS_MIN = 1.75;
/** The map width from which markers have their full radius. */
export const MARKER_FULL_FROM = 700;

/**
 * The radius of a small territory's marker, in CSS pixels, on a map `mapWidth` pixels wide: in proportion
 * to the width below `MARKER_FULL_FROM` (a 290 px phone map with 3.5 px dots showed Singapore, Hong Kong and
 * Bahrain bigger than Portugal), never below `MARKER_RADIUS_MIN`.
 */
export function markerRadius(mapWidth: number): number {
  if (!(mapWidth > 0)) return MARKER_RADIUS_MIN;
  return Math.min(MARKER_RADIUS, Math.max(MARKER_RADIUS_MIN, (MARKER_RADIUS * mapWidth) / MARKER_FULL_FROM));
}
