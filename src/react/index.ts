// `dyn-usage-kit/react`: React components for every element (via @lit/react), with the kit's events
// as `on…` props. React is an optional peer dependency: only this entry needs it.
import * as React from 'react';
import { createComponent } from '@lit/react';
import type { EventName } from '@lit/react';
import { DynSubscriptionTable } from '../elements/dyn-subscription-table/define.js';
import { DynUsageDistribution } from '../elements/dyn-usage-distribution/define.js';
import { DynUsageGeo } from '../elements/dyn-usage-geo/define.js';
import { DynUsageSku } from '../elements/dyn-usage-sku/define.js';
import { DynUsageSummary } from '../elements/dyn-usage-summary/define.js';
import { DynUsageSource } from '../elements/dyn-usage-source/define.js';
import { DynUsageReport } from '../elements/dyn-usage-report/define.js';
import type { UsageErrorDetail, UsageLoadDetail } from '../elements/shared/usage-events.js';

const sectionEvents = {
  onLoad: 'dyn-usage-load' as EventName<CustomEvent<UsageLoadDetail>>,
  onError: 'dyn-usage-error' as EventName<CustomEvent<UsageErrorDetail>>,
};

export const UsageSummary = createComponent({
  react: React,
  tagName: 'dyn-usage-summary',
  elementClass: DynUsageSummary,
  events: sectionEvents,
});

export const UsageGeo = createComponent({
  react: React,
  tagName: 'dyn-usage-geo',
  elementClass: DynUsageGeo,
  events: {
    ...sectionEvents,
    onCountrySelect: 'dyn-usage-country-select' as EventName<HTMLElementEventMap['dyn-usage-country-select']>,
  },
});

export const UsageSku = createComponent({
  react: React,
  tagName: 'dyn-usage-sku',
  elementClass: DynUsageSku,
  events: {
    ...sectionEvents,
    onSkuChange: 'dyn-usage-sku-change' as EventName<HTMLElementEventMap['dyn-usage-sku-change']>,
  },
});

export const SubscriptionTable = createComponent({
  react: React,
  tagName: 'dyn-subscription-table',
  elementClass: DynSubscriptionTable,
  events: {
    ...sectionEvents,
    onDownload: 'dyn-usage-download' as EventName<HTMLElementEventMap['dyn-usage-download']>,
  },
});

export const UsageDistribution = createComponent({
  react: React,
  tagName: 'dyn-usage-distribution',
  elementClass: DynUsageDistribution,
  events: sectionEvents,
});

export const UsageSource = createComponent({
  react: React,
  tagName: 'dyn-usage-source',
  elementClass: DynUsageSource,
  events: sectionEvents,
});

export const UsageReport = createComponent({
  react: React,
  tagName: 'dyn-usage-report',
  elementClass: DynUsageReport,
  events: {
    onFilterChange: 'dyn-usage-filter-change' as EventName<HTMLElementEventMap['dyn-usage-filter-change']>,
  },
});
