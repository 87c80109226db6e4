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
 * Runs `steps`, awaiting `pause()` between two steps once `budgetMs` has passed since the last pause, or
 * before a step that would pass it if it takes as long as the step before (a slice of several short
 * steps then one long one would otherwise be a long task).
 */
export async function runInSlices<T>(
  steps: Generator<void, T>,
  pause: () => Promise<void>,
  budgetMs = 10,
): Promise<T> {
  let sliceStart = performance.now();
  let lastStepMs = -1; // none yet: the first step runs at once
  for (;;) {
    let stepStart = performance.now();
    if (lastStepMs >= 0 && stepStart - sliceStart + lastStepMs > budgetMs) {
      await pause();
      sliceStart = stepStart = performance.now();
    }
    const next = steps.next();
    if (next.done) return next.value;
    lastStepMs = performance.now() - stepStart;
  }
}
