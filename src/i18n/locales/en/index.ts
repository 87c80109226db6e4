import common from './common.js';
import distribution from './distribution.js';
import geo from './geo.js';
import input from './input.js';
import insights from './insights.js';
import report from './report.js';
import sku from './sku.js';
import subscriptions from './subscriptions.js';
import summary from './summary.js';

/** English: built in, the fallback of every language, and the source of the message keys. */
export const en = {
  ...common,
  ...input,
  ...summary,
  ...geo,
  ...sku,
  ...subscriptions,
  ...distribution,
  ...report,
  ...insights,
} as const;

/** English's parts, by section: a translation gives the same parts with the same keys. */
export const enParts = {
  common,
  input,
  summary,
  geo,
  sku,
  subscriptions,
  distribution,
  report,
  insights,
} as const;
