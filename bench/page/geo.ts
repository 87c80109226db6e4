// `<dyn-usage-geo>` zoom: frame intervals while its + / − buttons animate the map (d3-zoom transitions).
import type { UsageReport } from '../../src/core/report.js';
import { connectedElement, whenLoaded } from './element-timing.js';
import { afterNextFrame, median } from './timing.js';

export interface ZoomFrames {
  steps: number;
  frames: number;
  medianFrameMs: number;
  p95FrameMs: number;
  longestFrameMs: number;
  /** Frames that took longer than one and a half 60 Hz frames: each dropped at least one. */
  slowFrames: number;
  /** Long animation frames (over 50 ms) during the steps, with where their time went. */
  longFrames: { durationMs: number; scriptMs: number; renderMs: number }[];
}

/** The fields of Chromium's `long-animation-frame` entries used here (not in TypeScript's DOM types yet). */
interface LongAnimationFrame extends PerformanceEntry {
  renderStart: number;
  scripts: { duration: number }[];
}

/** How long one button zoom animates (MapZoom's 200 ms), plus a margin for the last frames. */
const STEP_MS = 260;

export async function timeZoomFrames(report: UsageReport, container: HTMLElement): Promise<ZoomFrames> {
  const geo = await connectedElement('dyn-usage-geo', container);
  await whenLoaded(geo, () => (geo.report = report));
  await afterNextFrame();
  const zoomIn = geo.shadowRoot?.querySelector<HTMLButtonElement>('button.zoom-in');
  const zoomOut = geo.shadowRoot?.querySelector<HTMLButtonElement>('button.zoom-out');
  if (!zoomIn || !zoomOut) throw new Error('dyn-usage-geo has no zoom buttons');
  // In to 16× and back out: each step a 200 ms transition that only rewrites the zoom layer's transform.
  const buttons = [zoomIn, zoomIn, zoomIn, zoomIn, zoomOut, zoomOut, zoomOut, zoomOut];
  const intervals: number[] = [];
  const longFrames: LongAnimationFrame[] = [];
  const observer = new PerformanceObserver((list) =>
    longFrames.push(...(list.getEntries() as LongAnimationFrame[])),
  );
  const stepsStart = performance.now();
  observer.observe({ type: 'long-animation-frame' });
  for (const button of buttons) intervals.push(...(await framesWhile(() => button.click(), STEP_MS)));
  longFrames.push(...(observer.takeRecords() as LongAnimationFrame[]));
  observer.disconnect();
  geo.remove();
  const sorted = [...intervals].sort((a, b) => a - b);
  return {
    steps: buttons.length,
    frames: intervals.length,
    medianFrameMs: median(intervals),
    p95FrameMs: sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.95))] ?? Number.NaN,
    longestFrameMs: sorted.at(-1) ?? Number.NaN,
    slowFrames: intervals.filter((ms) => ms > 25).length,
    longFrames: longFrames
      .filter((frame) => frame.startTime >= stepsStart)
      .map((frame) => ({
        durationMs: frame.duration,
        scriptMs: frame.scripts.reduce((sum, script) => sum + script.duration, 0),
        renderMs: frame.renderStart ? frame.startTime + frame.duration - frame.renderStart : 0,
      })),
  };
}

/** The intervals between animation frames from `action` until `durationMs` later. */
function framesWhile(action: () => void, durationMs: number): Promise<number[]> {
  return new Promise((resolve) => {
    const stamps: number[] = [];
    const tick = (now: number): void => {
      stamps.push(now);
      if (now - (stamps[0] ?? now) < durationMs) requestAnimationFrame(tick);
      else resolve(stamps.slice(1).map((stamp, i) => stamp - (stamps[i] ?? stamp)));
    };
    requestAnimationFrame((now) => {
      action();
      tick(now);
    });
  });
}
