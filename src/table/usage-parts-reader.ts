import type { PartFacts, ReaderDecisions } from '../data/bytes/reader-parts.js';
import { Utf8DelimitedReader } from '../data/bytes/utf8-delimited-reader.js';
import type { ReadStats } from '../data/usage-sink.js';
import { createUsageTableBuilder, TEXT_COLUMNS } from './usage-table.js';
import type { TextColumn, UsageTable } from './usage-table.js';

export type { ReaderDecisions } from '../data/bytes/reader-parts.js';

/**
 * A part's lines as its reader numbers them: from `partLineBase(part) + 1`, so that lines of every part a
 * reader reads stay apart and in file order, and the merge can tell each one's line in the file once the
 * lines of the parts before are known (see `mergeUsageParts`). Exact: parts < 2^13, lines < 2^40.
 */
const PART_LINES = 2 ** 40;

export function partLineBase(part: number): number {
  return part * PART_LINES;
}

/** The part a line numbered by `partLineBase` is in. */
export function partOfLine(line: number): number {
  return Math.floor(line / PART_LINES);
}

/** Where a part ended in its reader's table: rows, skipped rows, dictionary entries, and its lines. */
export interface PartMark {
  part: number;
  rows: number;
  skipped: number;
  skippedCount: number;
  dictionaryLengths: Record<TextColumn, number>;
  /** Line ends in the part (it ends at a row's end, so the next part starts on the line after). */
  lines: number;
}

/** The parts one reader read: one table, where each part ended in it, the stats and the merge's facts. */
export interface UsageParts {
  table: UsageTable;
  marks: PartMark[];
  stats: ReadStats;
  facts: PartFacts;
  /** The header's column names, when this reader read the part with the header. */
  header: string[] | null;
}

/**
 * Reads the parts of a split export that fall to one worker, one after another, into one table. One byte
 * reader for them all, so that a subscription seen in one part is known in the next (a first sight costs
 * about 10 µs); parts are numbered in file order, and each must start and end at a row's end.
 */
export class UsagePartsReader {
  private readonly builder = createUsageTableBuilder();
  private readonly reader: Utf8DelimitedReader;
  private readonly marks: PartMark[] = [];
  private part = -1;
  private readsHeader = false;

  constructor(keepRows: boolean) {
    this.reader = new Utf8DelimitedReader(this.builder, keepRows);
  }

  /** Starts part `part`; `decisions` from the part with the header, for a reader that has not read it. */
  startPart(part: number, decisions?: ReaderDecisions): void {
    if (part === 0) this.readsHeader = true;
    this.mark(this.reader.readPart(partLineBase(part) + 1, decisions));
    this.part = part;
  }

  push(bytes: Uint8Array): void {
    this.reader.push(bytes);
  }

  /** The header and delimiter, once read (by the reader of part 0). */
  decisions(): ReaderDecisions | null {
    return this.reader.decisions();
  }

  /** Reads the last part to its end. @throws UsageInputError as `Utf8DelimitedReader.end` does. */
  finish(): UsageParts {
    this.mark(this.reader.readPart(1));
    const { stats, rawRows } = this.reader.end();
    const table = this.builder.finish();
    if (rawRows) table.rawRows = rawRows;
    const header = this.readsHeader ? (this.reader.decisions()?.header ?? null) : null;
    return { table, marks: this.marks, stats, facts: this.reader.partFacts(), header };
  }

  /** Notes where the part read so far ended; `after` is the line after its rows. */
  private mark(after: number): void {
    if (this.part < 0) return;
    const snapshot = this.builder.snapshot();
    this.marks.push({
      part: this.part,
      rows: snapshot.length,
      skipped: snapshot.skipped.length,
      skippedCount: snapshot.skippedCount,
      dictionaryLengths: Object.fromEntries(
        TEXT_COLUMNS.map((column) => [column, snapshot.dictionaries[column].length]),
      ) as Record<TextColumn, number>,
      lines: after - partLineBase(this.part) - 1,
    });
  }
}
