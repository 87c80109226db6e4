// `dyn-usage-kit/react/distribution`: <dyn-usage-distribution> for React; imports and registers that element only.
// The tags in React's JSX too (<dyn-usage-summary /> in a .tsx): types only, an empty module at run time.
import './jsx.js';
import * as React from 'react';
import { createComponent } from '@lit/react';
import { DynUsageDistribution } from '../elements/dyn-usage-distribution/define.js';
import { sectionEvents } from './section-events.js';

export const UsageDistribution = createComponent({
  react: React,
  tagName: 'dyn-usage-distribution',
  elementClass: DynUsageDistribution,
  events: sectionEvents,
});
