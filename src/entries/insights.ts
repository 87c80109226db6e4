// `dyn-usage-kit/insights`: registers <dyn-usage-insights> (define.ts); importing the events here too puts the kit's
// HTMLElementEventMap entries (dyn-usage-load, dyn-usage-error, dyn-usage-customer-select) in this entry's types.
import '../elements/shared/usage-events.js';

export * from '../elements/dyn-usage-insights/define.js';
export type { CustomerSelectDetail } from '../elements/dyn-usage-insights/dyn-usage-insights.js';
export type { DynUsageKitElements, ElementProps } from './element-props.js';
