// A load through an element's `src`: fetch, parse, aggregate and render the way a page would, watching
// the main thread's long tasks. The heap is read from outside the page (CDP), see bench/sections/load.mjs.
// Runs on load.html, whose elements come from the shipped dist/dyn-usage-kit.js, so the load takes the
// path a user's page takes (its parser worker, dist/dyn-usage-worker.js, included).
import { connectedElement, REPORT_TAG, whenLoaded, whenReportLoaded } from './element-timing.js';
import type { ElementTag } from './element-timing.js';
import { afterNextFrame, watchLongTasks } from './timing.js';

export interface SrcLoad {
  loadMs: number;
  longestTaskMs: number;
  longTasks: number;
  /** Main-thread time past 50 ms summed over the long tasks (Lighthouse's "total blocking time"). */
  blockingMs: number;
  /** What the `dyn-usage-load` event says besides the figures (e.g. where it parsed), as JSON. */
  loadDetail: string;
}

/** Loads `url` into a fresh `tag` element and leaves it on the page, holding its data, for the heap reading. */
export async function loadThroughSrc(tag: ElementTag, url: string, container: HTMLElement): Promise<SrcLoad> {
  const element = await connectedElement(tag, container);
  return timedLoad(() => whenLoaded(element, () => (element.src = url)));
}

/**
 * The summary's load where no worker may start (a page whose CSP refuses them): the kit parses on the main
 * thread in short slices. The claim that no slice holds the page past 50 ms is measured here, on a quiet
 * machine, rather than asserted by a browser test that a busy machine stretches.
 */
export async function loadOnMainThread(url: string, container: HTMLElement): Promise<SrcLoad> {
  const realWorker = window.Worker;
  window.Worker = class {
    constructor() {
      throw new DOMException('Refused to create a worker: Content Security Policy (bench)', 'SecurityError');
    }
  } as unknown as typeof Worker;
  try {
    return await loadThroughSrc('dyn-usage-summary', url, container);
  } finally {
    window.Worker = realWorker;
  }
}

/**
 * The same load through a shared `<dyn-usage-source>` (issue 8: it parses in a module worker where the page
 * allows one) and a `<dyn-usage-summary source=…>` showing it; timed until the summary is painted.
 */
export async function loadThroughSource(url: string, container: HTMLElement): Promise<SrcLoad> {
  const source = document.createElement('dyn-usage-source');
  source.id = 'bench-source';
  container.replaceChildren(source);
  const summary = await connectedElement('dyn-usage-summary', container, false);
  summary.setAttribute('source', source.id);
  await afterNextFrame();
  let sourceDetail: Record<string, unknown> = {};
  source.addEventListener('dyn-usage-load', (event) => (sourceDetail = (event as CustomEvent).detail ?? {}), {
    once: true,
  });
  return timedLoad(async () => {
    await whenLoaded(summary, () => (source.src = url));
    return sourceDetail;
  });
}

/**
 * The whole report loading the export by its own `src`, as a page with `<dyn-usage-report src>` in its
 * HTML does: the window starts before the tag is connected, so making its filter bar and five sections
 * counts too. Timed until the five sections and the filter bar are rendered with the data, and that frame
 * is painted. The source's load event says where it parsed (in a worker where the page allows one).
 */
export async function loadReportThroughSrc(url: string, container: HTMLElement): Promise<SrcLoad> {
  container.replaceChildren();
  return timedLoad(async () => {
    const report = document.createElement(REPORT_TAG);
    // Runs must not share a view through the URL hash; nor would a page with one report on it care.
    report.noHash = true;
    report.src = url;
    container.append(report);
    await report.updateComplete;
    // Its sections exist now, and have nothing loaded yet: a 100 MB export takes longer than a task.
    return whenReportLoaded(report, () => undefined);
  });
}

/**
 * The same file fetched into an ArrayBuffer and nothing else: the network's part of a load, the yardstick
 * of "load hidden behind the network" (issue 20). Same page kind, same server, same run as the loads.
 */
export async function fetchOnly(url: string): Promise<{ fetchMs: number; bytes: number }> {
  const start = performance.now();
  const buffer = await (await fetch(url, { cache: 'no-store' })).arrayBuffer();
  return { fetchMs: performance.now() - start, bytes: buffer.byteLength };
}

/** Times `load` (which resolves with the load event's detail once loaded) to the next painted frame. */
async function timedLoad(load: () => Promise<Record<string, unknown>>): Promise<SrcLoad> {
  const { value, longestMs, count, blockingMs } = await watchLongTasks(async () => {
    const start = performance.now();
    const detail = await load();
    await afterNextFrame();
    return { ms: performance.now() - start, detail };
  });
  return {
    loadMs: value.ms,
    longestTaskMs: longestMs,
    longTasks: count,
    blockingMs,
    loadDetail: brief(value.detail),
  };
}

/** A load event's detail without the figures and the skipped rows (beside the point here), as JSON. */
function brief(detail: Record<string, unknown>): string {
  const rest = { ...detail };
  const input = rest.input as { rows?: number; skippedCount?: number } | undefined;
  delete rest.section;
  rest.input = { rows: input?.rows, skippedCount: input?.skippedCount };
  return JSON.stringify(rest);
}
