// The page's splitter and the workers' part readers wired together in one thread, as parse-in-workers.ts
// and the parser worker do across threads: what N workers give for a file cut into blocks.
import type { ReaderDecisions } from '../../src/data/bytes/reader-parts.js';
import { BlockSplitter } from '../../src/table/split-blocks.js';
import { mergeUsageParts } from '../../src/table/merge-usage-parts.js';
import { UsagePartsReader } from '../../src/table/usage-parts-reader.js';

export interface SplitReadOptions {
  workers: number;
  blockBytes: number;
  partBytes: number;
  /** How the fetch hands the bytes over (default: one chunk of 1000 bytes after another). */
  chunkBytes?: number;
  keepRows?: boolean;
}

/** The merged result, and how many parts the file was cut into. */
export function readSplit(bytes: Uint8Array, options: SplitReadOptions) {
  const { workers, blockBytes, partBytes, chunkBytes = 1000, keepRows = false } = options;
  const readers = Array.from({ length: workers }, () => new UsagePartsReader(keepRows));
  const used = new Set<number>();
  const splitter = new BlockSplitter({ blockBytes, partBytes, workers: () => workers });
  let decisions: ReaderDecisions | null = null;
  let parts = 0;
  const run = (steps: ReturnType<BlockSplitter['push']>) => {
    for (const step of steps) {
      const reader = readers[step.worker]!;
      used.add(step.worker);
      if (step.type === 'part') {
        parts++;
        if (step.part > 0 && !decisions) throw new Error('a part before the header was read');
        reader.startPart(step.part, step.part === 0 ? undefined : decisions!);
        continue;
      }
      reader.push(step.bytes);
      if (!decisions && step.worker === 0) {
        decisions = reader.decisions();
        if (decisions) splitter.decide(decisions.delimiter);
      }
    }
  };
  for (let at = 0; at < bytes.length; at += chunkBytes) run(splitter.push(bytes.slice(at, at + chunkBytes)));
  run(splitter.end());
  const results = [...used].map((worker) => readers[worker]!.finish());
  return { result: mergeUsageParts(results), parts };
}
