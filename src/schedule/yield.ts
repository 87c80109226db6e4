/**
 * The one slice budget: how long a slice of work may hold the main thread before it yields, well under
 * the 50 ms that counts as a long task, so input events and rendering run in between.
 */
export const SLICE_MS = 10;

/**
 * Yields to input and rendering, then resumes ahead of other queued tasks: for work the page is waiting
 * on (loading, a report). `scheduler.yield()` does this; `setTimeout` is the fallback elsewhere.
 */
export function yieldToEventLoop(): Promise<void> {
  if (typeof scheduler !== 'undefined' && typeof scheduler.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Yields behind every task already queued: for background work (a search index, a download) that must
 * not hold up timers and other sections, which `scheduler.yield()` would run after it.
 */
export function yieldToPage(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
