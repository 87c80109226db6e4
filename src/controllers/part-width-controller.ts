import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Tracks the content width of the boxes in its host's shadow root that match `selector`, each under the
 * value of its `key` attribute, and re-renders on change: a chart is then drawn for the box it sits in,
 * whatever the grid, gaps or a page's `::part()` padding made of it, rather than for a width worked out
 * from the host's (at 700 and 900 px that guess drew sparklines for another column count).
 */
export class PartWidthController implements ReactiveController {
  private readonly host: ReactiveControllerHost & { renderRoot: ParentNode };
  private readonly options: { selector: string; key: string };
  private readonly widths = new Map<string, number>();
  private readonly observed = new Set<Element>();
  private observer: ResizeObserver | null = null;
  private frame = 0;

  constructor(
    host: ReactiveControllerHost & { renderRoot: ParentNode },
    options: { selector: string; key: string },
  ) {
    (this.host = host).addController(this);
    this.options = options;
  }

  /** The box's content width in whole CSS pixels; `undefined` until it has been laid out. */
  width(key: string): number | undefined {
    return this.widths.get(key);
  }

  hostConnected(): void {
    this.observer = new ResizeObserver((entries) => {
      let changed = false;
      for (const entry of entries) {
        const key = entry.target.getAttribute(this.options.key);
        // Whole pixels (sub-pixel jitter would redraw for nothing); 0 is a box being removed or hidden.
        const width = Math.floor(entry.contentRect.width);
        if (key === null || width === 0 || this.widths.get(key) === width) continue;
        this.widths.set(key, width);
        changed = true;
      }
      // Next frame, as ElementSizeController does: a render inside the callback that changes heights
      // would raise "ResizeObserver loop completed with undelivered notifications".
      if (changed) {
        cancelAnimationFrame(this.frame);
        this.frame = requestAnimationFrame(() => this.host.requestUpdate());
      }
    });
    this.observed.clear();
  }

  hostUpdated(): void {
    const observer = this.observer;
    if (!observer) return;
    const current = new Set(this.host.renderRoot.querySelectorAll(this.options.selector));
    for (const box of this.observed) {
      if (!current.has(box)) {
        observer.unobserve(box);
        this.observed.delete(box);
      }
    }
    for (const box of current) {
      if (!this.observed.has(box)) {
        observer.observe(box);
        this.observed.add(box);
      }
    }
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = null;
    this.observed.clear();
    cancelAnimationFrame(this.frame);
  }
}
