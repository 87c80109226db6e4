import { initialState, Task, TaskStatus } from '@lit/task';
import type { ReactiveControllerHost } from 'lit';
import type { CustomerPage, CustomerPageProvider, CustomerPageRequest } from '../core/customer-page.js';
import { readCustomerPage } from '../load/customer-page-source.js';
import { toLoadError } from '../load/usage-load-error.js';
import type { UsageLoadError } from '../load/usage-load-error.js';

/** Where a page from a data provider is. */
export const CustomerPageStatus = {
  /** No provider: the table holds its rows itself. */
  none: 'none',
  loading: 'loading',
  ready: 'ready',
  error: 'error',
} as const;
export type CustomerPageStatus = (typeof CustomerPageStatus)[keyof typeof CustomerPageStatus];

export interface CustomerPageOptions {
  /** The provider to ask, or `null` for none. */
  provider: () => CustomerPageProvider | null;
  /** The page the table shows now. */
  request: () => CustomerPageRequest;
  /** The report's months: a page's figures must have one value per month. */
  monthCount: () => number;
}

/**
 * The page of customers a data provider gives for what the table shows, through a `@lit/task` on the host
 * (which registers itself). A new page, search or sort
 * aborts the request still running (its signal) and its answer is never shown, as `@lit/task` keeps only
 * the latest run's; a page that is not one is an error like a failed fetch, with `retry`.
 */
export class CustomerPageController {
  private readonly task: Task<
    [CustomerPageProvider | null, number, number, string, string, string, string, number],
    CustomerPage
  >;

  private readonly options: CustomerPageOptions;

  constructor(host: ReactiveControllerHost, options: CustomerPageOptions) {
    this.options = options;
    this.task = new Task(host, {
      args: () => {
        const provider = options.provider();
        // Without a provider the arguments stay the same: paging the table's own rows runs nothing here.
        if (!provider) return [null, 0, 0, '', '', '', '', 0];
        const { offset, limit, query, sort, direction, locale } = options.request();
        return [provider, offset, limit, query, sort, direction, locale, options.monthCount()];
      },
      task: async ([provider, offset, limit, query, sort, direction, locale, months], { signal }) => {
        if (!provider) return initialState;
        const request = { offset, limit, query, sort, direction, locale } as CustomerPageRequest;
        return readCustomerPage(await provider(request, signal), 'the provider', months);
      },
    });
  }

  get status(): CustomerPageStatus {
    if (!this.options.provider() || this.task.status === TaskStatus.INITIAL) return CustomerPageStatus.none;
    if (this.task.status === TaskStatus.PENDING) return CustomerPageStatus.loading;
    return this.task.status === TaskStatus.ERROR ? CustomerPageStatus.error : CustomerPageStatus.ready;
  }

  /** The page shown; while another loads, the last one (its total keeps the pager steady). */
  get page(): CustomerPage | null {
    return this.task.value ?? null;
  }

  get error(): UsageLoadError | null {
    return this.task.status === TaskStatus.ERROR ? toLoadError(this.task.error) : null;
  }

  /** Resolves once the page asked for has come, or failed. */
  async settled(): Promise<void> {
    await this.task.taskComplete.catch(() => undefined);
  }

  /** Asks again for the page that failed. */
  retry(): void {
    void this.task.run();
  }
}
