// Time from data ready (a report document in hand) to the first frame with the section drawn.
import type { UsageReport } from '../../src/core/report.js';
import '../../src/elements/dyn-subscription-table/define.js';
import '../../src/elements/dyn-usage-distribution/define.js';
import '../../src/elements/dyn-usage-geo/define.js';
import '../../src/elements/dyn-usage-sku/define.js';
import '../../src/elements/dyn-usage-summary/define.js';
import { connectedElement, DRAWN, whenLoaded } from './element-timing.js';
import type { ElementTag } from './element-timing.js';
import { collectGarbage, frameAndPaint } from './timing.js';

export type { ElementTag } from './element-timing.js';

export interface RenderTiming {
  /** To the first animation frame after `updateComplete` (before that frame's layout and paint). */
  toFrameMs: number;
  /** To the end of that frame: layout and paint of the new section included. */
  toPaintedMs: number;
  drawn: boolean;
}

export async function timeFirstRender(
  tag: ElementTag,
  report: UsageReport,
  container: HTMLElement,
): Promise<RenderTiming> {
  const element = await connectedElement(tag, container);
  // The page holds reports of a million rows: a major GC of that heap inside a timing would be noise.
  collectGarbage();
  const start = performance.now();
  await whenLoaded(element, () => (element.report = report));
  const { frameAt, paintedAt } = await frameAndPaint();
  const toFrameMs = frameAt - start;
  const toPaintedMs = paintedAt - start;
  const drawn = element.shadowRoot?.querySelector(DRAWN[tag]) != null;
  element.remove();
  return { toFrameMs, toPaintedMs, drawn };
}
