import type { SkippedRow, UsageRecord } from '../../src/data/usage-record.js';
import type { UsageSink } from '../../src/data/usage-sink.js';

/** A sink that keeps everything it is given, for assertions. */
export interface CollectSink extends UsageSink {
  header: readonly string[] | null;
  records: UsageRecord[];
  fields: (readonly string[])[];
  skipped: SkippedRow[];
}

export function collectSink(): CollectSink {
  const sink: CollectSink = {
    header: null,
    records: [],
    fields: [],
    skipped: [],
    columns(columns) {
      sink.header = columns;
    },
    add(record, fields) {
      sink.records.push(record);
      sink.fields.push(fields);
    },
    skip(row) {
      sink.skipped.push(row);
    },
  };
  return sink;
}

/** A deterministic pseudo-random generator (mulberry32), so random chunkings repeat. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
