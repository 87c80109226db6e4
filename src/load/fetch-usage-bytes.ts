import { UsageLoadError } from './usage-load-error.js';

export interface FetchProgress {
  /** Bytes received so far (decompressed). */
  loaded: number;
  /**
   * Bytes expected, or `null` when unknown. `Content-Length` counts compressed bytes while the body
   * yields decompressed ones, so with a `Content-Encoding` the length is no measure and this is null.
   */
  total: number | null;
  /** The response's `Last-Modified` header, when it has one: how fresh the data is ("Data as of"). */
  lastModified?: string;
}

/**
 * Fetches `url` and yields its body chunk by chunk, reporting progress, so the reader parses while
 * the rest is still on its way. A non-2xx response becomes a `UsageLoadError` with its status.
 */
export async function* fetchUsageBytes(
  url: string,
  signal: AbortSignal,
  onProgress: (progress: FetchProgress) => void,
): AsyncGenerator<Uint8Array> {
  let response: Response;
  try {
    response = await fetch(url, { signal });
  } catch (error) {
    if (signal.aborted) throw error;
    const detail = error instanceof Error ? error.message : String(error);
    throw new UsageLoadError(`Could not load ${url}: ${detail}`, undefined, {
      code: 'network',
      values: { url, detail },
    });
  }
  if (!response.ok) {
    const statusText = response.statusText ? ` ${response.statusText}` : '';
    const status = `${response.status}${statusText}`;
    throw new UsageLoadError(`Could not load ${url}: HTTP ${status}`, response.status, {
      code: 'http-status',
      values: { url, status },
    });
  }
  const length = Number(response.headers.get('Content-Length'));
  const encoded = response.headers.has('Content-Encoding');
  const total = !encoded && Number.isFinite(length) && length > 0 ? length : null;
  const modified = response.headers.get('Last-Modified');
  let loaded = 0;
  onProgress(modified ? { loaded, total, lastModified: modified } : { loaded, total });
  if (!response.body) {
    const buffer = new Uint8Array(await response.arrayBuffer());
    onProgress({ loaded: buffer.byteLength, total });
    yield buffer;
    return;
  }
  const reader = response.body.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      loaded += value.byteLength;
      onProgress({ loaded, total });
      yield value;
    }
  } finally {
    reader.releaseLock();
  }
}
