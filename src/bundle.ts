// The one-script-tag build (dist/dyn-usage-kit.js): registers every element and exposes the core.
import './elements/dyn-usage-summary/define.js';

export * from './core/index.js';
export { DynUsageSummary } from './elements/dyn-usage-summary/define.js';
