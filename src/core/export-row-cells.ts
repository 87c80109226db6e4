import { rawRowCells } from '../data/raw-rows.js';
import type { UsageTable } from '../table/usage-table.js';

/**
 * Row `row` of an export as read, every column in the export's order: the kept cells from `rawRows`, and
 * the interned ones from the table's dictionaries. `null` when the table kept no rows.
 */
export function exportRowCells(table: UsageTable, row: number): string[] | null {
  const raw = table.rawRows;
  if (!raw) return null;
  const kept = rawRowCells(raw, row);
  let next = 0;
  return raw.fromTable.map((column) =>
    column === null ? (kept[next++] ?? '') : (table.dictionaries[column][table.ids[column][row] ?? 0] ?? ''),
  );
}
