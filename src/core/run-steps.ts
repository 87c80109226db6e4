/**
 * Work written once as a generator that yields between steps, run two ways: to the end at once (Node,
 * tests, small data), or pausing whenever a step has used its time budget (a page that must stay
 * responsive while it computes the figures of a big export).
 */
export function runToEnd<T>(steps: Generator<void, T>): T {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

/**
 * The slice in progress, shared by every `runInSlices`: work chained in one task (a cube's last steps,
 * then a report that awaited that cube, then another section's report) would otherwise give each its
 * own budget and add up to one long task (61 ms seen on a 400 MB report load).
 */
const slice = { start: -Infinity, lastStepEnd: -Infinity };
/** A run that starts this soon after another run's step ended is taken to be in the same task. */
const CHAINED_MS = 1;

/**
 * Runs `steps`, awaiting `pause()` between two steps once `budgetMs` has passed since the last pause, or
 * before a step that would pass it if it takes as long as the step before (a slice of several short
 * steps then one long one would otherwise be a long task). A run that starts right after another run's
 * step goes on with that run's slice, pausing first if the slice is used up.
 */
export async function runInSlices<T>(
  steps: Generator<void, T>,
  pause: () => Promise<void>,
  budgetMs = 10,
): Promise<T> {
  const chained = performance.now() - slice.lastStepEnd < CHAINED_MS;
  if (!chained) slice.start = performance.now();
  let lastStepMs = chained ? 0 : -1; // -1: none yet, the first step of a fresh slice runs at once
  for (;;) {
    let stepStart = performance.now();
    if (lastStepMs >= 0 && stepStart - slice.start + lastStepMs > budgetMs) {
      await pause();
      slice.start = stepStart = performance.now();
    }
    const next = steps.next();
    slice.lastStepEnd = performance.now();
    if (next.done) return next.value;
    lastStepMs = slice.lastStepEnd - stepStart;
  }
}
