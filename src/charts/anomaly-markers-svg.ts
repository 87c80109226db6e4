import { css, svg } from 'lit';
import type { SVGTemplateResult } from 'lit';
import type { AnomalyMarker } from './anomaly-markers.js';

/** Unusual months' diamonds, drawn over the series (`data-index`: the month's position). */
export function renderAnomalyMarkers(markers: readonly AnomalyMarker[]): SVGTemplateResult {
  return svg`${markers.map(
    (marker) => svg`<path class="anomaly-marker" data-index=${marker.index} d=${marker.path}></path>`,
  )}`;
}

/** A hollow diamond outlined in the text colour: it stands out on every series colour and theme. */
export const anomalyMarkerStyles = css`
  .anomaly-marker {
    fill: var(--_bg);
    stroke: var(--_text);
    stroke-width: 2;
    stroke-linejoin: miter;
    vector-effect: non-scaling-stroke;
  }
  .anomaly-glyph {
    color: var(--_text);
    font-weight: 700;
  }
`;
