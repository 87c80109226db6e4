// The kit's tags as template and JSX types, for any framework: `DynUsageKitElements` maps each public tag
// to the properties a template may set on it. src/react/jsx.ts hands it to React's JSX, src/entries/vue.ts
// to Vue's GlobalComponents; other JSX frameworks extend their own IntrinsicElements with it.
import type { LitElement } from 'lit';
import type { DynSubscriptionTable } from '../elements/dyn-subscription-table/dyn-subscription-table.js';
import type { DynUsageDistribution } from '../elements/dyn-usage-distribution/dyn-usage-distribution.js';
import type { DynUsageGeo } from '../elements/dyn-usage-geo/dyn-usage-geo.js';
import type { DynUsageInsights } from '../elements/dyn-usage-insights/dyn-usage-insights.js';
import type { DynUsageReport } from '../elements/dyn-usage-report/dyn-usage-report.js';
import type { DynUsageSku } from '../elements/dyn-usage-sku/dyn-usage-sku.js';
import type { DynUsageSource } from '../elements/dyn-usage-source/dyn-usage-source.js';
import type { DynUsageSummary } from '../elements/dyn-usage-summary/dyn-usage-summary.js';

/** Each public tag → its element class (whichever entries registered them). */
export interface DynUsageKitElementClasses {
  'dyn-usage-summary': DynUsageSummary;
  'dyn-usage-geo': DynUsageGeo;
  'dyn-usage-sku': DynUsageSku;
  'dyn-subscription-table': DynSubscriptionTable;
  'dyn-usage-distribution': DynUsageDistribution;
  'dyn-usage-insights': DynUsageInsights;
  'dyn-usage-source': DynUsageSource;
  'dyn-usage-report': DynUsageReport;
}

/** Read-only state an element reports; a template never sets it. */
type ReportedState = 'status' | 'section';

/**
 * An element's public properties, all optional: what a template may set. Methods, HTMLElement's and
 * LitElement's own members and the read-only `status` and `section` are left out.
 */
export type ElementProps<E extends LitElement> = {
  [
    K in keyof E as K extends keyof LitElement | ReportedState
      ? never
      : E[K] extends (...args: never[]) => unknown
        ? never
        : K
  ]?: E[K];
};

/**
 * Each public tag → the properties a template may set on it (property names: `selectedCountry`, not
 * `selected-country`). To type the tags in a JSX framework other than React (Preact, Solid, Stencil, …):
 *
 * ```ts
 * import type { DynUsageKitElements } from 'dyn-usage-kit';
 * declare module 'preact' {
 *   namespace JSX {
 *     interface IntrinsicElements extends DynUsageKitElements {}
 *   }
 * }
 * ```
 */
export type DynUsageKitElements = {
  [Tag in keyof DynUsageKitElementClasses]: ElementProps<DynUsageKitElementClasses[Tag]>;
};
