// `dyn-usage-kit/react/summary`: <dyn-usage-summary> for React; imports and registers that element only.
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
