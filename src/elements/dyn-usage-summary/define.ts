import { DynUsageSummary } from './dyn-usage-summary.js';

export { DynUsageSummary };

if (!customElements.get('dyn-usage-summary')) customElements.define('dyn-usage-summary', DynUsageSummary);

declare global {
  interface HTMLElementTagNameMap {
    'dyn-usage-summary': DynUsageSummary;
  }
}
