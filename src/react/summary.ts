// `dyn-usage-kit/react/summary`: <dyn-usage-summary> for React; imports and registers that element only.
// The tags in React's JSX too (<dyn-usage-summary /> in a .tsx): types only, an empty module at run time.
import './jsx.js';
import * as React from 'react';
import { createComponent } from '@lit/react';
import { DynUsageSummary } from '../elements/dyn-usage-summary/define.js';
import { sectionEvents } from './section-events.js';

export const UsageSummary = createComponent({
  react: React,
  tagName: 'dyn-usage-summary',
  elementClass: DynUsageSummary,
  events: sectionEvents,
});
