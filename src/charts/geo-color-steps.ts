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

/** How a ramp step mixes the metric's hue: into the page background, or towards the text colour. */
export interface StepMix {
  /** Share of the hue, in per cent. */
  hue: number;
  toward: 'background' | 'text';
}

/**
 * The ramp, step 1 first. Countries without rows are filled with the background (and outlined), so step 1
 * is dark enough to keep 3:1 against it in both themes and for both hues (test/charts/geo-map-contrast.test.ts:
 * a 36 % step on a 13 % grey "no rows" fill was 1.4:1). Neighbouring steps keep at least 1.15:1 (1.24–1.6
 * in the light theme; the dark theme's brightest steps are the closest), so the five stay apart.
 */
export const STEP_MIX: readonly StepMix[] = [
  { hue: 76, toward: 'background' },
  { hue: 88, toward: 'background' },
  { hue: 100, toward: 'background' },
  { hue: 66, toward: 'text' },
  { hue: 36, toward: 'text' },
];
