import { rawRowColumns } from '../data/raw-row-columns.js';
import { createRawRowsBuilder } from '../data/raw-rows.js';
import type { RawRows, RawRowsBuilder } from '../data/raw-rows.js';

/**
 * Kept rows for readers that see a row as an array of cells (JSON, row objects, the text path): `start`
 * with the header, then `add` each row the table took; `finish` gives `null` if no header came.
 */
export function createKeptRows(): {
  start(header: readonly string[]): void;
  add(cells: readonly string[]): void;
  finish(): RawRows | null;
} {
  let builder: RawRowsBuilder | null = null;
  let kept: number[] = [];
  return {
    start(header) {
      const fromTable = rawRowColumns(header);
      kept = fromTable.flatMap((column, cell) => (column === null ? [cell] : []));
      builder = createRawRowsBuilder(',', fromTable);
    },
    add(cells) {
      builder?.appendCells(kept.map((cell) => cells[cell] ?? ''));
    },
    finish: () => builder?.finish() ?? null,
  };
}
