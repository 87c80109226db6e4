// `dyn-usage-kit`: every element, registered, plus the core.
// Its types carry the kit's HTMLElementEventMap entries (dyn-usage-load, dyn-usage-error).
import './elements/shared/usage-events.js';

export * from './bundle.js';
