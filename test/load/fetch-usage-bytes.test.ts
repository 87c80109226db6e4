import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { gzipSync } from 'node:zlib';
import { fetchUsageBytes } from '../../src/load/fetch-usage-bytes.js';
import type { FetchProgress } from '../../src/load/fetch-usage-bytes.js';
import { UsageLoadError } from '../../src/load/usage-load-error.js';
import { sendInPieces, startServer } from './test-server.js';
import type { TestServer } from './test-server.js';

// 10,000 bytes: 'a'…'j' repeated, so a lost or reordered piece changes the joined text.
const BODY = new TextEncoder().encode('abcdefghij'.repeat(1000));

async function collect(
  url: string,
  signal = new AbortController().signal,
): Promise<{ bytes: Uint8Array; chunks: number; progress: FetchProgress[] }> {
  const progress: FetchProgress[] = [];
  const parts: Uint8Array[] = [];
  for await (const chunk of fetchUsageBytes(url, signal, (p) => progress.push({ ...p }))) parts.push(chunk);
  const bytes = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const part of parts) bytes.set(part, (at += part.length) - part.length);
  return { bytes, chunks: parts.length, progress };
}

describe('fetchUsageBytes(url) against a real server', () => {
  let server: TestServer;
  before(async () => {
    server = await startServer({
      '/sized': (_, res) => {
        res.writeHead(200, { 'Content-Length': String(BODY.length) });
        sendInPieces(res, BODY, 2500);
      },
      '/unsized': (_, res) => {
        res.writeHead(200); // chunked transfer: no length
        sendInPieces(res, BODY, 4000);
      },
      '/gzip': (_, res) => {
        const zipped = gzipSync(BODY);
        res.writeHead(200, { 'Content-Encoding': 'gzip', 'Content-Length': String(zipped.length) });
        res.end(zipped);
      },
      '/forbidden': (_, res) => res.writeHead(403, 'Forbidden').end('no'),
      '/stall': (_, res) => {
        res.writeHead(200, { 'Content-Length': String(BODY.length) });
        res.write(BODY.subarray(0, 100)); // and never the rest
      },
    });
  });
  after(() => server.close());

  it('yields every byte in order, with progress against Content-Length', async () => {
    const { bytes, chunks, progress } = await collect(`${server.origin}/sized`);
    assert.deepEqual(bytes, BODY);
    assert.ok(chunks >= 2, `${chunks} chunk(s): the body came in pieces`);
    assert.deepEqual(progress[0], { loaded: 0, total: 10_000 });
    assert.deepEqual(progress.at(-1), { loaded: 10_000, total: 10_000 });
    const loaded = progress.map((p) => p.loaded);
    assert.deepEqual(
      loaded,
      [...loaded].sort((a, b) => a - b),
      'progress never goes back',
    );
  });

  it('gives total null without a length, and counts the bytes as they come', async () => {
    const { bytes, progress } = await collect(`${server.origin}/unsized`);
    assert.equal(bytes.length, 10_000);
    assert.ok(progress.every((p) => p.total === null));
    assert.equal(progress.at(-1)?.loaded, 10_000);
  });

  it('gives total null for a gzip response: its Content-Length counts compressed bytes', async () => {
    const { bytes, progress } = await collect(`${server.origin}/gzip`);
    assert.deepEqual(bytes, BODY, 'fetch inflates the body');
    assert.ok(progress.every((p) => p.total === null));
    assert.equal(progress.at(-1)?.loaded, 10_000);
  });

  it('turns a 403 into a UsageLoadError with the status, the URL and the code http-status', async () => {
    const url = `${server.origin}/forbidden`;
    await assert.rejects(collect(url), (error: unknown) => {
      assert.ok(error instanceof UsageLoadError);
      assert.equal(error.status, 403);
      assert.equal(error.message, `Could not load ${url}: HTTP 403 Forbidden`);
      assert.equal(error.code, 'http-status');
      assert.deepEqual(error.values, { url, status: '403 Forbidden' });
      return true;
    });
  });

  it('turns a refused connection into a UsageLoadError with the code network', async () => {
    const closed = await startServer({});
    const url = `${closed.origin}/gone.csv`;
    await closed.close();
    await assert.rejects(collect(url), (error: unknown) => {
      assert.ok(error instanceof UsageLoadError);
      assert.equal(error.code, 'network');
      assert.equal(error.status, undefined);
      assert.equal((error.values as { url: string }).url, url);
      return true;
    });
  });

  it('stops a stalled body when the signal aborts, with the signal’s reason', async () => {
    const controller = new AbortController();
    const reading = collect(`${server.origin}/stall`, controller.signal);
    setTimeout(() => controller.abort(new Error('element removed')), 50);
    await assert.rejects(reading, /element removed/);
  });
});
