import { css } from 'lit';

/**
 * The light theme's colours on paper, whatever the screen's (paper is white). The selectors match those of
 * tokens.ts's dark rules in weight, and come later, so they win over `theme="dark"` and a dark OS setting.
 */
const paperTokens = css`
  :host(:not([theme='light'])),
  :host([theme='light']) {
    --_bg: #ffffff;
    --_surface: #f5f7f9;
    --_text: #1b1f24;
    --_muted: #57606a;
    --_border: #d0d7de;
    --_grid: #e3e8ee;
    --_accent: #0b5cad;
    --_available: #2c6bb5;
    --_assigned: #8a4fc7;
    --_active: #1d7f45;
    --_up: #1d7f45;
    --_down: #c0362c;
    --_error: #b42318;
    color-scheme: light;
    print-color-adjust: exact;
    -webkit-print-color-adjust: exact;
  }
`;

/**
 * Paper: what a section shows, without what only works on a screen. Menus, search boxes, pager and zoom
 * buttons, "show more", tooltips and the retry button go; a metric switch keeps the metric shown; scroll
 * boxes open up so that a table is not cut at the page's width; colours are the light theme's whatever
 * the screen's (paper is white), printed as they are (`print-color-adjust`); a section is not split
 * across pages where it fits on one.
 */
export const printStyles = css`
  @media print {
    ${paperTokens}
    .frame {
      break-inside: avoid;
      border-radius: 0;
    }
    .header {
      break-after: avoid;
    }
    dyn-usage-section-menu,
    .retry,
    .zoom-controls,
    .pager button,
    .download,
    .search,
    input[type='search'],
    .tooltip,
    .definition,
    .view,
    .metric-switch button[aria-pressed='false'],
    button.more,
    button.expand[part='expand'],
    .sort-mark,
    .sort .arrow,
    .notice ul,
    .expand .chevron,
    .legend-item.off {
      display: none !important;
    }
    /* The notice's list stays on screen: its summary prints without the marker that says it opens. */
    .notice summary {
      list-style: none;
    }
    .notice summary::-webkit-details-marker {
      display: none;
    }
    /* A legend names the series drawn: plain swatches and words, not buttons. */
    .legend-item {
      border-color: transparent !important;
      background: none !important;
      padding-inline: 0 12px !important;
    }
    /* Controls that name what is shown print as plain text. */
    select {
      appearance: none;
      border: none;
      padding: 0;
      background: none;
      font-weight: 600;
    }
    .scroller,
    .scroll,
    .table-scroll,
    .grid-pane,
    .chart-wrap {
      overflow: visible !important;
      max-height: none !important;
    }
    /* The scroll edges' shadows have nothing to scroll on paper; the box is as tall as its table (a flex
       basis of 0 left it 0 high, the rows spilling out of the card), whose head repeats on each page
       (a sticky head repeats without its words). */
    .table-scroll {
      background: none !important;
      flex: none !important;
    }
    th {
      position: static !important;
    }
    /* Chromium repeats a table's head on each page, but paints no button inside the copies: a sort button
       prints as its words. */
    th button {
      display: contents !important;
    }
    /* On screen the map sets the row's height and the country table scrolls beside it; on paper the table
       is all there, so it goes under the map (which gets the page's width), not out of its card into the
       next section. */
    .geo-body.wide {
      grid-template-columns: minmax(0, 1fr) !important;
    }
    .wide .grid-pane {
      contain: none !important;
    }
    table {
      max-width: 100%;
    }
    /* The subscription table's ten columns in A4's or Letter's width: smaller type, tighter cells. */
    .scroller table {
      font-size: 0.72rem;
    }
    .scroller th,
    .scroller td {
      padding-inline: 3px !important;
      min-width: 0 !important;
    }
    .scroller th.name {
      min-width: 7rem !important;
    }
    /* Charts were drawn for the screen's width; paper is narrower (A4: 718 px less margins), so they scale. */
    svg {
      max-width: 100%;
    }
    svg[viewBox] {
      height: auto;
    }
    /* Side-by-side lists (insights) would squeeze their tables into each other at paper width. */
    .list-grid {
      grid-template-columns: minmax(0, 1fr) !important;
    }
    tr,
    .tile,
    li {
      break-inside: avoid;
    }
  }
`;

/**
 * The whole report on paper: the filter bar's controls go (the chips say which filters apply, each
 * section its months), sections one below the other, each from a new page but the first. Printing one
 * section (see print-section.ts) leaves out everything else the report holds.
 */
export const reportPrintStyles = css`
  @media print {
    ${paperTokens}
    .filter-bar,
    .filters-toggle,
    .clear,
    .actions,
    .notice ul,
    .chip > [aria-hidden='true'] {
      display: none !important;
    }
    .notice summary {
      list-style: none;
    }
    .notice summary::-webkit-details-marker {
      display: none;
    }
    /* The chips say which filters apply: under their group's name ("Active filters"), in the reader's
       language, as labels rather than buttons. */
    .chips {
      align-items: baseline;
    }
    .chips::before {
      content: attr(aria-label) ':';
      font-weight: 600;
    }
    .chip {
      border: 1px solid var(--_border);
      background: none;
      padding: 1px 8px;
    }
    .toolbar {
      border: none;
      padding: 0;
    }
    .toolbar:not(:has(:not(.filter-bar, .filters-toggle))) {
      display: none;
    }
    .pair {
      display: block;
    }
    .sections > :not(:first-child),
    .pair > * {
      break-before: page;
    }
    :host([data-dyn-usage-print-within]) .toolbar,
    :host([data-dyn-usage-print-within])
      .sections
      > :not([data-dyn-usage-print], :has([data-dyn-usage-print])),
    :host([data-dyn-usage-print-within]) .pair > :not([data-dyn-usage-print]) {
      display: none !important;
    }
    :host([data-dyn-usage-print-within]) .sections > *,
    :host([data-dyn-usage-print-within]) .pair > * {
      break-before: auto;
    }
  }
`;
