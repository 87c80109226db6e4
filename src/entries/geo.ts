// `dyn-usage-kit/geo`: registers <dyn-usage-geo> (define.ts); importing the events here too puts the kit's
// HTMLElementEventMap entries (dyn-usage-load, dyn-usage-error) in this entry's types.
import '../elements/shared/usage-events.js';

export * from '../elements/dyn-usage-geo/define.js';
export type { DynUsageKitElements, ElementProps } from './element-props.js';
