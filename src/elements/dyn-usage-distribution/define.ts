import { DynUsageDistribution } from './dyn-usage-distribution.js';

export { DynUsageDistribution };

if (!customElements.get('dyn-usage-distribution')) {
  customElements.define('dyn-usage-distribution', DynUsageDistribution);
}

declare global {
  interface HTMLElementTagNameMap {
    'dyn-usage-distribution': DynUsageDistribution;
  }
}
