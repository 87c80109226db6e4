import type * as ChartKitModule from './chart-kit.js';

export type ChartKit = typeof ChartKitModule;

let kit: ChartKit | null = null;
let loading: Promise<ChartKit> | null = null;

/** Loads the charts' d3 code once (again after a failure, which the section then reports). */
export function loadChartKit(): Promise<ChartKit> {
  loading ??= import('./chart-kit.js').then(
    (loaded) => (kit = loaded),
    (error: unknown) => {
      loading = null;
      throw error;
    },
  );
  return loading;
}

/** Whether `loadChartKit()` has loaded the code, so that `chartKit()` returns it. */
export function chartKitLoaded(): boolean {
  return kit !== null;
}

/**
 * The charts' d3 code, for geometry computed while a section renders: a section draws its charts only
 * once `loadChartKit()` has settled (it starts on connect, beside the data's load), so a render never
 * waits for it. Throws when called before, which is a bug in the caller.
 */
export function chartKit(): ChartKit {
  if (!kit) throw new Error('The chart code is not loaded yet: await loadChartKit() before drawing a chart');
  return kit;
}
