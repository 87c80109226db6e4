// Time from data ready (a report document in hand) to the first frame with the section drawn.
import type { UsageReport } from '../../src/core/report.js';
import '../../src/elements/dyn-subscription-table/define.js';
import '../../src/elements/dyn-usage-distribution/define.js';
import '../../src/elements/dyn-usage-geo/define.js';
import '../../src/elements/dyn-usage-report/define.js';
import '../../src/elements/dyn-usage-sku/define.js';
import '../../src/elements/dyn-usage-summary/define.js';
import {
  connectedElement,
  DRAWN,
  REPORT_TAG,
  reportSections,
  whenLoaded,
  whenReportLoaded,
} from './element-timing.js';
import type { ElementTag, ReportTag } from './element-timing.js';
import { collectGarbage, frameAndPaint } from './timing.js';

export type { ElementTag } from './element-timing.js';
/** A section element, or the whole report. */
export type RenderTag = ElementTag | ReportTag;

export interface RenderTiming {
  /** To the first animation frame after `updateComplete` (before that frame's layout and paint). */
  toFrameMs: number;
  /** To the end of that frame: layout and paint of the new section included. */
  toPaintedMs: number;
  drawn: boolean;
}

export function timeFirstRender(
  tag: RenderTag,
  report: UsageReport,
  container: HTMLElement,
): Promise<RenderTiming> {
  return tag === REPORT_TAG ? timeReport(report, container) : timeSection(tag, report, container);
}

async function timeSection(
  tag: ElementTag,
  report: UsageReport,
  container: HTMLElement,
): Promise<RenderTiming> {
  const element = await connectedElement(tag, container);
  return timed(
    () => whenLoaded(element, () => (element.report = report)),
    () => isDrawn(element, tag),
    element,
  );
}

/**
 * The whole report given the same report document as a section gets: its `report` property, which its
 * inner `<dyn-usage-source>` hands to the five sections as is (the cheapest input it takes; `records` and
 * `src` would parse and aggregate, which is not "data ready"). Timed until every section and the filter
 * bar have rendered, then to that frame's paint. `no-hash`: no run reads or writes the page's URL.
 */
async function timeReport(report: UsageReport, container: HTMLElement): Promise<RenderTiming> {
  const element = await connectedElement(REPORT_TAG, container);
  element.noHash = true;
  await element.updateComplete;
  return timed(
    () => whenReportLoaded(element, () => (element.report = report)),
    () => reportSections(element).every((section) => isDrawn(section, section.localName as ElementTag)),
    element,
  );
}

/** Times `load` to the next frame and to its paint, checks `drawn`, then takes `element` off the page. */
async function timed(
  load: () => Promise<unknown>,
  drawn: () => boolean,
  element: Element,
): Promise<RenderTiming> {
  // The page holds reports of a million rows: a major GC of that heap inside a timing would be noise.
  collectGarbage();
  const start = performance.now();
  await load();
  const { frameAt, paintedAt } = await frameAndPaint();
  const timing = { toFrameMs: frameAt - start, toPaintedMs: paintedAt - start, drawn: drawn() };
  element.remove();
  return timing;
}

function isDrawn(element: Element, tag: ElementTag): boolean {
  return element.shadowRoot?.querySelector(DRAWN[tag]) != null;
}
