// `dyn-usage-kit/subscriptions`: registers <dyn-subscription-table> (define.ts); importing the events here too puts the kit's
// HTMLElementEventMap entries (dyn-usage-load, dyn-usage-error) in this entry's types.
import '../elements/shared/usage-events.js';

export * from '../elements/dyn-subscription-table/define.js';
export type { DynUsageKitElements, ElementProps } from './element-props.js';
export type {
  CustomerPage,
  CustomerPageProvider,
  CustomerPageRequest,
  CustomerPageRow,
} from '../core/customer-page.js';
