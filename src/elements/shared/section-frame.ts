// The card every section element is drawn in: heading, period and menu above its body.
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import type { Localizer } from '../../i18n/localizer.js';
import { renderSectionHeading } from './section-heading.js';
import './section-menu.js';
import type { SectionMenuItem } from './section-menu.js';

/** A section's card as its class gives it: header words, menu, and the parts below the header. */
export interface SectionFrameParts {
  title: string;
  headingLevel: number;
  /** The period the figures cover; empty for none. */
  period: string;
  /** Marks the card busy (a quiet load, whose progress the page shows). */
  busy: boolean;
  /** The menu's items before "Print", or null for no menu (until the figures are ready). */
  menuItems: SectionMenuItem[] | null;
  onMenu: (id: string) => void;
  body: TemplateResult | typeof nothing;
  notice: TemplateResult | typeof nothing;
  freshness: TemplateResult | typeof nothing;
}

/** The card every section is drawn in: heading, period and menu, then the body, notice and freshness. */
export function renderSectionFrame(parts: SectionFrameParts, localizer: Localizer): TemplateResult {
  const { title, menuItems } = parts;
  return html`<section
    part="frame"
    class="frame"
    aria-label=${title}
    aria-busy=${parts.busy ? 'true' : nothing}
    lang=${localizer.language}
    dir=${localizer.dir}
  >
    <header class="header">
      ${renderSectionHeading(parts.headingLevel, title)}
      ${parts.period ? html`<span class="range">${parts.period}</span>` : nothing}
      ${
        menuItems
          ? html`<dyn-usage-section-menu
              part="menu"
              label=${localizer.t('menu.label', { title })}
              .items=${[...menuItems, { id: 'print', label: localizer.t('menu.print') }]}
              @dyn-usage-menu-select=${(event: CustomEvent<{ id: string }>) => parts.onMenu(event.detail.id)}
            ></dyn-usage-section-menu>`
          : nothing
      }
    </header>
    ${parts.body} ${parts.notice} ${parts.freshness}
  </section>`;
}

/** Until the language's messages arrive (one small module), an empty frame rather than English. */
export function renderPendingFrame(language: string): TemplateResult {
  return html`<section part="frame" class="frame" aria-busy="true" lang=${language}></section>`;
}
