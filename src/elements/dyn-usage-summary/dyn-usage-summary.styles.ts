import { css } from 'lit';

export const summaryStyles = css`
  /* The latest month looks partial: text colour and a bar, not a hue of its own (no token says "warning"). */
  .partial {
    margin: 0 0 12px;
    padding: 8px 12px;
    font-size: 0.85rem;
    background: var(--_surface);
    border-inline-start: 3px solid var(--_text);
    border-radius: 4px;
    overflow-wrap: anywhere;
  }
  .partial::before {
    content: '⚠ ' / '';
  }
  .tiles {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 12px;
  }
  .tiles.columns-2 {
    grid-template-columns: repeat(2, minmax(0, 1fr));
  }
  .tiles.columns-4 {
    grid-template-columns: repeat(4, minmax(0, 1fr));
  }
  .tile {
    background: var(--_surface);
    border-radius: 6px;
    padding: 12px 14px 8px;
    min-width: 0;
  }
  .term-wrap {
    position: relative;
  }
  .term {
    background: none;
    border: 0;
    padding: 0;
    font-size: 0.85rem;
    color: var(--_muted);
    text-decoration: underline dotted;
    text-underline-offset: 3px;
    cursor: help;
  }
  /*
   * A definition never covers the term or the headline it explains: under the headline (anchored to it,
   * start-aligned, flipped to end-aligned where the page has no room), over the change line and sparkline.
   * Without anchor positioning, above the term.
   */
  .definition {
    display: none;
    top: auto;
    bottom: calc(100% + 6px);
    width: min(260px, 80vw);
  }
  @supports (anchor-name: --a) and (anchor-scope: all) {
    .tile {
      position: relative;
      anchor-scope: --headline;
    }
    .term-wrap {
      position: static;
    }
    .value {
      anchor-name: --headline;
    }
    .definition {
      inset: auto;
      margin-top: 4px;
      position-anchor: --headline;
      position-area: block-end span-inline-end;
      position-try-fallbacks: flip-inline;
    }
  }
  .term:hover + .definition,
  .term:focus-visible + .definition {
    display: block;
  }
  .value {
    margin: 4px 0 2px;
    font-size: 1.75rem;
    font-weight: 600;
    font-variant-numeric: tabular-nums;
    line-height: 1.15;
  }
  .change {
    margin: 0 0 6px;
    font-size: 0.8rem;
    color: var(--_muted);
    font-variant-numeric: tabular-nums;
  }
  .change.up {
    color: var(--_up);
  }
  .change.down {
    color: var(--_down);
  }
  .spark-box {
    min-width: 0;
  }
  /* Drawn for its box's measured width; the CSS width keeps it inside the tile in the frame before
     a resize is measured (stretched a little, never overflowing into the next tile). */
  .spark {
    display: block;
    width: 100%;
    height: 40px;
    overflow: visible;
    border-radius: 4px;
  }
  .spark .line {
    vector-effect: non-scaling-stroke;
    fill: none;
    stroke-width: 2;
    stroke-linejoin: round;
    stroke-linecap: round;
  }
  .spark-available .line,
  .spark-available .dot {
    stroke: var(--_available);
  }
  .spark-assigned .line,
  .spark-assigned .dot {
    stroke: var(--_assigned);
  }
  .spark-active .line,
  .spark-active .dot,
  .spark-activePercent .line,
  .spark-activePercent .dot {
    stroke: var(--_active);
  }
  .spark .dot {
    fill: var(--_bg);
    stroke-width: 2;
  }
  .readout {
    margin: 2px 0 0;
    min-height: 1.2em;
    font-size: 0.78rem;
    color: var(--_muted);
    font-variant-numeric: tabular-nums;
  }
  table {
    border-collapse: collapse;
  }
`;
