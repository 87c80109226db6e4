import type { Box } from './tooltip-placement.js';

/**
 * Where a chart's tooltip of `size` goes beside the month at `x`, its top level with `top` (the plot's top),
 * inside `area` (the chart's card, in the same coordinates): `gap` px to the right of the month, or to its
 * left where the right has less room than the left (or not enough); kept inside the area either way. A
 * tooltip that would run below the area moves up until its bottom meets the area's, and no higher than the
 * area's top (a tall one, with notes of unusual months, on a narrow chart).
 */
export function placePointTooltip(
  x: number,
  top: number,
  size: { width: number; height: number },
  area: Box,
  gap = 12,
): { x: number; y: number } {
  const clamp = (value: number, low: number, high: number) =>
    Math.max(low, Math.min(Math.max(low, high), value));
  const roomRight = area.right - x - gap - size.width;
  const roomLeft = x - gap - size.width - area.left;
  const right = roomRight >= 0 || roomRight >= roomLeft;
  const left = right ? x + gap : x - gap - size.width;
  return {
    x: clamp(left, area.left, area.right - size.width),
    y: clamp(top, area.top, area.bottom - size.height),
  };
}
