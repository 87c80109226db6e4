import { html } from 'lit';
import type { TemplateResult } from 'lit';

/**
 * A section's title at the heading level its page needs (`heading-level`, 1–6; anything else is 2): one
 * template per tag rather than a tag built from a value, which lit cannot bind and CSP-safe code avoids.
 */
export function renderSectionHeading(level: number, title: string): TemplateResult {
  switch (level) {
    case 1:
      return html`<h1 part="title" class="title">${title}</h1>`;
    case 3:
      return html`<h3 part="title" class="title">${title}</h3>`;
    case 4:
      return html`<h4 part="title" class="title">${title}</h4>`;
    case 5:
      return html`<h5 part="title" class="title">${title}</h5>`;
    case 6:
      return html`<h6 part="title" class="title">${title}</h6>`;
    default:
      return html`<h2 part="title" class="title">${title}</h2>`;
  }
}
