// `dyn-usage-kit/react/geo`: <dyn-usage-geo> for React; imports and registers that element only.
// The tags in React's JSX too (<dyn-usage-summary /> in a .tsx): types only, an empty module at run time.
import './jsx.js';
import * as React from 'react';
import { createComponent } from '@lit/react';
import type { EventName } from '@lit/react';
import { DynUsageGeo } from '../elements/dyn-usage-geo/define.js';
import { sectionEvents } from './section-events.js';

export const UsageGeo = createComponent({
  react: React,
  tagName: 'dyn-usage-geo',
  elementClass: DynUsageGeo,
  events: {
    ...sectionEvents,
    onCountrySelect: 'dyn-usage-country-select' as EventName<HTMLElementEventMap['dyn-usage-country-select']>,
  },
});
