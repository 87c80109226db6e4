import { loadRecords, loadUrl, warmTableCube } from './load-usage.js';
import { checkedRecords, checkedReport } from './usage-input-check.js';
import { UsageLoadError } from './usage-load-error.js';
import { LoadStatus, UsageLoad } from './usage-load.js';

/** One data input, as an element's properties give it (a report document beats records, records beat `src`). */
export type UsageInput =
  { kind: 'report'; report: unknown } | { kind: 'records'; records: unknown } | { kind: 'src'; src: string };

/** The input of `report`, `records` and `src` properties, or `null` when none is set. */
export function usageInput(
  report: unknown,
  records: unknown,
  src: string | null | undefined,
): UsageInput | null {
  // Anything but null/undefined counts as set (`report = 0` is an error to show, not "no report").
  if (report != null) return { kind: 'report', report };
  if (records != null) return { kind: 'records', records };
  return src ? { kind: 'src', src } : null;
}

/** Both inputs name the same data (the same objects, or the same URL). */
export function sameInput(a: UsageInput | null, b: UsageInput | null): boolean {
  if (a === null || b === null) return a === b;
  if (a.kind === 'report' && b.kind === 'report') return a.report === b.report;
  if (a.kind === 'records' && b.kind === 'records') return a.records === b.records;
  return a.kind === 'src' && b.kind === 'src' && a.src === b.src;
}

/**
 * Loads in use, by URL (and by rows array): sections of a page with the same `src` share one fetch and one
 * parse, as if they had a `<dyn-usage-source>`. The kit fetches with the default credentials mode, so the
 * URL is the whole key. A load leaves the map when its last user lets go, so that its data can be freed.
 */
const byUrl = new Map<string, Entry>();
const byRecords = new WeakMap<object, Entry>();

/**
 * The load of `input`: one that other elements already use when there is one (one that keeps every row's
 * cells serves an element that needs none), else a new one.
 */
export function usageLoadOf(input: UsageInput, keepRows: boolean): UsageLoad {
  if (input.kind === 'report') {
    const { report } = input;
    return UsageLoad.settled(async () => ({ kind: 'report', report: await checkedReport(report) }));
  }
  const { records } = input.kind === 'records' ? input : { records: null };
  if (input.kind === 'records' && (typeof records !== 'object' || records === null))
    return UsageLoad.settled(() => loadRecords(checkedRecords(records)));
  const url = input.kind === 'src' ? absoluteUrl(input.src) : null;
  if (url instanceof UsageLoadError)
    return UsageLoad.settled(() => {
      throw url;
    });
  const entry = url !== null ? entryOf(byUrl, url) : entryOf(byRecords, records as object);
  const shared = live(entry.rows) ?? (keepRows ? null : live(entry.plain));
  if (shared) return shared;
  // Not started yet (sections rendered together): the one that needs rows gets them for all.
  const waiting = live(entry.plain);
  if (waiting && keepRows && !waiting.started) {
    entry.options.get(waiting)!.keepRows = true;
    entry.rows = waiting;
    delete entry.plain;
    return waiting;
  }
  const options = { keepRows };
  const load = new UsageLoad(async (signal, onProgress) => {
    const loaded =
      url === null
        ? await loadRecords(checkedRecords(records), options.keepRows)
        : await loadUrl(url, { signal, keepRows: options.keepRows, onProgress });
    await warmTableCube(loaded, signal);
    return loaded;
  });
  entry.options.set(load, options);
  entry[keepRows ? 'rows' : 'plain'] = load;
  load.onUnused = () => {
    if (entry.rows === load) delete entry.rows;
    if (entry.plain === load) delete entry.plain;
    if (!entry.plain && !entry.rows) entry.forget();
  };
  return load;
}

interface Entry {
  plain?: UsageLoad;
  rows?: UsageLoad;
  options: WeakMap<UsageLoad, { keepRows: boolean }>;
  forget(): void;
}

interface EntryMap<K> {
  get(key: K): Entry | undefined;
  set(key: K, entry: Entry): unknown;
  delete(key: K): unknown;
}

function entryOf<K>(map: EntryMap<K>, key: K): Entry {
  let entry = map.get(key);
  if (!entry) {
    entry = { options: new WeakMap(), forget: () => map.delete(key) };
    map.set(key, entry);
  }
  return entry;
}

/** The URL the fetch will ask for (the cache's key), or why `src` is none. */
function absoluteUrl(src: string): string | UsageLoadError {
  try {
    return new URL(src, document.baseURI).href;
  } catch {
    return new UsageLoadError(`src: ${JSON.stringify(src)} is not a URL`, undefined, {
      code: 'not-a-url',
      values: { src: JSON.stringify(src) },
    });
  }
}

/** A load to share: not aborted, and not failed (a failed fetch is not kept: the next asker tries again). */
function live(load: UsageLoad | undefined): UsageLoad | null {
  return load && load.status !== LoadStatus.aborted && load.status !== LoadStatus.error ? load : null;
}
