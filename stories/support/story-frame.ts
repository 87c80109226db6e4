import { html } from 'lit';
import type { TemplateResult } from 'lit';

export const SAMPLE = '/data/dynamics-usage-sample.csv';
export const SLOW_SAMPLE = `slow://250${SAMPLE}`;
export const MISSING_COLUMNS = 'data:text/csv,SubscriptionId,SKU,CustomerName%0D%0Asub-1,Sales,Contoso%0D%0A';

/** A container of a given width (and background for dark stories), like a host page's column. */
export function frame(width: 'narrow' | 'wide', content: TemplateResult, dark = false): TemplateResult {
  return html`<div class="story-frame ${width} ${dark ? 'dark' : ''}">${content}</div>`;
}
