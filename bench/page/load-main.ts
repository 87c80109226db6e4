// The load page's entry (load.html): the elements come from dist/dyn-usage-kit.js, loaded before this.
import type { ElementTag } from './element-timing.js';
import {
  fetchOnly,
  loadOnMainThread,
  loadReportThroughSrc,
  loadThroughSource,
  loadThroughSrc,
} from './load-src.js';

const container = document.querySelector<HTMLElement>('#stage') ?? document.body;

const dynBenchLoad = {
  loadThroughSrc: (tag: ElementTag, url: string) => loadThroughSrc(tag, url, container),
  loadThroughSource: (url: string) => loadThroughSource(url, container),
  loadOnMainThread: (url: string) => loadOnMainThread(url, container),
  loadReportThroughSrc: (url: string) => loadReportThroughSrc(url, container),
  fetchOnly: (url: string) => fetchOnly(url),
};

declare global {
  interface Window {
    dynBenchLoad: typeof dynBenchLoad;
  }
}
window.dynBenchLoad = dynBenchLoad;
