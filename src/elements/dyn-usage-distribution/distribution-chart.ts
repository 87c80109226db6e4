import { html, nothing, svg } from 'lit';
import type { TemplateResult } from 'lit';
import type { GroupGeometry, GroupedBarsLayout } from '../../charts/grouped-bars.js';

export interface DistributionChartModel {
  layout: GroupedBarsLayout;
  /** The chart's accessible name: a one-sentence summary. */
  summary: string;
  /** The group under the pointer or the keyboard, highlighted; `null` for none. */
  activeIndex: number | null;
  /** Whether the keyboard is on the chart (draws the focus ring around the active group). */
  focused: boolean;
  /** The index of the "Other" group, drawn apart; `null` when there is none. */
  otherIndex: number | null;
  tickLabel: (value: number) => string;
}

export interface DistributionChartHandlers {
  onKeyDown: (event: KeyboardEvent) => void;
  onPointerY: (y: number | null) => void;
  onFocus: () => void;
  onBlur: () => void;
  onClick: () => void;
}

/**
 * The grouped bar chart: gridlines, a band behind the active group, per group its label and one bar per
 * series with its value label, the x axis, and a focus ring. One tab stop; the element moves the active
 * group with the arrow keys. The layout is already mirrored for right-to-left readers: the SVG is
 * `direction="ltr"` so that each anchor below names a physical side (in rtl, text-anchor "end" would mean
 * the left edge); each text orders itself by its own first letter (`unicode-bidi: plaintext`). A value
 * label ("32 · 86.5%") has no letter: it takes the reader's direction, so that seats come first in reading
 * order, and starts past its bar's end either way.
 */
export function renderDistributionChart(
  model: DistributionChartModel,
  on: DistributionChartHandlers,
): TemplateResult {
  const { layout, summary, activeIndex, focused, otherIndex, tickLabel } = model;
  const { width, height, zeroX, plotBottom, labelsAbove } = layout;
  const rtl = layout.dir === 'rtl';
  // Which way text runs from its x: right of it ("start") or left of it ("end").
  const [towardsEnd, towardsStart] = rtl ? ['end', 'start'] : ['start', 'end'];
  // Group labels sit before the zero line (or above the bars, from the same side as the bars).
  const labelAnchor = labelsAbove ? towardsEnd : towardsStart;
  const active = activeIndex === null ? null : (layout.groups[activeIndex] ?? null);
  const pointerY = (event: PointerEvent) =>
    on.onPointerY(event.clientY - (event.currentTarget as SVGSVGElement).getBoundingClientRect().top);
  return html`<svg
    id="distribution-chart"
    class="chart ${labelsAbove ? 'labels-above' : 'labels-left'}"
    data-export
    role="img"
    aria-label=${summary}
    tabindex="0"
    part="chart"
    width=${width}
    height=${height}
    viewBox="0 0 ${width} ${height}"
    direction="ltr"
    @keydown=${on.onKeyDown}
    @pointermove=${pointerY}
    @pointerdown=${pointerY}
    @pointerleave=${() => on.onPointerY(null)}
    @focus=${on.onFocus}
    @blur=${on.onBlur}
    @click=${on.onClick}
  >
    ${active ? svg`<rect class="band" x="0" y=${active.top} width=${width} height=${active.height}></rect>` : nothing}
    <g class="grid">
      ${layout.ticks.map((tick) => svg`<line x1=${tick.x} x2=${tick.x} y1="0" y2=${plotBottom}></line>`)}
    </g>
    ${layout.groups.map(
      (group, i) =>
        svg`<g class="group ${i === otherIndex ? 'other' : ''}">
          <g class="sku-label">
            ${group.label === group.full ? nothing : svg`<title>${group.full}</title>`}
            <text
              class="data-name"
              x=${group.labelX}
              y=${group.labelY}
              text-anchor=${labelAnchor}
              dominant-baseline=${labelsAbove ? 'auto' : 'central'}
            >${group.label}</text>
          </g>
          ${group.bars.map(
            (bar) =>
              svg`<rect class="bar bar-${bar.key}" x=${bar.x} y=${bar.y} width=${bar.width} height=${bar.height} rx="1.5"></rect>
                <text class="value value-${bar.key}" x=${bar.labelX} y=${bar.labelY} dominant-baseline="central"
                  direction=${layout.dir} text-anchor="start"
                  >${bar.label}</text
                >`,
          )}
        </g>`,
    )}
    ${labelsAbove ? layout.groups.map((group) => baseline(zeroX, group)) : baseline(zeroX, null, plotBottom)}
    <g class="axis">
      ${layout.ticks.map(
        (tick) =>
          svg`<text x=${tick.x} y=${plotBottom + 15} text-anchor=${Math.abs(tick.x - zeroX) < 8 && labelsAbove ? towardsEnd : 'middle'}
            >${tickLabel(tick.value)}</text
          >`,
      )}
    </g>
    ${
      focused && active
        ? svg`<rect class="focus-ring" x="1" y=${active.top + 1} width=${width - 2} height=${active.height - 2} rx="4"></rect>`
        : nothing
    }
  </svg>`;
}

/** The zero line: one along the whole plot, or, with labels above the bars, one per group so it misses the labels. */
function baseline(x: number, group: GroupGeometry | null, bottom = 0) {
  const first = group?.bars[0];
  const last = group?.bars.at(-1);
  const y1 = first ? first.y - 2 : 0;
  const y2 = last ? last.y + last.height + 2 : bottom;
  return svg`<line class="baseline" x1=${x} x2=${x} y1=${y1} y2=${y2}></line>`;
}
