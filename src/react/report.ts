// `dyn-usage-kit/react/report`: <dyn-usage-report> for React; imports and registers that element only.
// The tags in React's JSX too (<dyn-usage-summary /> in a .tsx): types only, an empty module at run time.
import './jsx.js';
import * as React from 'react';
import { createComponent } from '@lit/react';
import type { EventName } from '@lit/react';
import { DynUsageReport } from '../elements/dyn-usage-report/define.js';

export const UsageReport = createComponent({
  react: React,
  tagName: 'dyn-usage-report',
  elementClass: DynUsageReport,
  events: {
    onFilterChange: 'dyn-usage-filter-change' as EventName<HTMLElementEventMap['dyn-usage-filter-change']>,
  },
});
