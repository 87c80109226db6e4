// The CMS autoloader, dist/dyn-usage-autoload.js: one script tag in a site's template, and each page
// downloads only the sections it shows. A tag's module (the same per-element module as
// dist/dyn-usage-summary.js, …) is imported when the tag is in the document, at load or added later.
// Tags inside other components' shadow roots are not seen: such pages import the per-element modules.

const MODULES: Readonly<Record<string, () => Promise<unknown>>> = {
  'dyn-usage-summary': () => import('./elements/dyn-usage-summary/define.js'),
  'dyn-usage-geo': () => import('./elements/dyn-usage-geo/define.js'),
  'dyn-usage-sku': () => import('./elements/dyn-usage-sku/define.js'),
  'dyn-subscription-table': () => import('./elements/dyn-subscription-table/define.js'),
  'dyn-usage-distribution': () => import('./elements/dyn-usage-distribution/define.js'),
  'dyn-usage-insights': () => import('./elements/dyn-usage-insights/define.js'),
  'dyn-usage-source': () => import('./elements/dyn-usage-source/define.js'),
  'dyn-usage-report': () => import('./elements/dyn-usage-report/define.js'),
};

const waiting = new Set(Object.keys(MODULES));

function loadTagsIn(root: Element | Document): void {
  for (const tag of waiting) {
    if ((root instanceof Element && root.localName === tag) || root.querySelector(tag)) {
      waiting.delete(tag);
      MODULES[tag]!().catch((error: unknown) => {
        console.error(
          `dyn-usage-kit: the module of <${tag}> could not be loaded (next to dyn-usage-autoload.js)`,
          error,
        );
      });
    }
  }
}

loadTagsIn(document);
if (waiting.size > 0) {
  const observer = new MutationObserver((mutations) => {
    for (const mutation of mutations) {
      for (const node of mutation.addedNodes) if (node instanceof Element) loadTagsIn(node);
    }
    if (waiting.size === 0) observer.disconnect();
  });
  observer.observe(document.documentElement, { childList: true, subtree: true });
}
