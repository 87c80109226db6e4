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

/**
 * A fresh element in `container` (alone, unless `alone` is false), connected and sized (its
 * ResizeObserver has run), with no data yet.
 */
export async function connectedElement(
  tag: ElementTag,
  container: HTMLElement,
  alone = true,
): Promise<HTMLElementTagNameMap[ElementTag]> {
  const element = document.createElement(tag);
  if (alone) container.replaceChildren(element);
  else container.append(element);
  await afterNextFrame();
  return element;
}

/**
 * Resolves once the element has loaded its data and rendered it (`dyn-usage-load`, then `updateComplete`),
 * with the load event's detail.
 */
export async function whenLoaded(
  element: HTMLElementTagNameMap[ElementTag],
  start: () => void,
): Promise<Record<string, unknown>> {
  const loaded = new Promise<Record<string, unknown>>((resolve, reject) => {
    element.addEventListener('dyn-usage-load', (event) => resolve((event as CustomEvent).detail ?? {}), {
      once: true,
    });
    element.addEventListener(
      'dyn-usage-error',
      (event) => reject(new Error(JSON.stringify((event as CustomEvent).detail))),
      {
        once: true,
      },
    );
  });
  start();
  const detail = await loaded;
  await element.updateComplete;
  return detail;
}
