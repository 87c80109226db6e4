import { open } from 'node:fs/promises';
import type { FileHandle } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { sniffInput } from '../data/sniff-input.js';
import { mergeUsageParts } from '../table/merge-usage-parts.js';
import { PartsDisagree } from '../table/merge-read-stats.js';
import type { UsageTableResult } from '../table/read-usage-table.js';
import { BlockSplitter } from '../table/split-blocks.js';
import { UsagePartsReader } from '../table/usage-parts-reader.js';
import type { UsageParts } from '../table/usage-parts-reader.js';
import type { Decisions, ThreadMessage, ThreadReply } from './thread-messages.js';

/** Bytes read at a time, and a block the splitter looks at. */
const BLOCK_BYTES = 1 << 20;
/** Threads by default at most; the cores it takes to use more than one; the bytes each one should have. */
const MAX_THREADS = 8;
const MIN_CORES = 4;
const MIN_THREAD_BYTES = 16 << 20;
/** A header not read by then is left to the one-thread read. */
const MAX_HEADER_BYTES = 1 << 20;

/**
 * How many threads read a file of `size` bytes by default: one per core, each with 16 MB or more, on a
 * machine of 4 cores or more. Threads only share out the read (about half of a 100 MB report's CPU time;
 * the cube and report stay on one thread) and add to it (each thread meets most subscriptions for the
 * first time, and the tables are merged): on 2 cores they gave no gain to measure, one thread less CPU.
 */
export function defaultThreads(size: number): number {
  const cores = availableParallelism();
  if (cores < MIN_CORES) return 1;
  return Math.max(1, Math.min(cores, MAX_THREADS, Math.floor(size / MIN_THREAD_BYTES)));
}

export interface ReadInThreadsOptions {
  /** Bytes read at a time and looked at as a block (default 1 MiB): parts are cut only between blocks' rows. */
  blockBytes?: number;
  /** Starts a thread (default: a worker thread running read-parts-thread). */
  startThread?: () => PartsThread;
}

/** A thread that reads parts: messages in, one reply out. */
export interface PartsThread {
  post(message: ThreadMessage, transfer?: ArrayBuffer[]): void;
  reply: Promise<ThreadReply>;
  stop(): void;
}

/**
 * Reads a UTF-8 CSV or TSV file in `threads` worker threads: the file is read here in 1 MB blocks and cut
 * into one part per thread at row boundaries (`BlockSplitter`: quote parity, none after a quote RFC 4180
 * does not allow), each thread reads its part into a table as one reader would (`UsagePartsReader`), and
 * the tables are merged (`mergeUsageParts`). Null when the file is not for this (gzip, UTF-16, JSON, a
 * workbook, a header longer than a block), when the parts disagree, or when a thread failed: the caller
 * then reads it on one thread, which gives the same table or says what is wrong.
 */
