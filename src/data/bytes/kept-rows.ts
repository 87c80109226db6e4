import { rawRowColumns } from '../raw-row-columns.js';
import { createRawRowsBuilder } from '../raw-rows.js';
import type { RawRowsBuilder } from '../raw-rows.js';

/**
 * For a reader asked to keep rows: the builder of the kept rows, and the cells each row keeps (those the
 * table does not hold) as runs of adjacent cells, `[first, last, first, last, …]`, which the builder
 * copies as bytes, delimiters and all.
 */
export function keptRowsFor(
  header: readonly string[],
  delimiter: number,
): { raw: RawRowsBuilder; runs: Int32Array } {
  const fromTable = rawRowColumns(header);
  const cells = fromTable.flatMap((column, cell) => (column === null ? [cell] : []));
  return { raw: createRawRowsBuilder(String.fromCharCode(delimiter), fromTable), runs: keptRuns(cells) };
}

/** Cells in increasing order as runs of adjacent ones, `[first, last, first, last, …]`. */
function keptRuns(cells: readonly number[]): Int32Array {
  const runs: number[] = [];
  for (const cell of cells) {
    if (runs.length > 0 && runs[runs.length - 1] === cell - 1) runs[runs.length - 1] = cell;
    else runs.push(cell, cell);
  }
  return Int32Array.from(runs);
}
