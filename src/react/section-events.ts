// The events every section has, as `on…` props of its React wrapper.
import type { EventName } from '@lit/react';
import type { UsageErrorDetail, UsageLoadDetail } from '../elements/shared/usage-events.js';

export const sectionEvents = {
  onLoad: 'dyn-usage-load' as EventName<CustomEvent<UsageLoadDetail>>,
  onError: 'dyn-usage-error' as EventName<CustomEvent<UsageErrorDetail>>,
};
