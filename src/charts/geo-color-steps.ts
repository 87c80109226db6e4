/** Steps of the map's sequential ramp; CSS classes `step-1` (lightest) … `step-5` (darkest). */
export const COLOR_STEPS = 5;

/**
 * The ramp step (1 = lightest … `COLOR_STEPS` = darkest) of class `index` out of `count`: classes are
 * spread over the whole ramp so the top class is always the darkest, also when ties leave fewer classes.
 */
export function colorStep(index: number, count: number): number {
  if (count <= 1) return COLOR_STEPS;
  return 1 + Math.round((index * (COLOR_STEPS - 1)) / (count - 1));
}
