import { DynUsageGeo } from './dyn-usage-geo.js';

export { DynUsageGeo };

if (!customElements.get('dyn-usage-geo')) customElements.define('dyn-usage-geo', DynUsageGeo);

declare global {
  interface HTMLElementTagNameMap {
    'dyn-usage-geo': DynUsageGeo;
  }
}
