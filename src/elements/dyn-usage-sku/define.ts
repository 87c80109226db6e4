import { DynUsageSku } from './dyn-usage-sku.js';

export { DynUsageSku };

if (!customElements.get('dyn-usage-sku')) customElements.define('dyn-usage-sku', DynUsageSku);

declare global {
  interface HTMLElementTagNameMap {
    'dyn-usage-sku': DynUsageSku;
  }
}
