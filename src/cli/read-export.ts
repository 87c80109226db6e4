import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { readUsageTable } from '../table/read-usage-table.js';
import type { UsageTableResult } from '../table/read-usage-table.js';
import { defaultThreads, readInThreads } from './read-in-threads.js';

/**
 * The export in `file` (`-`: standard input) as a table: a file in worker threads when it is big enough
 * or `threads` asks for more than one (see `readInThreads`), else streamed here in 1 MiB chunks, so a 1 GB
 * export never exists as one string.
 */
export async function readExport(file: string, threads?: number): Promise<UsageTableResult> {
  const size = file === '-' ? -1 : await fileSize(file);
  const count = threads ?? defaultThreads(size);
  if (size >= 0 && count > 1) {
    const table = await readInThreads(file, count);
    if (table) return table;
  }
  const input = file === '-' ? process.stdin : createReadStream(file, { highWaterMark: 1 << 20 });
  return readUsageTable(input, size > 0 ? { expectedBytes: size } : {});
}

/** The size of a regular file, else -1 (the one-thread read then says what is wrong). */
async function fileSize(file: string): Promise<number> {
  try {
    const info = await stat(file);
    return info.isFile() ? info.size : -1;
  } catch {
    return -1;
  }
}
