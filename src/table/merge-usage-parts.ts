import type { RawRows } from '../data/raw-rows.js';
import { mergeReadStats } from './merge-read-stats.js';
import { mergeUsageTables } from './merge-usage-tables.js';
import type { UsageTablePart } from './merge-usage-tables.js';
import type { UsageTableResult } from './read-usage-table.js';
import { partLineBase, partOfLine } from './usage-parts-reader.js';
import type { PartMark, UsageParts } from './usage-parts-reader.js';
import { TEXT_COLUMNS } from './usage-table.js';
import type { UsageTable } from './usage-table.js';

/**
 * What one reader would have read from the whole file, from the parts its readers read (each reader's
 * parts in one table, see `UsagePartsReader`): the tables merged in part order, and the stats with every
 * line a line of the file. @throws PartsDisagree when the parts were read in different date orders.
 */
export function mergeUsageParts(
  readers: readonly UsageParts[],
): Extract<UsageTableResult, { kind: 'table' }> {
  const parts = readers
    .flatMap((reader) => reader.marks.map((mark, m) => ({ reader, mark, before: reader.marks[m - 1] })))
    .sort((a, b) => a.mark.part - b.mark.part);
  const linesBefore = new Map<number, number>();
  let lines = 0;
  for (const { mark } of parts) {
    linesBefore.set(mark.part, lines);
    lines += mark.lines;
  }
  const offset = (part: number) => (linesBefore.get(part) ?? 0) - partLineBase(part);
  const table = mergeUsageTables(
    parts.map(({ reader, mark, before }) => partOf(reader.table, mark, before, offset(mark.part))),
  );
  const stats = mergeReadStats(readers, (line) => line + offset(partOfLine(line)));
  const columns = readers.find((reader) => reader.header)?.header ?? [];
  return { kind: 'table', table, stats, columns };
}

/** A part of a reader's table, as a table of its own (views, no copies), ending at `mark`. */
function partOf(
  table: UsageTable,
  mark: PartMark,
  before: PartMark | undefined,
  lineOffset: number,
): UsageTablePart {
  const from = before?.rows ?? 0;
  const to = mark.rows;
  const rows = <T extends Uint32Array | Float64Array>(array: T) => array.subarray(from, to) as T;
  const part: UsageTable = {
    ...table,
    length: to - from,
    ids: Object.fromEntries(TEXT_COLUMNS.map((c) => [c, rows(table.ids[c])])) as UsageTable['ids'],
    available: rows(table.available),
    assigned: rows(table.assigned),
    active: rows(table.active),
    revenue: rows(table.revenue),
    skipped: table.skipped.slice(before?.skipped ?? 0, mark.skipped),
    skippedCount: mark.skippedCount - (before?.skippedCount ?? 0),
  };
  if (table.rawRows) part.rawRows = rawRowsOf(table.rawRows, from, to);
  return { table: part, lineOffset, dictionaryLengths: mark.dictionaryLengths };
}

function rawRowsOf(raw: RawRows, from: number, to: number): RawRows {
  const { block, start, end } = raw;
  return {
    ...raw,
    length: to - from,
    block: block.subarray(from, to),
    start: start.subarray(from, to),
    end: end.subarray(from, to),
  };
}
