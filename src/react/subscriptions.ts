// `dyn-usage-kit/react/subscriptions`: <dyn-subscription-table> for React; imports and registers that element only.
// The tags in React's JSX too (<dyn-usage-summary /> in a .tsx): types only, an empty module at run time.
import './jsx.js';
import * as React from 'react';
import { createComponent } from '@lit/react';
import type { EventName } from '@lit/react';
import { DynSubscriptionTable } from '../elements/dyn-subscription-table/define.js';
import { sectionEvents } from './section-events.js';

export const SubscriptionTable = createComponent({
  react: React,
  tagName: 'dyn-subscription-table',
  elementClass: DynSubscriptionTable,
  events: {
    ...sectionEvents,
    onDownload: 'dyn-usage-download' as EventName<HTMLElementEventMap['dyn-usage-download']>,
  },
});
