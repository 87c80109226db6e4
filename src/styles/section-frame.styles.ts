import { css } from 'lit';

/** The skipped-rows notice (also shown once by a whole report). */
export const noticeStyles = css`
  .notice {
    margin-top: 12px;
    font-size: 0.85rem;
    color: var(--_muted);
  }
  .notice summary {
    cursor: pointer;
    width: fit-content;
  }
  .notice ul {
    margin: 6px 0 0;
    padding-inline-start: 20px;
    max-height: 12em;
    overflow: auto;
    overflow-wrap: anywhere;
  }
  /* A warning is about every figure shown, a skipped row about one row: it reads first and stronger. */
  .notice li.warning {
    color: var(--_text);
    list-style: '⚠ ';
  }
  .freshness {
    margin: 12px 0 0;
    font-size: 0.8rem;
    color: var(--_muted);
  }
`;

/** A metric's definition, shown on hover and focus beside its name; each section places it. */
export const definitionStyles = css`
  .definition {
    position: absolute;
    z-index: 5;
    inset-inline-start: 0;
    margin: 0;
    padding: 8px 10px;
    border-radius: 6px;
    background: var(--_text);
    color: var(--_bg);
    font-size: 0.8rem;
    line-height: 1.35;
    box-shadow: 0 4px 12px rgb(0 0 0 / 0.2);
  }
`;

/** The frame every section shares: card, header, states, notice, and the helpers charts lean on. */
/**
 * Screen-reader-only content. Wrap a table in a div with this class: a table ignores width: 1px and would
 * widen the page.
 */
export const visuallyHiddenStyles = css`
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    padding: 0;
    margin: -1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
`;

/** A section's loading, empty and error states (also the whole report's error). */
export const stateStyles = css`
  .state {
    padding: 24px 8px;
    text-align: center;
    color: var(--_muted);
  }
  .state.error {
    color: var(--_error);
    text-align: start;
    border-inline-start: 3px solid var(--_error);
    padding: 12px 16px;
    background: var(--_surface);
    border-radius: 4px;
  }
  .state .detail {
    display: block;
    margin-top: 4px;
    color: var(--_muted);
    font-size: 0.85rem;
  }
  .state .retry {
    display: block;
    margin-top: 10px;
    padding: 4px 12px;
    border: 1px solid var(--_border);
    border-radius: 4px;
    background: var(--_bg);
    color: var(--_text);
    cursor: pointer;
  }
`;

/**
 * A section loading quietly (`quiet-loading`, inside a report that shows one progress bar): its card at
 * about the height it will have, so the page does not jump much when the figures come, with no bar. Ready
 * at 1280 px the summary is 271 px high, geo 531, SKU 513, the others taller: less the card's header, and
 * for the tallest no more than a third of a screen, so the report's progress bar stays the thing to see.
 */
export const quietLoadingStyles = css`
  :host {
    --_placeholder-height: 200px;
  }
  :host(dyn-usage-geo),
  :host(dyn-usage-sku),
  :host(dyn-usage-distribution),
  :host(dyn-usage-insights),
  :host(dyn-subscription-table) {
    --_placeholder-height: 320px;
  }
  .state.quiet {
    box-sizing: border-box;
    min-height: var(--_placeholder-height);
    padding: 0;
    border-radius: 4px;
    background: var(--_surface);
  }
`;

export const sectionFrameStyles = css`
  :host {
    display: block;
    font-family: var(--_font);
    color: var(--_text);
    container-type: inline-size;
  }
  :host([hidden]) {
    display: none;
  }
  .frame {
    background: var(--_bg);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 16px;
    box-sizing: border-box;
    min-width: 0;
  }
  .header {
    display: flex;
    align-items: baseline;
    gap: 8px 12px;
    flex-wrap: wrap;
    margin-bottom: 12px;
  }
  .title {
    font-size: 1.05rem;
    font-weight: 600;
    margin: 0;
    flex: 1 1 auto;
  }
  .range {
    color: var(--_muted);
    font-size: 0.85rem;
  }
  progress {
    display: block;
    width: min(320px, 100%);
    margin: 12px auto 4px;
    accent-color: var(--_accent);
  }
  button {
    font: inherit;
    color: inherit;
  }
  :focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }
  ${visuallyHiddenStyles}
  svg text {
    fill: var(--_muted);
    font-family: var(--_font);
  }
`;
