import { UsageLoadError } from './usage-load-error.js';
import { UsageLoad } from './usage-load.js';

const SOURCE_TAG = 'dyn-usage-source';
/** A `<dyn-usage-source>` dispatches this on its root (document or shadow root) when it connects. */
export const SOURCE_CONNECT_EVENT = 'dyn-usage-source-connect';
/** How long after the page could have defined and added a source a missing one is an error. */
const GRACE_MS = 1000;

/** What a section needs of a `<dyn-usage-source>`: its current load. */
export interface UsageSourceElement extends Element {
  readonly usageLoad: UsageLoad | null;
  /** Reads the source's input again after its load failed; optional for sources made before retries. */
  retry?(): void;
}

/**
 * Finds a section's `<dyn-usage-source>` by id in the section's document or shadow root, and calls
 * `onChange` when that source starts a new load or one with the id appears. An id that names no source
 * once the page has had its chance to define and add one (the element defined, or the page loaded, plus
 * a grace) is an error naming the id, not a spinner.
 */
export class SourceLink {
  private watched: Element | null = null;
  private root: Node | null = null;
  private wait: { id: string; root: Node; load: UsageLoad; release: () => void } | null = null;

  constructor(
    private readonly host: Element,
    private readonly onChange: () => void,
  ) {}

  /** The load of the source named `id`; while there is none, one that fails after the grace. */
  resolve(id: string): UsageLoad | null {
    const root = this.host.getRootNode() as Document | ShadowRoot;
    const element = typeof root.getElementById === 'function' ? root.getElementById(id) : null;
    this.watch(element, root);
    if (element && isSource(element)) {
      this.stopWaiting();
      return element.usageLoad;
    }
    if (this.wait?.id !== id || this.wait.root !== root) {
      this.stopWaiting();
      const load = new UsageLoad(async (signal) => {
        await pageSettled(signal);
        const found = root.getElementById(id);
        if (found && isSource(found)) {
          this.onChange();
          return new Promise<never>((_, reject) =>
            signal.addEventListener('abort', () => reject(signal.reason)),
          );
        }
        throw missingSource(id, found, root);
      });
      this.wait = { id, root, load, release: load.retain() };
    }
    return this.wait.load;
  }

  /**
   * Tries again after the load failed: the source named `id` reloads, or, when none was found, the wait
   * for one starts over.
   */
  retry(id: string): void {
    const root = this.host.getRootNode() as Document | ShadowRoot;
    const element = typeof root.getElementById === 'function' ? root.getElementById(id) : null;
    if (element && isSource(element)) element.retry?.();
    else this.stopWaiting();
    this.onChange();
  }

  release(): void {
    this.watch(null, null);
    this.stopWaiting();
  }

  private stopWaiting(): void {
    this.wait?.release();
    this.wait = null;
  }

  private watch(element: Element | null, root: Node | null): void {
    if (element !== this.watched) {
      this.watched?.removeEventListener('dyn-usage-source-change', this.onChange);
      this.watched = element;
      element?.addEventListener('dyn-usage-source-change', this.onChange);
    }
    if (root !== this.root) {
      this.root?.removeEventListener(SOURCE_CONNECT_EVENT, this.onChange);
      this.root = root;
      root?.addEventListener(SOURCE_CONNECT_EVENT, this.onChange);
    }
  }
}

function isSource(element: Element): element is UsageSourceElement {
  return 'usageLoad' in element;
}

/** Once `<dyn-usage-source>` is defined or the page has loaded (whichever comes first), plus the grace. */
async function pageSettled(signal: AbortSignal): Promise<void> {
  const loaded =
    document.readyState === 'complete'
      ? Promise.resolve()
      : new Promise<void>((resolve) => window.addEventListener('load', () => resolve(), { once: true }));
  await Promise.race([customElements.whenDefined(SOURCE_TAG), loaded]);
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(resolve, GRACE_MS);
    signal.addEventListener('abort', () => {
      clearTimeout(timer);
      reject(signal.reason);
    });
  });
}

function missingSource(id: string, found: Element | null, root: Document | ShadowRoot): UsageLoadError {
  const inShadow = root instanceof ShadowRoot;
  const where = inShadow ? 'this shadow root' : 'this document';
  if (!found)
    return new UsageLoadError(`source "${id}" names no <${SOURCE_TAG}> in ${where}`, undefined, {
      code: 'source-missing',
      values: { id },
      ...(inShadow ? { variant: 'shadow-root' } : {}),
    });
  const tag = found.localName;
  return tag === SOURCE_TAG
    ? new UsageLoadError(
        `source "${id}" names a <${SOURCE_TAG}> that is not defined (import dyn-usage-kit/source, or the bundle)`,
        undefined,
        { code: 'source-undefined', values: { id } },
      )
    : new UsageLoadError(`source "${id}" names a <${tag}>, not a <${SOURCE_TAG}>`, undefined, {
        code: 'source-not-source',
        values: { id, tag },
      });
}
