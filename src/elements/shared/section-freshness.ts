// "Data as of …" under a section's figures, from the first source that says when.
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import type { UsageReport } from '../../core/report.js';
import { freshnessLabel } from '../../view/data-freshness.js';
import type { UsageFormatters } from '../../view/formatters.js';
import type { Localizer } from '../../i18n/localizer.js';

/** What a section knows about when its data was exported. */
export interface FreshnessInputs {
  /** The section element: its `source` id is looked up in its document or shadow root. */
  element: Element;
  /** The element's `source` attribute: a `<dyn-usage-source>` whose `data-as-of` counts second. */
  source: string | null;
  /** The element's own `data-as-of`, which beats everything else. */
  dataAsOf: string | undefined;
  /** The response's `Last-Modified`, when the data came from a URL. */
  lastModified: string | null;
  report: UsageReport;
}

/** "Data as of …" (or "Data through …") under a section's figures; nothing when nothing says when. */
export function renderFreshness(
  { element, source, dataAsOf, lastModified, report }: FreshnessInputs,
  formatters: UsageFormatters,
  localizer: Localizer,
): TemplateResult | typeof nothing {
  const root = element.getRootNode() as Document | ShadowRoot;
  const sourceElement =
    source && typeof root.getElementById === 'function' ? root.getElementById(source) : null;
  const sources = {
    asOf: [dataAsOf, sourceElement?.getAttribute('data-as-of')],
    lastModified,
    latestMonth: report.latestMonth ?? report.months.at(-1) ?? null,
  };
  const text = freshnessLabel(sources, formatters, localizer);
  return text ? html`<p part="freshness" class="freshness">${text}</p>` : nothing;
}