export async function readInThreads(
  path: string,
  threads: number,
  { blockBytes = BLOCK_BYTES, startThread = startWorkerThread }: ReadInThreadsOptions = {},
): Promise<Extract<UsageTableResult, { kind: 'table' }> | null> {
  const file = await open(path, 'r');
  const started: PartsThread[] = [];
  try {
    const { size } = await file.stat();
    // The header's decisions first, from as many blocks as it takes (up to a megabyte).
    const probe = headerProbe();
    const head: Uint8Array[] = [];
    let at = 0;
    let decisions: Decisions | null = null;
    while (!decisions && at < Math.min(size, MAX_HEADER_BYTES)) {
      const block = await readBlock(file, at, blockBytes);
      if (block.length === 0) break;
      head.push(block);
      at += block.length;
      decisions = probe(block, at === size);
    }
    if (!decisions) return null;
    const splitter = new BlockSplitter({
      blockBytes,
      partBytes: Math.ceil(size / threads),
      workers: () => threads,
    });
    splitter.decide(decisions.delimiter);
    const send = (steps: ReturnType<BlockSplitter['push']>) => {
      for (const step of steps) {
        while (started.length <= step.worker) started.push(startThread());
        const thread = started[step.worker]!;
        if (step.type === 'part') {
          thread.post({ type: 'part', part: step.part, ...(step.part > 0 ? { decisions } : {}) });
        } else {
          const bytes = ownBuffer(step.bytes);
          thread.post({ type: 'bytes', bytes }, [bytes.buffer as ArrayBuffer]);
        }
      }
    };
    for (const block of head) send(splitter.push(block));
    while (at < size) {
      const block = await readBlock(file, at, blockBytes);
      if (block.length === 0) break;
      at += block.length;
      send(splitter.push(block));
    }
    send(splitter.end());
    for (const thread of started) thread.post({ type: 'end' });
    const replies = await Promise.all(started.map((thread) => thread.reply));
    const parts: UsageParts[] = [];
    for (const reply of replies) {
      if (reply.type === 'failed') return null;
      parts.push(reply.parts);
    }
    return mergeUsageParts(parts);
  } catch (error) {
    if (error instanceof PartsDisagree) return null;
    throw error;
  } finally {
    for (const thread of started) thread.stop();
    await file.close();
  }
}

/** `size` bytes of the file at `at` (fewer at its end), in a buffer of their own, to transfer. */
async function readBlock(file: FileHandle, at: number, size: number): Promise<Uint8Array> {
  const block = new Uint8Array(size);
  const { bytesRead } = await file.read(block, 0, size, at);
  return bytesRead === size ? block : block.slice(0, bytesRead);
}

/** The bytes in a buffer that holds nothing else (a part's cut block is a view of a bigger one). */
function ownBuffer(bytes: Uint8Array): Uint8Array {
  return bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? bytes : bytes.slice();
}

/**
 * Takes the file's first blocks one by one and gives the header's columns and delimiter once read; null
 * before, and always when the file is no UTF-8 CSV or TSV (as `sniffInput` judges its first bytes).
 */
function headerProbe(): (block: Uint8Array, final: boolean) => Decisions | null {
  const reader = new UsagePartsReader(false);
  const unsniffed: Uint8Array[] = [];
  let usable: boolean | null = null;
  return (block, final) => {
    try {
      if (usable === null) {
        unsniffed.push(block);
        const kind = sniffInput(Buffer.concat(unsniffed), final);
        if (kind === null) return null;
        usable = kind === 'bytes';
        if (!usable) return null;
        reader.startPart(0);
        for (const bytes of unsniffed.splice(0)) reader.push(bytes);
      } else if (usable) {
        reader.push(block);
      }
      return usable ? reader.decisions() : null;
    } catch {
      // A workbook, a web page…: the one-thread read says so.
      usable = false;
      return null;
    }
  };
}

/**
 * A worker thread running read-parts-thread. Run from TypeScript sources (the tests, through tsx), the
 * worker has no TypeScript loader of its own: it imports the entry through tsx's API.
 */
export function startWorkerThread(): PartsThread {
  const fromSource = import.meta.url.endsWith('.ts');
  const entry = new URL(fromSource ? './read-parts-thread.ts' : './read-parts-thread.js', import.meta.url);
  const worker = fromSource
    ? new Worker(
        `import('tsx/esm/api').then((tsx) => tsx.tsImport(${JSON.stringify(entry.href)}, ${JSON.stringify(entry.href)}))`,
        { eval: true },
      )
    : new Worker(entry);
  const reply = new Promise<ThreadReply>((resolve) => {
    worker.once('message', (message: ThreadReply) => resolve(message));
    worker.once('error', (error) => resolve({ type: 'failed', message: error.message }));
    worker.once('exit', () => resolve({ type: 'failed', message: 'the thread stopped' }));
  });
  return {
    post: (message, transfer) => worker.postMessage(message, transfer ?? []),
    reply,
    stop: () => void worker.terminate(),
  };
}
