import '../dyn-usage-source/define.js';
import '../dyn-usage-summary/define.js';
import '../dyn-usage-geo/define.js';
import '../dyn-usage-sku/define.js';
import '../dyn-usage-distribution/define.js';
import '../dyn-subscription-table/define.js';
import '../dyn-usage-insights/define.js';
import { DynUsageReport } from './dyn-usage-report.js';

export { DynUsageReport };

if (!customElements.get('dyn-usage-report')) customElements.define('dyn-usage-report', DynUsageReport);

declare global {
  interface HTMLElementTagNameMap {
    'dyn-usage-report': DynUsageReport;
  }
}
