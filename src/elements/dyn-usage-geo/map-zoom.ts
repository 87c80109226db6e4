import { select } from 'd3-selection';
import 'd3-transition';
import { zoom, zoomIdentity } from 'd3-zoom';
import type { D3ZoomEvent, ZoomBehavior, ZoomTransform } from 'd3-zoom';
import { markerRadius } from '../../charts/marker-radius.js';

/** How far the map zooms in: a city-state such as Singapore needs about this much to be seen. */
export const MAX_ZOOM = 16;
const STEP = 2;
const PAN = 80;

type Extent = [[number, number], [number, number]];

/**
 * d3-zoom on a map `<svg>` whose `g.zoom-layer` holds the shapes. Every zoom event only writes that
 * group's `transform` (and `--zoom-k`, which keeps markers the same size on screen), so the paths are
 * never recomputed while zooming. Lit renders the SVG; this class only owns the transform.
 */
export class MapZoom {
  /** The current transform (identity: the first view). */
  transform: ZoomTransform = zoomIdentity;
  private readonly behavior: ZoomBehavior<SVGSVGElement, unknown>;
  private svg: SVGSVGElement | null = null;
  private extent: Extent = [
    [0, 0],
    [0, 0],
  ];
  /** Where a running button or key animation ends, so quick presses add up instead of restarting midway. */
  private target: ZoomTransform | null = null;
  /** CSS pixels per map unit. */
  private scale = 1;

  constructor(private readonly onZoom: (transform: ZoomTransform) => void) {
    this.behavior = zoom<SVGSVGElement, unknown>()
      .scaleExtent([1, MAX_ZOOM])
      .filter((event: WheelEvent | MouseEvent) => {
        // d3's default filter, except that the wheel scrolls the page when the map cannot zoom out further.
        if (event.type === 'wheel') return !((event as WheelEvent).deltaY > 0 && this.transform.k <= 1);
        return !event.ctrlKey && !event.button;
      })
      .on('zoom', (event: D3ZoomEvent<SVGSVGElement, unknown>) => this.apply(event));
  }

  /**
   * Binds to the rendered map, whose `viewBox` is `width` × `height` map units drawn `scale` CSS pixels per
   * unit. A new SVG element gets the behaviour and the current view again; a new scale (a resize) keeps the
   * view, since map units do not change. Returns whether it bound anew.
   */
  attach(svg: SVGSVGElement, width: number, height: number, scale: number): boolean {
    const [, [oldWidth, oldHeight]] = this.extent;
    const same = svg === this.svg && width === oldWidth && height === oldHeight;
    this.scale = scale;
    // CSSOM, not a style attribute (strict CSP): small territories' dots in proportion to a narrow map.
    svg.style.setProperty('--marker-r', `${markerRadius(width * scale)}px`);
    if (same) {
      this.layer()?.style.setProperty('--zoom-k', String(this.transform.k * scale));
      return false;
    }
    const reshaped = this.svg !== null && (width !== oldWidth || height !== oldHeight);
    this.svg = svg;
    this.extent = [
      [0, 0],
      [width, height],
    ];
    this.behavior.extent(this.extent).translateExtent(this.extent);
    select(svg).call(this.behavior);
    this.target = null;
    // Another atlas may have another height: an old transform could then point off the map.
    this.behavior.transform(select(svg), reshaped ? zoomIdentity : this.transform);
    return true;
  }

  /** Zooms about the centre of the view. */
  zoomBy(factor: number): void {
    const base = this.target ?? this.transform;
    const [, [width, height]] = this.extent;
    const [cx, cy] = base.invert([width / 2, height / 2]);
    const k = Math.max(1, Math.min(MAX_ZOOM, base.k * factor));
    this.go(zoomIdentity.translate(width / 2 - k * cx, height / 2 - k * cy).scale(k), 200);
  }

  /** Pans by CSS pixels. */
  panBy(dx: number, dy: number): void {
    const base = this.target ?? this.transform;
    this.go(base.translate(dx / (base.k * this.scale), dy / (base.k * this.scale)), 150);
  }

  /** Back to the first view, animated. */
  reset(): void {
    this.go(zoomIdentity, 600);
  }

  zoomTo(view: { k: number; x: number; y: number }, duration = 750): void {
    this.go(zoomIdentity.translate(view.x, view.y).scale(view.k), duration);
  }

  /** Keyboard zoom and pan of the focused map: + / − zoom, arrows pan, 0 or Home goes back to the first view. */
  onKeydown(event: KeyboardEvent): void {
    const actions: Record<string, () => void> = {
      '+': () => this.zoomBy(STEP),
      '=': () => this.zoomBy(STEP),
      '-': () => this.zoomBy(1 / STEP),
      _: () => this.zoomBy(1 / STEP),
      '0': () => this.reset(),
      Home: () => this.reset(),
      ArrowLeft: () => this.panBy(PAN, 0),
      ArrowRight: () => this.panBy(-PAN, 0),
      ArrowUp: () => this.panBy(0, PAN),
      ArrowDown: () => this.panBy(0, -PAN),
    };
    const action = actions[event.key];
    if (!action || event.altKey || event.ctrlKey || event.metaKey) return;
    event.preventDefault();
    action();
  }

  private go(next: ZoomTransform, duration: number): void {
    if (!this.svg) return;
    const target = this.behavior.constrain()(next, this.extent, this.extent);
    this.target = target;
    const reduce = matchMedia('(prefers-reduced-motion: reduce)').matches;
    const transition = select(this.svg)
      .transition()
      .duration(reduce ? 0 : duration)
      .on('end', () => {
        if (this.target === target) this.target = null;
      });
    this.behavior.transform(transition, target);
  }

  private apply(event: D3ZoomEvent<SVGSVGElement, unknown>): void {
    if (event.sourceEvent) this.target = null; // the wheel or a drag took over
    this.transform = event.transform;
    const layer = this.layer();
    if (layer) {
      layer.setAttribute('transform', event.transform.toString());
      // Screen pixels per map unit, which the CSS divides marker radii by.
      layer.style.setProperty('--zoom-k', String(event.transform.k * this.scale));
    }
    this.onZoom(event.transform);
  }

  private layer(): SVGGElement | null {
    return this.svg?.querySelector<SVGGElement>('g.zoom-layer') ?? null;
  }
}
