import { css, html, nothing } from 'lit';
import type { TemplateResult } from 'lit';

/*
 * Names from the data (customers, SKUs, markets) are text we do not control: 10,000 characters without a
 * break would widen the host page by as many pixels, and a right-to-left override (U+202E) in one name would
 * reverse the text after it on the line. Each name is a <bdi> (bidi-isolated: it cannot reorder what
 * follows) that keeps to its container, cut where it has to be with its full text in `title` for the
 * pointer (screen readers read the element's text, which is whole).
 */

/** Names longer than this get a tooltip: shorter ones are rarely cut. */
const TOOLTIP_AFTER = 32;

/** A name in a cell or list item: wraps onto at most three lines, then is cut. */
export function dataName(text: string, content: unknown = text): TemplateResult {
  return html`<bdi class="data-name" title=${text.length > TOOLTIP_AFTER ? text : nothing}>${content}</bdi>`;
}

/** A name inside a sentence: stays on its line, cut with "…" at the container's width. */
export function inlineName(text: string): TemplateResult {
  return html`<bdi class="data-inline" title=${text.length > TOOLTIP_AFTER ? text : nothing}>${text}</bdi>`;
}

export const dataTextStyles = css`
  bdi.data-name {
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 3;
    line-clamp: 3;
    overflow: hidden;
    overflow-wrap: anywhere;
    max-width: 28em;
  }
  bdi.data-inline {
    display: inline-block;
    max-width: 100%;
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
    vertical-align: bottom;
  }
  /* SVG text cannot hold a <bdi>: the element holding a name is isolated instead. */
  text.data-name {
    unicode-bidi: isolate;
  }
`;
