import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Point, ProjectedWorld } from '../../charts/geo-projection.js';

export interface MapTooltipHost extends ReactiveControllerHost {
  readonly renderRoot: HTMLElement | DocumentFragment;
}

/** What the tooltip needs to find a country's centre on screen. */
export interface MapTooltipView {
  world: ProjectedWorld | null;
  transform: { k: number; x: number; y: number };
  /** Centres of countries drawn as markers. */
  markerPoint(code: string): Point | undefined;
}

/**
 * Which country the map's tooltip shows, and where: at the pointer on hover, or at the country's centre
 * in the current zoom when its grid row has keyboard focus. Moving it only writes two custom properties
 * (CSSOM, allowed under a strict CSP), so hovering and zooming never re-render the map.
 */
export class MapTooltip implements ReactiveController {
  /** The country shown, or null for none. */
  code: string | null = null;
  private anchor: Point | 'country' = 'country';

  constructor(
    private readonly host: MapTooltipHost,
    private readonly view: () => MapTooltipView,
  ) {
    host.addController(this);
  }

  /** Shows `code` (null hides) at a point in the map's box, or at the country's centre. */
  show(code: string | null, anchor: Point | 'country'): void {
    this.anchor = anchor;
    if (code === this.code) this.place();
    else {
      this.code = code;
      this.host.requestUpdate();
    }
  }

  onPointerMove(event: PointerEvent): void {
    const box = this.host.renderRoot.querySelector('.map-wrap')?.getBoundingClientRect();
    if (!box) return;
    const code = (event.target as Element).getAttribute('data-code');
    this.show(code || null, [event.clientX - box.left, event.clientY - box.top]);
  }

  hostUpdated(): void {
    this.place();
  }

  /** Moves the tooltip to its anchor, kept inside the map's width. */
  place(): void {
    const root = this.host.renderRoot;
    const tip = root.querySelector<HTMLElement>('.tooltip');
    const svg = root.querySelector<SVGSVGElement>('svg.map');
    const { world, transform, markerPoint } = this.view();
    if (!tip || !svg || !world || !this.code) return;
    const { width, height } = svg.getBoundingClientRect();
    let point = this.anchor === 'country' ? null : this.anchor;
    if (!point) {
      const center = world.focus(this.code)?.center ?? markerPoint(this.code);
      if (!center) return;
      const { k, x, y } = transform;
      const ratio = width / world.width;
      point = [(x + k * center[0]) * ratio, (y + k * center[1]) * ratio];
    }
    const half = tip.offsetWidth / 2;
    const y = Math.max(0, Math.min(height, point[1]));
    tip.style.setProperty('--tip-x', `${Math.max(half, Math.min(width - half, point[0]))}px`);
    tip.style.setProperty('--tip-y', `${y}px`);
    // Near the top (or for a country zoomed out of view above) there is no room above: show it below.
    tip.style.setProperty('--tip-shift', y < tip.offsetHeight + 12 ? '12px' : 'calc(-100% - 10px)');
  }
}
