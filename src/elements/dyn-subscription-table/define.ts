import { DynSubscriptionTable } from './dyn-subscription-table.js';

export { DynSubscriptionTable };

if (!customElements.get('dyn-subscription-table')) {
  customElements.define('dyn-subscription-table', DynSubscriptionTable);
}

declare global {
  interface HTMLElementTagNameMap {
    'dyn-subscription-table': DynSubscriptionTable;
  }
}
