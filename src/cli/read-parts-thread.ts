// A worker thread of `dyn-usage report` (see read-in-threads.ts): reads the parts of the export it is
// sent, in order, into one table, and posts it back when told the file has ended.
import { parentPort } from 'node:worker_threads';
import { tableTransferables } from '../table/read-usage-table.js';
import { UsagePartsReader } from '../table/usage-parts-reader.js';
import type { ThreadMessage, ThreadReply } from './thread-messages.js';

const reader = new UsagePartsReader(false);
const port = parentPort!;
let failed = false;

port.on('message', (message: ThreadMessage) => {
  if (failed) return;
  try {
    if (message.type === 'part') reader.startPart(message.part, message.decisions);
    else if (message.type === 'bytes') reader.push(message.bytes);
    else {
      const parts = reader.finish();
      port.postMessage({ type: 'parts', parts } satisfies ThreadReply, tableTransferables(parts.table));
      port.close();
    }
  } catch (error) {
    // The main thread reads the file again on one thread, which says what is wrong with it.
    failed = true;
    const text = error instanceof Error ? error.message : String(error);
    port.postMessage({ type: 'failed', message: text } satisfies ThreadReply);
    port.close();
  }
});
