// `dyn-usage-kit/react`: React components for every element (via @lit/react), with the kit's events as
// `on…` props. React is an optional peer dependency: only these entries need it. Each wrapper is also its
// own entry (`dyn-usage-kit/react/summary`, …), which imports one element only.
export { UsageSummary } from './summary.js';
export { UsageGeo } from './geo.js';
export { UsageSku } from './sku.js';
export { SubscriptionTable } from './subscriptions.js';
export { UsageDistribution } from './distribution.js';
export { UsageSource } from './source.js';
export { UsageReport } from './report.js';
