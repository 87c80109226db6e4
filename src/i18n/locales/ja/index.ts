import type { Catalog } from '../../catalog.js';
import common from './common.js';
import distribution from './distribution.js';
import geo from './geo.js';
import input from './input.js';
import insights from './insights.js';
import report from './report.js';
import sku from './sku.js';
import subscriptions from './subscriptions.js';
import summary from './summary.js';

/** The ja messages: one module, loaded when an element first shows this language. */
export default {
  ...common,
  ...input,
  ...summary,
  ...geo,
  ...sku,
  ...subscriptions,
  ...distribution,
  ...report,
  ...insights,
} satisfies Catalog;
