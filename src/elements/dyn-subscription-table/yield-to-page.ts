/** How long a slice of work may hold the main thread before it lets the page handle input and paint. */
export const SLICE_MS = 8;

/** Resolves on a later task, so input events and rendering run in between. */
export function yieldToPage(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
