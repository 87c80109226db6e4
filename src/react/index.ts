// `dyn-usage-kit/react`: React components for every element (via @lit/react), with the kit's events as
// `on…` props. React is an optional peer dependency: only these entries need it. Each wrapper is also its
// own entry (`dyn-usage-kit/react/summary`, …), which imports one element only.
// The tags in React's JSX too (<dyn-usage-summary /> in a .tsx): types only, an empty module at run time.
import './jsx.js';
export { UsageSummary } from './summary.js';
export { UsageGeo } from './geo.js';
export { UsageSku } from './sku.js';
export { SubscriptionTable } from './subscriptions.js';
export { UsageDistribution } from './distribution.js';
export { UsageInsights } from './insights.js';
export { UsageSource } from './source.js';
export { UsageReport } from './report.js';
