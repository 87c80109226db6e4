// Small timing helpers shared by the page-side measurements.

/** The middle value (mean of the two middle ones for an even count); NaN for none. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? Number.NaN) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

/** Resolves in the next animation frame's callbacks, before that frame's style, layout and paint. */
export function nextFrame(): Promise<number> {
  return new Promise((resolve) => requestAnimationFrame(resolve));
}

/** When the next frame's callbacks ran, and when the task posted from them ran: after its layout and paint. */
export function frameAndPaint(): Promise<{ frameAt: number; paintedAt: number }> {
  return new Promise((resolve) =>
    requestAnimationFrame(() => {
      const frameAt = performance.now();
      setTimeout(() => resolve({ frameAt, paintedAt: performance.now() }), 0);
    }),
  );
}

/**
 * Resolves once the next frame has been produced: a task posted from a frame callback runs after that
 * frame's style, layout and paint, so this also counts the cost of drawing what was rendered.
 */
export function afterNextFrame(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}

/** Runs a full GC when Chromium was started with `--js-flags=--expose-gc`, so one run's garbage is not the next one's cost. */
export function collectGarbage(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

/** Long tasks (over 50 ms) seen while `work` runs: the longest, how many, and the blocking time past 50 ms. */
export async function watchLongTasks<T>(
  work: () => Promise<T>,
): Promise<{ value: T; longestMs: number; count: number; blockingMs: number }> {
  const entries: PerformanceEntry[] = [];
  const observer = new PerformanceObserver((list) => entries.push(...list.getEntries()));
  observer.observe({ type: 'longtask' });
  const value = await work();
  // Entries are delivered a little later than the task ends: give them a frame to arrive.
  await afterNextFrame();
  entries.push(...observer.takeRecords());
  observer.disconnect();
  const durations = entries.map((entry) => entry.duration);
  return {
    value,
    longestMs: Math.max(0, ...durations),
    count: durations.length,
    blockingMs: durations.reduce((sum, ms) => sum + Math.max(0, ms - 50), 0),
  };
}
