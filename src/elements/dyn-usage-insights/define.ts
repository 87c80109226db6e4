import { DynUsageInsights } from './dyn-usage-insights.js';

export { DynUsageInsights };

if (!customElements.get('dyn-usage-insights')) customElements.define('dyn-usage-insights', DynUsageInsights);

declare global {
  interface HTMLElementTagNameMap {
    'dyn-usage-insights': DynUsageInsights;
  }
}
