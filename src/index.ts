// `dyn-usage-kit`: every element, registered, plus the core.
// Its types carry the kit's HTMLElementEventMap entries (dyn-usage-load, dyn-usage-error).
import './elements/shared/usage-events.js';

export * from './bundle.js';
// The tags as template and JSX types, for any framework (React's own: dyn-usage-kit/react; Vue's: /vue).
export type {
  DynUsageKitElementClasses,
  DynUsageKitElements,
  ElementProps,
} from './entries/element-props.js';
