// `dyn-usage-kit/react/insights`: <dyn-usage-insights> for React; imports and registers that element only.
// The tags in React's JSX too (<dyn-usage-summary /> in a .tsx): types only, an empty module at run time.
import './jsx.js';
import * as React from 'react';
import { createComponent } from '@lit/react';
import type { EventName } from '@lit/react';
import { DynUsageInsights } from '../elements/dyn-usage-insights/define.js';
import { sectionEvents } from './section-events.js';

export const UsageInsights = createComponent({
  react: React,
  tagName: 'dyn-usage-insights',
  elementClass: DynUsageInsights,
  events: {
    ...sectionEvents,
    onCustomerSelect: 'dyn-usage-customer-select' as EventName<
      HTMLElementEventMap['dyn-usage-customer-select']
    >,
  },
});
