import type { RawRows } from '../data/raw-rows.js';
import { skipReason } from '../data/skip-reason.js';
import type { SkippedRow } from '../data/usage-record.js';
import { SKIPPED_DETAIL_LIMIT, TEXT_COLUMNS } from './usage-table.js';
import type { TextColumn, UsageTable } from './usage-table.js';

/** One part of an export read on its own, in file order. */
export interface UsageTablePart {
  table: UsageTable;
  /** Lines of the file before the part's first line, added to its skipped rows' lines (default 0). */
  lineOffset?: number;
  /**
   * How many entries of each of `table`'s dictionaries were seen by the end of this part, for parts that
   * share their dictionaries with later parts (read one after another into one table); default all.
   */
  dictionaryLengths?: Partial<Record<TextColumn, number>>;
}

/**
 * The table one reader would have made of the whole export: rows in file order, each dictionary in the
 * order its values were first seen in the file (a part's ids remapped), the first skipped rows with their
 * lines in the file, `skippedCount` summed, and kept raw rows concatenated (when every part kept them).
 */
export function mergeUsageTables(parts: readonly UsageTablePart[]): UsageTable {
  const length = parts.reduce((sum, { table }) => sum + table.length, 0);
  const merged: UsageTable = {
    length,
    dictionaries: {} as UsageTable['dictionaries'],
    marketCodes: [],
    ids: {} as UsageTable['ids'],
    available: concatenated(parts, (t) => t.available, Float64Array, length),
    assigned: concatenated(parts, (t) => t.assigned, Float64Array, length),
    active: concatenated(parts, (t) => t.active, Float64Array, length),
    revenue: concatenated(parts, (t) => t.revenue, Float64Array, length),
    skipped: mergedSkipped(parts),
    skippedCount: parts.reduce((sum, { table }) => sum + table.skippedCount, 0),
  };
  for (const column of TEXT_COLUMNS) {
    const { values, remaps } = mergedDictionary(parts, column);
    merged.dictionaries[column] = values.values;
    if (column === 'market') merged.marketCodes = values.codes;
    const ids = new Uint32Array(length);
    let at = 0;
    parts.forEach(({ table }, p) => {
      remapInto(ids, at, table.ids[column], table.length, remaps[p]!);
      at += table.length;
    });
    merged.ids[column] = ids;
  }
  const raw = parts.map(({ table }) => table.rawRows);
  if (parts.length > 0 && raw.every((rows) => rows !== undefined)) merged.rawRows = mergedRawRows(raw);
  return merged;
}

/** A column's merged dictionary (with market codes), and per part the merged id of each of its ids. */
function mergedDictionary(parts: readonly UsageTablePart[], column: TextColumn) {
  const values = { values: [] as string[], codes: [] as (string | null)[] };
  const index = new Map<string, number>();
  // Parts that share a dictionary share its remap, filled as far as each part has seen.
  const shared = new Map<string[], { remap: Uint32Array; done: number }>();
  const remaps = parts.map(({ table, dictionaryLengths }) => {
    const dictionary = table.dictionaries[column];
    let entry = shared.get(dictionary);
    if (!entry) shared.set(dictionary, (entry = { remap: new Uint32Array(dictionary.length), done: 0 }));
    const end = dictionaryLengths?.[column] ?? dictionary.length;
    for (let id = entry.done; id < end; id++) {
      const value = dictionary[id]!;
      let to = index.get(value);
      if (to === undefined) {
        to = values.values.length;
        index.set(value, to);
        values.values.push(value);
        if (column === 'market') values.codes.push(table.marketCodes[id] ?? null);
      }
      entry.remap[id] = to;
    }
    entry.done = Math.max(entry.done, end);
    return entry.remap;
  });
  return { values, remaps };
}

/** `ids[at + row] = remap[from[row]]` for each row: one small loop the compiler optimises on its own. */
function remapInto(ids: Uint32Array, at: number, from: Uint32Array, rows: number, remap: Uint32Array): void {
  for (let row = 0; row < rows; row++) ids[at + row] = remap[from[row]!]!;
}

function concatenated<T extends Float64Array>(
  parts: readonly UsageTablePart[],
  pick: (table: UsageTable) => T,
  Make: new (length: number) => T,
  length: number,
): T {
  const all = new Make(length);
  let at = 0;
  for (const { table } of parts) {
    all.set(pick(table).subarray(0, table.length), at);
    at += table.length;
  }
  return all;
}

/** The parts' skipped rows with their lines in the file (a stray quote's reason names its line), the first few. */
function mergedSkipped(parts: readonly UsageTablePart[]): SkippedRow[] {
  const skipped: SkippedRow[] = [];
  for (const { table, lineOffset = 0 } of parts) {
    for (const row of table.skipped) {
      if (skipped.length === SKIPPED_DETAIL_LIMIT) return skipped;
      const line = row.line + lineOffset;
      if (lineOffset === 0) skipped.push(row);
      else if (row.code === 'stray-quote')
        skipped.push({ line, ...skipReason('stray-quote', { line: String(line) }) });
      else skipped.push({ ...row, line });
    }
  }
  return skipped;
}

/** Kept rows of parts in file order: their blocks side by side (a block shared by parts once). */
function mergedRawRows(parts: readonly RawRows[]): RawRows {
  const length = parts.reduce((sum, rows) => sum + rows.length, 0);
  const blocks: Uint8Array[] = [];
  const blockIndex = new Map<Uint8Array, number>();
  const block = new Uint32Array(length);
  const start = new Uint32Array(length);
  const end = new Uint32Array(length);
  let at = 0;
  for (const rows of parts) {
    const mapped = rows.blocks.map((bytes) => {
      let index = blockIndex.get(bytes);
      if (index === undefined) blockIndex.set(bytes, (index = blocks.push(bytes) - 1));
      return index;
    });
    for (let row = 0; row < rows.length; row++) block[at + row] = mapped[rows.block[row]!]!;
    start.set(rows.start.subarray(0, rows.length), at);
    end.set(rows.end.subarray(0, rows.length), at);
    at += rows.length;
  }
  const { delimiter, fromTable } = parts[0]!;
  return { delimiter, fromTable, length, blocks, block, start, end };
}
