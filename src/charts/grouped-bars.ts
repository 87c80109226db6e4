import { chartKit } from './chart-kit-loader.js';
import { textWidth, truncateAtWord } from './grouped-bars-text.js';

/** Sizes in CSS pixels; fonts match the element's SVG text styles. */
const defaults = {
  bar: 11,
  barGap: 2,
  groupGap: 14,
  labelFont: 12,
  valueFont: 11,
  labelGap: 10,
  /** Room left of the labels, so a focus ring around a group misses them. */
  labelPad: 6,
  valueGap: 5,
  maxLabelWidth: 300,
  /** Below this width, group labels go above their bars. */
  narrowWidth: 520,
  narrowPad: 6,
  axis: 24,
  tickSpacing: 80,
};

export interface GroupedBarsInput {
  width: number;
  /**
   * `rtl` mirrors the chart for right-to-left readers: labels on the right, bars growing leftwards from
   * the right, value labels past their left end. Default `ltr`.
   */
  dir?: 'ltr' | 'rtl';
  groups: readonly {
    label: string;
    /** The drawn series of the group, top to bottom. */
    bars: readonly { key: string; value: number; label: string }[];
  }[];
}

export interface BarGeometry {
  key: string;
  x: number;
  y: number;
  width: number;
  height: number;
  /** The value label's anchor, just past the bar's end, on its middle. */
  labelX: number;
  labelY: number;
  label: string;
}

export interface GroupGeometry {
  /** The band the group owns (bars plus its share of the gap), for hit testing and highlight. */
  top: number;
  height: number;
  /** The label as drawn, with an ellipsis when it did not fit; `full` is the whole label. */
  label: string;
  full: string;
  labelX: number;
  labelY: number;
  /** Where the group's longest bar and its value label end (their left end in `rtl`). */
  right: number;
  bars: BarGeometry[];
}

export interface GroupedBarsLayout {
  width: number;
  height: number;
  /** Whether group labels sit above their bars (narrow widths) rather than beside them. */
  labelsAbove: boolean;
  /** The direction it was laid out for: bars grow rightwards in `ltr`, leftwards in `rtl`. */
  dir: 'ltr' | 'rtl';
  /** The plot's left and right edges (left < right in both directions). */
  plotLeft: number;
  plotRight: number;
  /** Where the bars start (the zero line): `plotLeft` in `ltr`, `plotRight` in `rtl`. */
  zeroX: number;
  /** The top of the x axis, below the last group. */
  plotBottom: number;
  ticks: { x: number; value: number }[];
  groups: GroupGeometry[];
}

/**
 * Geometry of horizontal grouped bars: one group per row, one bar per drawn series, x from 0 to a nice
 * maximum of every value (no clamping: any bar may be the longest), room on the right for value labels,
 * and labels left of the groups, or above them on narrow widths; all of it mirrored for `rtl`.
 */
export function groupedBarsLayout(input: GroupedBarsInput): GroupedBarsLayout {
  const layout = ltrLayout(input);
  return input.dir === 'rtl' ? mirrored(layout) : layout;
}

