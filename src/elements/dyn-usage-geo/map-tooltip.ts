import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Point, ProjectedWorld } from '../../charts/geo-projection.js';
import { markerRadius } from '../../charts/marker-radius.js';
import { placeTooltip } from '../../charts/tooltip-placement.js';
import type { Box } from '../../charts/tooltip-placement.js';

export interface MapTooltipHost extends ReactiveControllerHost {
  readonly renderRoot: HTMLElement | DocumentFragment;
}

/** What the tooltip needs to find a country on screen. */
export interface MapTooltipView {
  world: ProjectedWorld | null;
  transform: { k: number; x: number; y: number };
  /** Centres of countries drawn as markers. */
  markerPoint(code: string): Point | undefined;
  /** The selected country: when the host changes it, a tooltip for another country goes. */
  selected: string | null;
  /** Right to left, the tooltip prefers the left of what it describes. */
  rtl: boolean;
}

/**
 * Which country the map's tooltip shows, and where: beside the country's shape as it is on screen (its
 * largest piece, in the current zoom), never over it, flipping at the map's edges (placeTooltip), whether
 * the pointer is on the shape or its grid row has keyboard focus. Moving it only writes two custom
 * properties (CSSOM, allowed under a strict CSP), so hovering and zooming never re-render the map.
 */
export class MapTooltip implements ReactiveController {
  /** The country shown, or null for none. */
  code: string | null = null;
  private anchor: Point | 'country' = 'country';
  private selected: string | null = null;

  constructor(
    private readonly host: MapTooltipHost,
    private readonly view: () => MapTooltipView,
  ) {
    host.addController(this);
  }

  /** Shows `code` (null hides); `anchor`, the pointer in the map's box, is used for a country not on the map. */
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

  /** A selection the host made (not the hovered or focused country's own) leaves no tooltip behind. */
  hostUpdate(): void {
    const { selected } = this.view();
    if (selected === this.selected) return;
    this.selected = selected;
    if (this.code !== null && this.code !== selected) this.code = null;
  }

  hostUpdated(): void {
    this.place();
  }

  /** Moves the tooltip beside its country's box on screen, inside the map. */
  place(): void {
    const root = this.host.renderRoot;
    const tip = root.querySelector<HTMLElement>('.tooltip');
    const svg = root.querySelector<SVGSVGElement>('svg.map');
    const view = this.view();
    if (!tip || !svg || !view.world || !this.code) return;
    const { width, height } = svg.getBoundingClientRect();
    const target = this.targetBox(view, width) ?? this.pointerBox();
    if (!target) return;
    const size = { width: tip.offsetWidth, height: tip.offsetHeight };
    const { x, y } = placeTooltip(target, size, { width, height }, { rtl: view.rtl });
    tip.style.setProperty('--tip-x', `${x}px`);
    tip.style.setProperty('--tip-y', `${y}px`);
  }

  /** The shown country's box in the map's CSS pixels: its largest piece, or its marker. */
  private targetBox({ world, transform, markerPoint }: MapTooltipView, width: number): Box | null {
    if (!world || !this.code) return null;
    const { k, x, y } = transform;
    const ratio = width / world.width;
    const screen = ([px, py]: Point): Point => [(x + k * px) * ratio, (y + k * py) * ratio];
    const bounds = world.focus(this.code)?.bounds;
    if (bounds) {
      const [left, top] = screen(bounds[0]);
      const [right, bottom] = screen(bounds[1]);
      return { left, top, right, bottom };
    }
    const point = markerPoint(this.code);
    if (!point) return null;
    const [cx, cy] = screen(point);
    const r = markerRadius(width) + 2; // the marker's stroke and a hover ring
    return { left: cx - r, top: cy - r, right: cx + r, bottom: cy + r };
  }

  private pointerBox(): Box | null {
    if (this.anchor === 'country') return null;
    const [px, py] = this.anchor;
    return { left: px, top: py, right: px, bottom: py };
  }
}
