import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { CustomerRow } from '../core/customer-rollup.js';
import { foldSearchText } from '../view/search-text.js';
import type { CustomerIndex } from '../view/customer-index.js';

/**
 * The search box's state: the query, and its matches in the customer index last asked about. A new
 * query or index aborts the running search and starts another; the host re-renders when one finishes.
 */
export class CustomerSearchController implements ReactiveController {
  /** The query as typed. */
  query = '';
  private result: { query: string; of: CustomerIndex; rows: readonly CustomerRow[] } | null = null;
  private running: { query: string; of: CustomerIndex; abort: AbortController } | null = null;
  private done: Promise<void> = Promise.resolve();
  private readonly host: ReactiveControllerHost;

  constructor(host: ReactiveControllerHost) {
    (this.host = host).addController(this);
  }

  hostDisconnected(): void {
    this.running?.abort.abort();
    this.running = null;
  }

  /** Whether the query holds anything to search for. */
  get active(): boolean {
    return foldSearchText(this.query) !== '';
  }

  /** The query's matches in `index`, or `null` while they are being searched (the search starts here). */
  matchesIn(index: CustomerIndex): readonly CustomerRow[] | null {
    const { query } = this;
    if (this.result?.of === index && this.result.query === query) return this.result.rows;
    if (this.running?.of !== index || this.running.query !== query) this.start(index, query);
    return null;
  }

  /** Resolves once no search is running. */
  async settled(): Promise<void> {
    for (let done = this.done; ; done = this.done) {
      await done;
      if (done === this.done) return;
    }
  }

  private start(index: CustomerIndex, query: string): void {
    this.running?.abort.abort();
    const running = { query, of: index, abort: new AbortController() };
    this.running = running;
    this.done = index.find(query, running.abort.signal).then((found) => {
      if (found === null || running.abort.signal.aborted) return;
      this.running = null;
      this.result = { query, of: index, rows: found };
      this.host.requestUpdate();
    });
  }
}
