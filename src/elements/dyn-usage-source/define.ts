import { DynUsageSource } from './dyn-usage-source.js';

export { DynUsageSource };

if (!customElements.get('dyn-usage-source')) customElements.define('dyn-usage-source', DynUsageSource);

declare global {
  interface HTMLElementTagNameMap {
    'dyn-usage-source': DynUsageSource;
  }
}
