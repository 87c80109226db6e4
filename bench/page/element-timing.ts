// Putting an element on the page and waiting for its data, shared by the measurements. It imports no
// element: the bench page registers them from src/, the load page from dist/dyn-usage-kit.js.
import { afterNextFrame } from './timing.js';

/** Each element and what is in its shadow root once its section is drawn. */
export const DRAWN = {
  'dyn-usage-summary': '.tiles .tile',
  'dyn-usage-geo': 'svg.map path.country',
  'dyn-usage-sku': 'svg[data-export]',
  'dyn-subscription-table': 'table tbody tr',
  'dyn-usage-distribution': 'svg[data-export]',
} as const;
export type ElementTag = keyof typeof DRAWN;

/** The whole report in one tag: a filter bar above the five sections, on a `<dyn-usage-source>` of its own. */
export const REPORT_TAG = 'dyn-usage-report';
export type ReportTag = typeof REPORT_TAG;
/** The report's filter bar, in its own shadow root: rendered once the source has read the data. */
const REPORT_FILTER_BAR = 'form[part="filters"]';

/**
 * A fresh element in `container` (alone, unless `alone` is false), connected and sized (its
 * ResizeObserver has run), with no data yet.
 */
export async function connectedElement<T extends ElementTag | ReportTag>(
  tag: T,
  container: HTMLElement,
  alone = true,
): Promise<HTMLElementTagNameMap[T]> {
  const element = document.createElement(tag);
  if (alone) container.replaceChildren(element);
  else container.append(element);
  await afterNextFrame();
  return element;
}

/** The detail of `element`'s next `dyn-usage-load` event; rejects on its `dyn-usage-error`. */
function nextLoad(element: Element): Promise<Record<string, unknown>> {
  return new Promise((resolve, reject) => {
    element.addEventListener('dyn-usage-load', (event) => resolve((event as CustomEvent).detail ?? {}), {
      once: true,
    });
    element.addEventListener(
      'dyn-usage-error',
      (event) => reject(new Error(JSON.stringify((event as CustomEvent).detail))),
      { once: true },
    );
  });
}

/**
 * Resolves once the element has loaded its data and rendered it (`dyn-usage-load`, then `updateComplete`),
 * with the load event's detail.
 */
export async function whenLoaded(
  element: HTMLElementTagNameMap[ElementTag],
  start: () => void,
): Promise<Record<string, unknown>> {
  const loaded = nextLoad(element);
  start();
  const detail = await loaded;
  await element.updateComplete;
  return detail;
}

/** The five sections inside a report element's shadow root (there after its first render). */
export function reportSections(
  report: HTMLElementTagNameMap[ReportTag],
): HTMLElementTagNameMap[ElementTag][] {
  return (Object.keys(DRAWN) as ElementTag[]).map((tag) => {
    const section = report.renderRoot.querySelector(tag);
    if (!section) throw new Error(`<${REPORT_TAG}> has no <${tag}> yet`);
    return section;
  });
}

/**
 * Resolves once a report element has loaded its data and every part of it has rendered it: each of the
 * five sections has fired `dyn-usage-load` and finished its update, and the report has rendered its filter
 * bar (which it builds from the source's data). Resolves with the inner source's load detail (where the
 * export was parsed). The report must be connected and rendered once, so the sections exist to listen to.
 */
export async function whenReportLoaded(
  report: HTMLElementTagNameMap[ReportTag],
  start: () => void,
): Promise<Record<string, unknown>> {
  const source = report.renderRoot.querySelector('dyn-usage-source');
  if (!source) throw new Error(`<${REPORT_TAG}> has no <dyn-usage-source> yet`);
  const sections = reportSections(report);
  const loads = Promise.all([nextLoad(source), ...sections.map(nextLoad)]);
  start();
  const [detail = {}] = await loads;
  await Promise.all(sections.map((section) => section.updateComplete));
  await untilRendered(report, REPORT_FILTER_BAR);
  return detail;
}

/**
 * Waits for `selector` in the report's shadow root. The report sets its filter bar's data after the
 * source's promise settles, usually before the sections are done; should it come later, this waits for
 * it task by task (the wait is then part of what is timed, as it would be for a user).
 */
async function untilRendered(report: HTMLElementTagNameMap[ReportTag], selector: string): Promise<void> {
  const giveUpAt = performance.now() + 10_000;
  for (;;) {
    await report.updateComplete;
    if (report.renderRoot.querySelector(selector)) return;
    if (performance.now() > giveUpAt) throw new Error(`<${REPORT_TAG}> never rendered ${selector}`);
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
}
