import { css } from 'lit';

export const skuStyles = css`
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 10px 16px;
    margin-bottom: 10px;
  }
  .view {
    display: inline-flex;
    margin: 0;
    padding: 0;
    border: 1px solid var(--_border);
    border-radius: 6px;
    overflow: hidden;
  }
  .view-option {
    position: relative;
    padding: 5px 12px;
    font-size: 0.85rem;
    cursor: pointer;
    color: var(--_text);
  }
  .view-option + .view-option {
    border-inline-start: 1px solid var(--_border);
  }
  .view-option:has(input:checked) {
    background: var(--_surface);
    font-weight: 600;
    box-shadow: inset 0 -2px 0 var(--_accent);
  }
  .view-option:has(input:focus-visible) {
    outline: 2px solid var(--_focus);
    outline-offset: -2px;
  }
  .view-option input {
    position: absolute;
    opacity: 0;
    inset: 0;
    margin: 0;
    cursor: pointer;
  }
  dyn-usage-sku-picker {
    flex: 1 1 16rem;
  }
  .field {
    display: inline-flex;
    align-items: center;
    gap: 6px;
    font-size: 0.85rem;
    color: var(--_muted);
  }
  select {
    font: inherit;
    color: var(--_text);
    background: var(--_bg);
    border: 1px solid var(--_border);
    border-radius: 6px;
    padding: 4px 8px;
  }
  .note {
    margin: 0 0 8px;
    font-size: 0.85rem;
    color: var(--_muted);
    /* It holds SKU names as typed: a very long one wraps, and three lines at most show. */
    overflow-wrap: anywhere;
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 3;
    line-clamp: 3;
    overflow: hidden;
  }
  .legend-wrap {
    position: relative;
  }
  .definition {
    top: calc(100% - 2px);
    width: min(300px, 90%);
    pointer-events: none;
  }
  .plot {
    position: relative;
  }
  svg.chart,
  svg.multiples {
    display: block;
    overflow: visible;
    touch-action: pan-y;
  }
  .grid {
    stroke: var(--_grid);
    stroke-width: 1;
  }
  .grid.zero {
    stroke: var(--_border);
  }
  .tick {
    font-size: 11px;
  }
  .guide {
    stroke: var(--_muted);
    stroke-width: 1;
    stroke-dasharray: 3 3;
  }
  .series .line {
    fill: none;
    stroke-width: 2;
    stroke-linejoin: round;
    stroke-linecap: round;
  }
  .series .dot {
    fill: var(--_bg);
    stroke-width: 2;
  }
  .series .dot.active {
    stroke-width: 2.5;
  }
  .series-available .line,
  .series-available .dot {
    stroke: var(--_available);
  }
  .series-assigned .line,
  .series-assigned .dot {
    stroke: var(--_assigned);
  }
  .series-active .line,
  .series-active .dot {
    stroke: var(--_active);
  }
  .tooltip {
    position: absolute;
    z-index: 3;
    box-sizing: border-box;
    display: grid;
    gap: 3px;
    min-width: 9rem;
    padding: 8px 10px;
    border: 1px solid var(--_border);
    border-radius: 6px;
    background: var(--_bg);
    box-shadow: 0 4px 12px rgb(0 0 0 / 0.15);
    font-size: 0.8rem;
    pointer-events: none;
    font-variant-numeric: tabular-nums;
  }
  .tooltip-row {
    display: flex;
    align-items: center;
    gap: 6px;
  }
  .tooltip-label {
    flex: 1 1 auto;
    color: var(--_muted);
  }
  .tooltip-value {
    font-weight: 600;
  }
  .tooltip-note {
    max-width: 16rem;
    padding-top: 3px;
    border-top: 1px solid var(--_border);
  }
  .cell-bg {
    fill: var(--_surface);
  }
  svg text.cell-name {
    font-size: 12px;
    fill: var(--_text);
    /* A name reads in its own direction, so the "…" of a cut Latin name ends it also in rtl. */
    unicode-bidi: plaintext;
  }
  svg text.cell-value {
    font-size: 17px;
    font-weight: 600;
    fill: var(--_text);
  }
  svg text.cell-month {
    font-size: 11px;
  }
`;
