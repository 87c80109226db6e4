// `dyn-usage-kit/react/source`: <dyn-usage-source> for React; imports and registers that element only.
// The tags in React's JSX too (<dyn-usage-summary /> in a .tsx): types only, an empty module at run time.
import './jsx.js';
import * as React from 'react';
import { createComponent } from '@lit/react';
import { DynUsageSource } from '../elements/dyn-usage-source/define.js';
import { sectionEvents } from './section-events.js';

export const UsageSource = createComponent({
  react: React,
  tagName: 'dyn-usage-source',
  elementClass: DynUsageSource,
  events: sectionEvents,
});
