// The one-script-tag build (dist/dyn-usage-kit.js): registers every element and exposes the core.
import './elements/dyn-usage-summary/define.js';
import './elements/dyn-usage-geo/define.js';
import './elements/dyn-usage-sku/define.js';
import './elements/dyn-subscription-table/define.js';
import './elements/dyn-usage-distribution/define.js';
import './elements/dyn-usage-insights/define.js';
import './elements/dyn-usage-source/define.js';
import './elements/dyn-usage-report/define.js';

export * from './core/index.js';
export * from './entries/i18n.js';
export { DynUsageSummary } from './elements/dyn-usage-summary/define.js';
export { DynUsageGeo } from './elements/dyn-usage-geo/define.js';
export { DynUsageSku } from './elements/dyn-usage-sku/define.js';
export { DynSubscriptionTable } from './elements/dyn-subscription-table/define.js';
export { DynUsageDistribution } from './elements/dyn-usage-distribution/define.js';
export { DynUsageInsights } from './elements/dyn-usage-insights/define.js';
export { DynUsageSource } from './elements/dyn-usage-source/define.js';
export { DynUsageReport } from './elements/dyn-usage-report/define.js';
