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

/** Runs `steps`, awaiting `pause()` at a yield once `budgetMs` has passed since the last pause. */
export async function runInSlices<T>(
  steps: Generator<void, T>,
  pause: () => Promise<void>,
  budgetMs = 10,
): Promise<T> {
  let sliceStart = performance.now();
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
    if (performance.now() - sliceStart > budgetMs) {
      await pause();
      sliceStart = performance.now();
    }
  }
}
