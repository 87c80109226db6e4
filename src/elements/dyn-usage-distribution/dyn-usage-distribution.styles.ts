import { css } from 'lit';

export const distributionStyles = css`
  .subtitle {
    margin: -6px 0 6px;
    color: var(--_muted);
    font-size: 0.85rem;
    font-variant-numeric: tabular-nums;
  }
  .prefix-note {
    margin: -2px 0 8px;
    color: var(--_muted);
    font-size: 0.8rem;
  }
  .legend-wrap {
    position: relative;
  }
  .definition {
    top: calc(100% - 4px);
    width: min(280px, 90%);
  }
  .chart-wrap {
    position: relative;
  }
  .chart {
    display: block;
    overflow: visible;
  }
  .chart .band {
    fill: var(--_surface);
  }
  .chart .grid line {
    stroke: var(--_grid);
  }
  .chart .baseline {
    stroke: var(--_muted);
  }
  .bar-available {
    fill: var(--_available);
  }
  .bar-assigned {
    fill: var(--_assigned);
  }
  .bar-active {
    fill: var(--_active);
  }
  /* The SVG is direction="ltr" (its anchors are physical sides): each text takes its own direction from
     its first letter, so a translated "Other (3 SKUs)" reads right to left and a Latin name left to right. */
  .chart text {
    unicode-bidi: plaintext;
  }
  /* Figures have no letter to take a direction from: the text's own direction attribute orders them. */
  .chart text.value {
    unicode-bidi: isolate;
  }
  .chart .sku-label text {
    fill: var(--_text);
    font-size: 12px;
  }
  .chart .other .sku-label text {
    font-style: italic;
  }
  .chart .value,
  .chart .axis text {
    font-size: 11px;
    font-variant-numeric: tabular-nums;
  }
  .chart .focus-ring {
    fill: none;
    stroke: var(--_focus);
    stroke-width: 2;
  }
  .chart:not(:focus-visible) .focus-ring {
    display: none;
  }
  .tooltip {
    position: absolute;
    z-index: 4;
    top: 0;
    /* Physical, not inset-inline-start: the chart places it in its own (already mirrored) x. */
    left: 0;
    box-sizing: border-box;
    width: max-content;
    max-width: min(340px, 100%);
    padding: 8px 10px;
    border: 1px solid var(--_border);
    border-radius: 6px;
    background: var(--_bg);
    color: var(--_text);
    box-shadow: 0 4px 12px rgb(0 0 0 / 0.18);
    font-size: 0.8rem;
    line-height: 1.4;
    pointer-events: none;
  }
  .tip-title {
    display: block;
    margin-bottom: 4px;
    overflow-wrap: anywhere;
  }
  .tip-rows {
    display: grid;
    gap: 2px;
    margin: 0;
  }
  .tip-row {
    display: flex;
    justify-content: space-between;
    gap: 16px;
  }
  .tip-row dt {
    display: flex;
    white-space: nowrap;
    align-items: center;
    gap: 6px;
    color: var(--_muted);
  }
  .tip-row dd {
    margin: 0;
    text-align: end;
    font-variant-numeric: tabular-nums;
  }
  .expand {
    margin-top: 10px;
    padding: 4px 12px;
    border: 1px solid var(--_border);
    border-radius: 6px;
    background: var(--_bg);
    color: var(--_accent);
    font-size: 0.85rem;
    cursor: pointer;
  }
  .expand:hover {
    background: var(--_surface);
  }
`;
