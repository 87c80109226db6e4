// The parser worker: reads the export the page streams to it into a columnar table and posts the table
// back with its typed arrays transferred, so a page stays responsive while hundreds of megabytes are parsed.
import { readUsageTable, tableTransferables } from '../table/read-usage-table.js';
import type { ParseReply, ParseRequest } from './parse-usage-messages.js';
import { serializeError } from './parse-usage-messages.js';
import { packedTransferables, packTable } from './packed-table.js';
import { createPartsParser } from './parse-parts.js';
import type { PartsParser } from './parse-parts.js';

/** The slice of a dedicated worker's global scope used here (the project's TypeScript lib is DOM's). */
interface ParseWorkerScope {
  postMessage(message: ParseReply, options?: { transfer: Transferable[] }): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<ParseRequest>) => void): void;
}

const scope = self as unknown as ParseWorkerScope;
const chunks = createChunkQueue((bytes) => scope.postMessage({ type: 'consumed', bytes }));

// An export split among workers is read part by part as the messages come (see parse-parts.ts).
let parts: PartsParser | null = null;
const post = (reply: ParseReply, transfer?: Transferable[]) =>
  scope.postMessage(reply, transfer ? { transfer } : undefined);

scope.addEventListener('message', ({ data }) => {
  if (data.type === 'start') {
    if (data.split) parts = createPartsParser(post, data.keepRows, data.split.worker, data.split.port);
    else void parse(data.keepRows);
  } else if (parts) {
    if (data.type === 'part') parts.part(data.part, data.decisions);
    else if (data.type === 'chunk') parts.chunk(data.bytes);
    else if (data.type === 'peer') parts.peer(data.port);
    else void parts.end();
  } else if (data.type === 'chunk') chunks.push(data.bytes);
  else if (data.type === 'end') chunks.end();
});
scope.postMessage({ type: 'ready' });
warmIntl();
scope.postMessage({ type: 'intl-ready' });

/**
 * Makes a number, a date and a region-name formatter, which loads ICU's data for the whole browser
 * process: the page's own first formatter is then cheap instead of one long task. The page's messages
 * wait meanwhile (the fetch goes on).
 */
function warmIntl(): void {
  try {
    new Intl.NumberFormat().format(1);
    new Intl.DateTimeFormat(undefined, { month: 'short', year: 'numeric' }).format(0);
    new Intl.DisplayNames(undefined, { type: 'region' }).of('NL');
  } catch {
    // An engine without one of them: the page makes its own, as it would without a worker.
  }
}

async function parse(keepRows: boolean): Promise<void> {
  try {
    const result = await readUsageTable(chunks.iterate(), { keepRows });
    if (result.kind === 'report') return scope.postMessage({ type: 'done', result });
    const table = packTable(result.table);
    const transfer = [...tableTransferables(result.table), ...packedTransferables(table)];
    scope.postMessage({ type: 'done', result: { ...result, table } }, { transfer });
  } catch (error) {
    scope.postMessage({ type: 'error', error: serializeError(error) });
  }
}

/** Chunks as they arrive, read as an async iterable; `onConsumed` hears of each chunk once it is taken. */
function createChunkQueue(onConsumed: (bytes: number) => void) {
  const queue: Uint8Array[] = [];
  let ended = false;
  let wake: (() => void) | null = null;
  const notify = () => {
    wake?.();
    wake = null;
  };
  return {
    push(bytes: Uint8Array) {
      queue.push(bytes);
      notify();
    },
    end() {
      ended = true;
      notify();
    },
    async *iterate(): AsyncGenerator<Uint8Array> {
      for (;;) {
        const next = queue.shift();
        if (next) {
          yield next;
          // Back here once the reader wants the next chunk: this one is read.
          onConsumed(next.byteLength);
        } else if (ended) {
          return;
        } else {
          await new Promise<void>((resolve) => (wake = resolve));
        }
      }
    },
  };
}
