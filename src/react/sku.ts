// `dyn-usage-kit/react/sku`: <dyn-usage-sku> for React; imports and registers that element only.
// The tags in React's JSX too (<dyn-usage-summary /> in a .tsx): types only, an empty module at run time.
import './jsx.js';
import * as React from 'react';
import { createComponent } from '@lit/react';
import type { EventName } from '@lit/react';
import { DynUsageSku } from '../elements/dyn-usage-sku/define.js';
import { sectionEvents } from './section-events.js';

export const UsageSku = createComponent({
  react: React,
  tagName: 'dyn-usage-sku',
  elementClass: DynUsageSku,
  events: {
    ...sectionEvents,
    onSkuChange: 'dyn-usage-sku-change' as EventName<HTMLElementEventMap['dyn-usage-sku-change']>,
  },
});
