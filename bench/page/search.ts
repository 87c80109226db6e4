// `<dyn-subscription-table>` search latency: a query typed into its search box, timed until the rows
// (and the match count) show the result, plus the longest task the search held the main thread for.
import type { UsageReport } from '../../src/core/report.js';
import { connectedElement, whenLoaded } from './element-timing.js';
import { afterNextFrame, collectGarbage, frameAndPaint, watchLongTasks } from './timing.js';

export interface SearchTiming {
  query: string;
  /** Until the match count and rows are in the DOM. */
  toRowsMs: number;
  /** Until the frame that shows them has been painted. */
  toPaintedMs: number;
  matches: string;
  longestTaskMs: number;
}

/**
 * Loads `report` into a fresh table and runs `queries` one after the other (each from an empty box). The
 * first search of a table folds every customer's text once and keeps it, so it is reported apart.
 */
export async function timeSearches(
  report: UsageReport,
  queries: readonly string[],
  container: HTMLElement,
): Promise<SearchTiming[]> {
  const table = await connectedElement('dyn-subscription-table', container);
  await whenLoaded(table, () => (table.report = report));
  await afterNextFrame();
  const root = table.shadowRoot;
  const input = root?.querySelector<HTMLInputElement>('input.search');
  const count = root?.querySelector<HTMLElement>('.count');
  if (!root || !input || !count) throw new Error('dyn-subscription-table has no search box');
  const timings: SearchTiming[] = [];
  for (const query of queries) {
    await type(input, '');
    await table.updateComplete;
    // As in first-render.ts: no major GC of the big reports inside a timing. Then a new task, or the
    // task holding the GC would count as a long task of the search.
    collectGarbage();
    await afterNextFrame();
    const { value, longestMs } = await watchLongTasks(async () => {
      const start = performance.now();
      const shown = countSettles(root, count);
      await type(input, query);
      const matches = await shown;
      const rowsAt = performance.now();
      const { paintedAt } = await frameAndPaint();
      return { query, toRowsMs: rowsAt - start, toPaintedMs: paintedAt - start, matches };
    });
    timings.push({ ...value, longestTaskMs: longestMs });
  }
  table.remove();
  return timings;
}

/** What a user's typing does: the box's value changes and an `input` event bubbles out of it. */
async function type(input: HTMLInputElement, text: string): Promise<void> {
  input.value = text;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, data: text }));
}

/** Resolves with the count text once it shows a finished search ("12 customers match …", not "Searching…"). */
function countSettles(root: ShadowRoot, count: HTMLElement): Promise<string> {
  return new Promise((resolve) => {
    const observer = new MutationObserver(() => {
      const text = count.textContent?.trim() ?? '';
      if (text === '' || text.startsWith('Searching')) return;
      observer.disconnect();
      resolve(text);
    });
    observer.observe(root, { subtree: true, childList: true, characterData: true });
  });
}
