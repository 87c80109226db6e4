import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Tracks the content width of its host with a ResizeObserver and re-renders on change, so charts fit
 * their own container (not the window). A host first rendered hidden has width 0 and draws when shown.
 */
export class ElementSizeController implements ReactiveController {
  /** Content-box width in CSS pixels; 0 while hidden or not yet measured. */
  width = 0;
  private readonly host: ReactiveControllerHost & Element;
  private observer: ResizeObserver | null = null;
  private frame = 0;

  constructor(host: ReactiveControllerHost & Element) {
    (this.host = host).addController(this);
  }

  hostConnected(): void {
    this.observer = new ResizeObserver((entries) => {
      const entry = entries[entries.length - 1];
      // Whole pixels: sub-pixel jitter would redraw charts for nothing.
      const width = Math.floor(entry?.contentRect.width ?? 0);
      if (width !== this.width) {
        this.width = width;
        // Render in the next frame, not inside the observer's callback: a render that changes the host's
        // height there would need a second notification in the same frame ("ResizeObserver loop
        // completed with undelivered notifications", an error event that fails tests).
        cancelAnimationFrame(this.frame);
        this.frame = requestAnimationFrame(() => this.host.requestUpdate());
      }
    });
    this.observer.observe(this.host);
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = null;
    cancelAnimationFrame(this.frame);
  }
}
