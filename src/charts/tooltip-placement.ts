/** A box in some container's coordinates (CSS pixels, y down). */
export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export type TooltipSide = 'end' | 'start' | 'below' | 'above';

export interface TooltipPlacement {
  /** The tooltip's top-left corner. */
  x: number;
  y: number;
  side: TooltipSide;
  /** False when no side had room: the tooltip then sits where it covers the least. */
  clear: boolean;
}

/**
 * Where a tooltip `size` goes in an `area` (0, 0 to width, height) so that it does not cover `target`, the
 * box of what it describes: beside it on the reading side (`end`, right in left-to-right), else the other
 * side, else below, else above, `gap` pixels away and centred on the target along that edge as far as the
 * area allows. When no side has room (a country that fills the zoomed map), the side with the most room,
 * kept inside the area.
 */
export function placeTooltip(
  target: Box,
  size: { width: number; height: number },
  area: { width: number; height: number },
  options: { gap?: number; rtl?: boolean } = {},
): TooltipPlacement {
  const gap = options.gap ?? 8;
  const { width, height } = size;
  const clamp = (value: number, max: number) => Math.max(0, Math.min(max, value));
  const midX = clamp((target.left + target.right) / 2 - width / 2, area.width - width);
  const midY = clamp((target.top + target.bottom) / 2 - height / 2, area.height - height);
  const room: Record<TooltipSide, number> = {
    end: options.rtl ? target.left - gap - width : area.width - target.right - gap - width,
    start: options.rtl ? area.width - target.right - gap - width : target.left - gap - width,
    below: area.height - target.bottom - gap - height,
    above: target.top - gap - height,
  };
  const at = (side: TooltipSide, clear: boolean): TooltipPlacement => {
    const right = (side === 'end') !== Boolean(options.rtl);
    if (side === 'end' || side === 'start') {
      const x = right ? target.right + gap : target.left - gap - width;
      return { x: clamp(x, area.width - width), y: midY, side, clear };
    }
    const y = side === 'below' ? target.bottom + gap : target.top - gap - height;
    return { x: midX, y: clamp(y, area.height - height), side, clear };
  };
  const order: TooltipSide[] = ['end', 'start', 'below', 'above'];
  const fits = order.find((side) => room[side] >= 0);
  if (fits) return at(fits, true);
  const roomiest = order.reduce((best, side) => (room[side] > room[best] ? side : best));
  return at(roomiest, false);
}
