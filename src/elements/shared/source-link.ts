import type { UsageSourceLike } from '../../controllers/usage-data-controller.js';

const SOURCE_TAG = 'dyn-usage-source';

/**
 * Finds a section's `<dyn-usage-source>` by id (in the section's own document or shadow root) and
 * re-renders the section when the source starts a new load or reports progress.
 */
export class SourceLink {
  private readonly host: HTMLElement & { requestUpdate(): void };
  private watched: Element | null = null;
  private readonly onChange = () => this.host.requestUpdate();
  private missing: { id: string; source: UsageSourceLike } | null = null;

  constructor(host: HTMLElement & { requestUpdate(): void }) {
    this.host = host;
  }

  resolve(id: string): UsageSourceLike {
    const root = this.host.getRootNode() as Document | ShadowRoot;
    const element = typeof root.getElementById === 'function' ? root.getElementById(id) : null;
    this.watch(element);
    if (!element) return this.missingSource(id);
    if (isSource(element)) return element;
    // Found but not upgraded yet (its definition loads later): wait for it. The same object each time,
    // so that the section does not start a new load on every update.
    if (this.pending?.element !== element) {
      this.pending = {
        element,
        source: {
          generation: -1,
          progress: null,
          whenLoaded: async () => {
            await customElements.whenDefined(SOURCE_TAG);
            this.host.requestUpdate();
            return isSource(element) ? element.whenLoaded() : null;
          },
        },
      };
    }
    return this.pending.source;
  }

  private pending: { element: Element; source: UsageSourceLike } | null = null;

  release(): void {
    this.watch(null);
  }

  private watch(element: Element | null): void {
    if (element === this.watched) return;
    this.watched?.removeEventListener('dyn-usage-source-change', this.onChange);
    this.watched?.removeEventListener('dyn-usage-source-progress', this.onChange);
    this.watched = element;
    element?.addEventListener('dyn-usage-source-change', this.onChange);
    element?.addEventListener('dyn-usage-source-progress', this.onChange);
  }

  // The same object while the id stays missing, so the section doesn't reload on every update.
  private missingSource(id: string): UsageSourceLike {
    if (this.missing?.id !== id) {
      this.missing = {
        id,
        source: {
          generation: -2,
          progress: null,
          whenLoaded: () =>
            Promise.reject(new Error(`No <${SOURCE_TAG} id="${id}"> found for source="${id}"`)),
        },
      };
    }
    return this.missing.source;
  }
}

function isSource(element: Element): element is Element & UsageSourceLike {
  return 'whenLoaded' in element && typeof (element as Partial<UsageSourceLike>).whenLoaded === 'function';
}
