import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * About the widest a section is on paper: A4 is 718 px wide between Chromium's default margins (Letter
 * 740), less a page's own margin. Charts drawn for a 1,200 px screen and scaled to paper printed their
 * 11 px labels at 6 px; drawn for this width they print at 10 px or more.
 */
export const PAPER_WIDTH = 680;

/**
 * Tracks the content width of its host with a ResizeObserver and re-renders on change, so charts fit
 * their own container (not the window). A host first rendered hidden has width 0 and draws when shown.
 * While the page prints (`beforeprint` to `afterprint`) the width is at most `PAPER_WIDTH`, so charts
 * are drawn for the paper rather than scaled down to it.
 */
export class ElementSizeController implements ReactiveController {
  /** Content-box width in CSS pixels; 0 while hidden or not yet measured. */
  width = 0;
  private readonly host: ReactiveControllerHost & Element;
  private observer: ResizeObserver | null = null;
  private frame = 0;
  /** The screen's width while the page prints, to go back to afterwards; 0 when not printing. */
  private screenWidth = 0;

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
    addEventListener('beforeprint', this.beforePrint);
    addEventListener('afterprint', this.afterPrint);
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = null;
    cancelAnimationFrame(this.frame);
    removeEventListener('beforeprint', this.beforePrint);
    removeEventListener('afterprint', this.afterPrint);
  }

  // The host renders in this task's microtasks, before the browser lays the page out for paper.
  private readonly beforePrint = (): void => {
    if (this.width <= PAPER_WIDTH) return;
    this.screenWidth = this.width;
    this.width = PAPER_WIDTH;
    this.host.requestUpdate();
  };

  private readonly afterPrint = (): void => {
    if (!this.screenWidth) return;
    this.width = this.screenWidth;
    this.screenWidth = 0;
    this.host.requestUpdate();
  };
}
