// The section menu's downloads (CSV, images, the clipboard) load once a section has figures to download, not
// with the section: code the page's first load does not wait for (and a section that never gets data never
// fetches).
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

/** The downloads' code, if it has loaded. */
export function loadedDownloads(): Downloads | null {
  return loaded;
}