function ltrLayout(input: GroupedBarsInput): GroupedBarsLayout {
  const { width, groups } = input;
  const d = defaults;
  const labelsAbove = width < d.narrowWidth;
  const { max, scaleLinear } = chartKit();
  const widestLabel = max(groups, (group) => textWidth(group.label, d.labelFont)) ?? 0;
  const labelWidth = labelsAbove
    ? width - 2 * d.narrowPad
    : Math.min(widestLabel, d.maxLabelWidth, width * 0.3);
  const widestValue =
    max(groups, (group) => max(group.bars, (bar) => textWidth(bar.label, d.valueFont))) ?? 0;
  const plotLeft = labelsAbove ? d.narrowPad : Math.ceil(d.labelPad + labelWidth + d.labelGap);
  const plotRight = Math.max(plotLeft + 40, width - Math.ceil(widestValue + d.valueGap + 2));
  const maxValue = max(groups, (group) => max(group.bars, (bar) => bar.value)) ?? 0;
  const tickCount = Math.max(3, Math.floor((plotRight - plotLeft) / d.tickSpacing));
  const x = scaleLinear()
    .domain([0, maxValue > 0 ? maxValue : 1])
    // A tighter nice maximum than the tick count alone would give: few ticks must not waste a third of the width.
    .nice(Math.max(5, tickCount))
    .range([plotLeft, plotRight]);
  // Seats are whole: a small domain must not get ticks at 0.5.
  const ticks = x
    .ticks(tickCount)
    .filter(Number.isInteger)
    .map((value) => ({ x: x(value), value }));

  const labelRow = labelsAbove ? d.labelFont + 6 : 0;
  let y = 0;
  const geometry = groups.map((group): GroupGeometry => {
    const barsHeight = group.bars.length * d.bar + Math.max(0, group.bars.length - 1) * d.barGap;
    const top = y;
    const height = d.groupGap + labelRow + barsHeight;
    const barsTop = top + d.groupGap / 2 + labelRow;
    y += height;
    return {
      top,
      height,
      label: truncateAtWord(group.label, labelWidth, d.labelFont),
      full: group.label,
      labelX: labelsAbove ? d.narrowPad : plotLeft - d.labelGap,
      labelY: labelsAbove ? barsTop - 6 : barsTop + barsHeight / 2,
      right: Math.max(
        plotLeft,
        ...group.bars.map((bar) => x(bar.value) + d.valueGap + textWidth(bar.label, d.valueFont)),
      ),
      bars: group.bars.map((bar, i) => {
        const barY = barsTop + i * (d.bar + d.barGap);
        const barWidth = Math.max(0, x(bar.value) - plotLeft);
        return {
          key: bar.key,
          x: plotLeft,
          y: barY,
          width: barWidth,
          height: d.bar,
          labelX: plotLeft + barWidth + d.valueGap,
          labelY: barY + d.bar / 2,
          label: bar.label,
        };
      }),
    };
  });
  return {
    width,
    height: y + d.axis,
    labelsAbove,
    dir: 'ltr',
    plotLeft,
    plotRight,
    zeroX: plotLeft,
    plotBottom: y,
    ticks,
    groups: geometry,
  };
}

/** The layout seen in a mirror: every x becomes `width − x`, a bar's left edge is its old right edge. */
function mirrored(layout: GroupedBarsLayout): GroupedBarsLayout {
  const { width } = layout;
  const flip = (x: number) => width - x;
  return {
    ...layout,
    dir: 'rtl',
    plotLeft: flip(layout.plotRight),
    plotRight: flip(layout.plotLeft),
    zeroX: flip(layout.zeroX),
    ticks: layout.ticks.map((tick) => ({ ...tick, x: flip(tick.x) })),
    groups: layout.groups.map((group) => ({
      ...group,
      labelX: flip(group.labelX),
      right: flip(group.right),
      bars: group.bars.map((bar) => ({ ...bar, x: flip(bar.x + bar.width), labelX: flip(bar.labelX) })),
    })),
  };
}

/** The index of the group whose band holds `y`, or `null` outside every band. */
export function groupAt(layout: GroupedBarsLayout, y: number): number | null {
  const index = layout.groups.findIndex((group) => y >= group.top && y < group.top + group.height);
  return index === -1 ? null : index;
}

/** The group ArrowUp / ArrowDown / Home / End move to from `current` (kept in range), or `null` for another key. */
export function groupIndexForKey(key: string, current: number, count: number): number | null {
  const moves: Record<string, number> = {
    ArrowDown: current + 1,
    ArrowUp: current - 1,
    Home: 0,
    End: count - 1,
  };
  const next = moves[key];
  return next === undefined ? null : Math.max(0, Math.min(count - 1, next));
}

/**
 * Where a tooltip of the given size goes for a group: past the end of its bars (right of them; left in
 * `rtl`) when there is room, so it hides no other group; else below it, or above it near the chart's
 * bottom, within the chart's width.
 */
export function tooltipPosition(
  layout: GroupedBarsLayout,
  index: number,
  size: { width: number; height: number },
): { left: number; top: number } | null {
  const group = layout.groups[index];
  if (!group) return null;
  const gap = 12;
  const fitsTop = (top: number) => Math.max(0, Math.min(top, layout.height - size.height));
  const rtl = layout.dir === 'rtl';
  const beside = rtl ? group.right - gap - size.width : group.right + gap;
  if (beside >= 0 && beside + size.width <= layout.width) {
    return { left: beside, top: fitsTop(group.top + group.height / 2 - size.height / 2) };
  }
  const start = rtl ? layout.zeroX - 8 - size.width : layout.zeroX + 8;
  const left = Math.max(0, Math.min(start, layout.width - size.width));
  const below = group.top + group.height + 2;
  const top = below + size.height > layout.height ? group.top - size.height - 2 : below;
  return { left, top: Math.max(0, top) };
}
