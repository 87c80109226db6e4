import { css, html } from 'lit';
import type { TemplateResult } from 'lit';

export interface LegendItem {
  key: string;
  label: string;
  /** Shown on hover and focus, e.g. the metric's definition. */
  definition?: string;
  /** Whether the series is drawn. */
  on: boolean;
}

/**
 * A legend whose items toggle their series (toggle buttons with `aria-pressed`, so keyboard and screen
 * readers work as for any button). Swatch colour comes from the class `swatch-<key>` in the element's CSS.
 */
export function renderSeriesLegend(
  items: readonly LegendItem[],
  onToggle: (key: string) => void,
  label = 'Series',
): TemplateResult {
  return html`<div class="legend" part="legend" role="group" aria-label=${label}>
    ${items.map(
      (item) =>
        html`<button
          type="button"
          class="legend-item ${item.on ? '' : 'off'}"
          aria-pressed=${item.on ? 'true' : 'false'}
          title=${item.definition ?? item.label}
          @click=${() => onToggle(item.key)}
        >
          <span class="swatch swatch-${item.key}" aria-hidden="true"></span>${item.label}
        </button>`,
    )}
  </div>`;
}

export const seriesLegendStyles = css`
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: 4px 8px;
    margin: 4px 0 8px;
  }
  .legend-item {
    display: inline-flex;
    align-items: center;
    gap: 6px;
    border: 1px solid var(--_border);
    border-radius: 999px;
    background: var(--_bg);
    padding-block: 3px;
    padding-inline: 8px 10px;
    font-size: 0.8rem;
    cursor: pointer;
    color: var(--_text);
  }
  .legend-item.off {
    color: var(--_muted);
    text-decoration: line-through;
  }
  .legend-item.off .swatch {
    opacity: 0.3;
  }
  .swatch {
    width: 10px;
    height: 10px;
    border-radius: 2px;
    background: var(--_muted);
  }
  .swatch-available {
    background: var(--_available);
  }
  .swatch-assigned {
    background: var(--_assigned);
  }
  .swatch-active {
    background: var(--_active);
  }
`;
