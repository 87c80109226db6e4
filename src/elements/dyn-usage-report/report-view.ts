// The report's page: its source, the one loading announcement, its own text, and the sections below.
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import type { Localizer } from '../../i18n/localizer.js';

/** The page's parts as the element renders them, and whether its own text and its sections show. */
export interface ReportPage {
  /** Whether the language's messages have arrived: until then the report's own text waits. */
  ready: boolean;
  /** What screen readers hear once for the report while it loads; empty otherwise. */
  announcement: string;
  source: TemplateResult;
  /** The filter bar, chips and notice, or the report's one error or "no rows"; shown once `ready`. */
  own: () => TemplateResult;
  /** Hides the sections (the report shows one error or one "no rows" in their place). */
  sectionsHidden: boolean;
  /** Hears the sections' load and error events, which mostly stay in the report. */
  onSectionEvent: (event: Event) => void;
  sections: TemplateResult;
}

/**
 * Source and sections render whatever the language: they load meanwhile, and each section holds its own
 * text back until the messages arrive. The report's own text waits for them here.
 */
export function renderReportPage(page: ReportPage, localizer: Localizer): TemplateResult {
  return html`<div
    class="report"
    lang=${localizer.language}
    dir=${localizer.dir}
    aria-busy=${page.ready ? nothing : 'true'}
  >
    ${page.source}
    <p class="visually-hidden" aria-live="polite">${page.announcement}</p>
    ${page.ready ? page.own() : nothing}
    <div
      class="sections"
      ?hidden=${page.sectionsHidden}
      @dyn-usage-load=${page.onSectionEvent}
      @dyn-usage-error=${page.onSectionEvent}
    >
      ${page.sections}
    </div>
  </div>`;
}
