import { UsageInputError } from '../data/usage-input-error.js';
import { PartsDisagree } from '../table/merge-read-stats.js';
import { tableTransferables } from '../table/read-usage-table.js';
import { mergeUsageParts } from '../table/merge-usage-parts.js';
import { UsagePartsReader } from '../table/usage-parts-reader.js';
import type { ReaderDecisions, UsageParts } from '../table/usage-parts-reader.js';
import { packedTransferables, packTable, unpackTable } from './packed-table.js';
import type { PackedTable } from './packed-table.js';
import type { ParseReply } from './parse-usage-messages.js';
import { serializeError } from './parse-usage-messages.js';

/** A worker's parts on their way to worker 0: its table packed; null when it was given none. */
type PeerParts = { parts: (Omit<UsageParts, 'table'> & { table: PackedTable }) | null };

export interface PartsParser {
  part(part: number, decisions?: ReaderDecisions): void;
  chunk(bytes: Uint8Array): void;
  peer(port: MessagePort): void;
  end(): Promise<void>;
}

/**
 * One worker's side of an export split among workers: it reads the parts the page gives it (one reader,
 * see `UsagePartsReader`), and at the end sends them to worker 0, which merges every worker's parts
 * into the table one reader would have made (`mergeUsageParts`) and posts it to the page. Worker 0 also
 * tells the page the header's decisions as soon as it has read them.
 */
export function createPartsParser(
  post: (reply: ParseReply, transfer?: Transferable[]) => void,
  keepRows: boolean,
  worker: number,
  port: MessagePort | undefined,
): PartsParser {
  const reader = new UsagePartsReader(keepRows);
  const peers: MessagePort[] = [];
  let parts = 0;
  let told = worker !== 0;
  // After an error the page ends the load (and terminates every worker): nothing more to read.
  let failed = false;
  const guarded = (step: () => void) => {
    if (failed) return;
    try {
      step();
    } catch (error) {
      failed = true;
      post({ type: 'error', error: serializeError(partsError(error)) });
    }
  };
  return {
    part: (part, decisions) =>
      guarded(() => {
        parts++;
        reader.startPart(part, decisions);
      }),
    chunk: (bytes) =>
      guarded(() => {
        reader.push(bytes);
        post({ type: 'consumed', bytes: bytes.byteLength });
        const decisions = told ? null : reader.decisions();
        if (decisions) {
          told = true;
          post({ type: 'decisions', decisions });
        }
      }),
    peer: (port) => void peers.push(port),
    async end() {
      if (failed) return;
      try {
        const own = parts > 0 ? reader.finish() : null;
        if (port) return sendToMerge(port, own);
        const others = await Promise.all(peers.map(received));
        const started = performance.now();
        const all = [own, ...others].flatMap((result) => (result ? [result] : []));
        const result = mergeUsageParts(all);
        const mergeMs = performance.now() - started;
        const table = packTable(result.table);
        const transfer = [...tableTransferables(result.table), ...packedTransferables(table)];
        post({ type: 'done', result: { ...result, table }, mergeMs }, transfer);
      } catch (error) {
        post({ type: 'error', error: serializeError(partsError(error)) });
      }
    },
  };
}

/**
 * A reader of parts numbers lines by part (see `partLineBase`): an error that names lines, which only a
 * file in two date orders gives, becomes `PartsDisagree`, and one worker reads the file again to say it.
 */
function partsError(error: unknown): unknown {
  if (!(error instanceof UsageInputError && error.code === 'date-order-mixed')) return error;
  return new PartsDisagree(error.message);
}

function sendToMerge(port: MessagePort, own: UsageParts | null): void {
  if (!own) return port.postMessage({ parts: null } satisfies PeerParts);
  const table = packTable(own.table);
  const transfer = [...tableTransferables(own.table), ...packedTransferables(table)];
  port.postMessage({ parts: { ...own, table } } satisfies PeerParts, transfer);
}

function received(port: MessagePort): Promise<UsageParts | null> {
  return new Promise((resolve) => {
    port.onmessage = ({ data }: MessageEvent<PeerParts>) => {
      port.close();
      resolve(data.parts && { ...data.parts, table: unpackTable(data.parts.table) });
    };
  });
}
