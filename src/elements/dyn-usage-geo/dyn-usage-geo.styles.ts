import { css, unsafeCSS } from 'lit';
import { STEP_MIX } from '../../charts/geo-color-steps.js';

// Constants of the kit, not data: safe to write into a stylesheet.
const rampSteps = unsafeCSS(
  STEP_MIX.map(
    ({ hue, toward }, i) =>
      `.step-${i + 1} { --_fill: color-mix(in srgb, var(--_geo-hue) ${hue}%, var(${toward === 'text' ? '--_text' : '--_bg'})); }`,
  ).join('\n'),
);

export const geoStyles = css`
  :host {
    --_geo-hue: var(--_available);
    --_geo-nodata: var(--dyn-usage-geo-nodata, var(--_bg));
    --_geo-nodata-edge: color-mix(in srgb, var(--_muted) 70%, var(--_bg));
  }
  :host([metric='active']) {
    --_geo-hue: var(--_active);
  }
  /* The ramp (STEP_MIX): the metric's colour mixed into the background (light steps) and towards the text
     colour (the darkest), so it follows the theme: in dark mode "more" is brighter, further from the page. */
  ${rampSteps}
  /* No rows: the background, outlined, so that the lightest step stays 3:1 apart from it. */
  .nodata {
    --_fill: var(--_geo-nodata);
  }
  .country.nodata {
    stroke: var(--_geo-nodata-edge);
  }

  .geo-top {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    align-items: flex-start;
    gap: 12px;
    margin-bottom: 12px;
  }
  .count-tile {
    flex: 1 1 260px;
    /* A flex item is as wide as its longest word by default: a market name must not widen the page. */
    min-width: 0;
    background: var(--_surface);
    border-radius: 6px;
    padding: 8px 14px;
  }
  .count {
    margin: 0;
    color: var(--_muted);
    font-size: 0.9rem;
  }
  .count-value {
    color: var(--_text);
    font-size: 1.5rem;
    font-weight: 600;
    font-variant-numeric: tabular-nums;
  }
  .unmatched {
    margin: 4px 0 0;
    /* Market names are data: a long one without spaces wraps rather than widening the page. */
    overflow-wrap: anywhere;
    font-size: 0.8rem;
    color: var(--_muted);
  }
  .metric-switch {
    display: inline-flex;
    border: 1px solid var(--_border);
    border-radius: 999px;
    padding: 2px;
  }
  .metric-switch button {
    border: 0;
    background: none;
    border-radius: 999px;
    padding: 4px 12px;
    font-size: 0.85rem;
    cursor: pointer;
  }
  .metric-switch button[aria-pressed='true'] {
    background: var(--_text);
    color: var(--_bg);
  }

  .geo-body.wide {
    display: grid;
    grid-template-columns: minmax(0, 1fr) 440px;
    gap: 20px;
  }
  .map-pane {
    min-width: 0;
  }
  .map-wrap {
    position: relative;
  }
  /* The map's place while its code loads: the 1:110m world's shape (1000 × 430 map units). */
  .map-placeholder.pending {
    aspect-ratio: 1000 / 430;
  }
  .map {
    display: block;
    width: 100%;
    height: auto;
    touch-action: none;
    cursor: grab;
    border-radius: 4px;
  }
  .map:active {
    cursor: grabbing;
  }
  .country,
  .marker {
    fill: var(--_fill, var(--_geo-nodata));
    stroke: var(--_bg);
    stroke-width: 0.6;
    vector-effect: non-scaling-stroke;
  }
  .country:not(.nodata) {
    cursor: pointer;
  }
  .country:not(.nodata):hover {
    stroke: var(--_text);
    stroke-width: 1.2;
  }
  /* Markers keep their size on screen at any zoom; --marker-r follows the map's width (markerRadius). */
  .marker {
    r: calc(var(--marker-r, 3.5px) / var(--zoom-k, 1));
    stroke: var(--_text);
    stroke-width: 1;
    cursor: pointer;
  }
  .highlight {
    fill: none;
    stroke: var(--_text);
    stroke-width: 2.5;
    vector-effect: non-scaling-stroke;
    pointer-events: none;
  }
  .highlight.ring {
    r: calc((var(--marker-r, 3.5px) + 4.5px) / var(--zoom-k, 1));
  }
  .zoom-controls {
    position: absolute;
    top: 6px;
    inset-inline-end: 6px;
    display: flex;
    flex-direction: column;
    gap: 4px;
  }
  .zoom-controls button {
    min-width: 30px;
    height: 28px;
    padding: 0 6px;
    border: 1px solid var(--_border);
    border-radius: 6px;
    background: var(--_bg);
    font-size: 0.8rem;
    line-height: 1;
    cursor: pointer;
  }
  .zoom-controls .zoom-in,
  .zoom-controls .zoom-out {
    font-size: 1.05rem;
  }
  .narrow .zoom-controls {
    position: static;
    flex-direction: row;
    justify-content: flex-end;
    margin-top: 4px;
  }
  .tooltip {
    position: absolute;
    left: 0;
    top: 0;
    z-index: 3;
    display: flex;
    flex-direction: column;
    gap: 2px;
    max-width: 240px;
    padding: 6px 10px;
    border-radius: 6px;
    background: var(--_text);
    color: var(--_bg);
    font-size: 0.78rem;
    line-height: 1.3;
    white-space: nowrap;
    pointer-events: none;
    box-shadow: 0 4px 12px rgb(0 0 0 / 0.2);
    /* Its top-left corner, beside the country's box (placeTooltip). */
    transform: translate(var(--tip-x, 0), var(--tip-y, 0));
  }

  .geo-legend {
    margin: 8px 0 0;
    font-size: 0.78rem;
    color: var(--_muted);
  }
  .legend-title {
    margin-bottom: 4px;
    color: var(--_text);
    font-weight: 600;
  }
  .legend-items {
    display: flex;
    flex-wrap: wrap;
    gap: 4px 14px;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .legend-item {
    display: inline-flex;
    align-items: center;
    gap: 6px;
    font-variant-numeric: tabular-nums;
  }
  .swatch {
    width: 16px;
    height: 11px;
    border-radius: 2px;
    background: var(--_fill);
  }
  .swatch.nodata {
    box-shadow: inset 0 0 0 1px var(--_border);
  }
  .dot {
    width: 7px;
    height: 7px;
    border-radius: 50%;
    border: 1px solid var(--_text);
    background: var(--_geo-hue);
  }
`;
