// The section menu's downloads (CSV, images, the clipboard) load when a reader reaches for the menu, not with
// the section: about a fifth of a section's code that most page views never run.
import type * as SectionDownloads from './section-downloads.js';

type Downloads = typeof SectionDownloads;

let loaded: Downloads | null = null;
let loading: Promise<Downloads> | null = null;

/** Loads the downloads' code once (again after a failure); resolves with it. */
export function loadDownloads(): Promise<Downloads> {
  loading ??= import('./section-downloads.js').then(
    (module) => (loaded = module),
    (error: unknown) => {
      loading = null;
      throw error;
    },
  );
  return loading;
}

/**
 * Starts loading the downloads when the pointer or focus reaches a section menu, so that the item chosen next
 * runs within its click (copying an image to the clipboard needs the click's activation).
 */
export function preloadDownloads(): void {
  loadDownloads().catch(() => undefined); // a choice made later tries again, and says what failed
}

/** The downloads' code, if it has loaded. */
export function loadedDownloads(): Downloads | null {
  return loaded;
}
