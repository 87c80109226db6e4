import { runToEnd } from '../core/run-steps.js';
import type { TextColumn, UsageTable } from '../table/usage-table.js';

/**
 * A usage table for `postMessage`: each dictionary as one string and its values' lengths, because
 * structured clone copies a hundred thousand small strings one by one (tens of milliseconds on the page
 * for a big export) but one long string at memory speed.
 */
export type PackedTable = Omit<UsageTable, 'dictionaries'> & {
  dictionaries: Record<TextColumn, { text: string; lengths: Uint32Array }>;
};

export function packTable(table: UsageTable): PackedTable {
  const dictionaries = Object.fromEntries(
    Object.entries(table.dictionaries).map(([column, values]) => [
      column,
      { text: values.join(''), lengths: Uint32Array.from(values, (value) => value.length) },
    ]),
  ) as PackedTable['dictionaries'];
  return { ...table, dictionaries };
}

export function unpackTable(packed: PackedTable): UsageTable {
  return runToEnd(unpackSteps(packed));
}

/** Values cut from a dictionary's text between two yields of `unpackSteps`. */
const STEP_VALUES = 32768;

/**
 * `unpackTable` in steps, for a page: a 400 MB export's dictionaries (116,000 subscription ids and more)
 * took one task of about 20 ms, and the garbage collection they start as much again.
 */
export function* unpackSteps(packed: PackedTable): Generator<void, UsageTable> {
  const dictionaries = {} as Record<string, string[]>;
  for (const [column, { text, lengths }] of Object.entries(packed.dictionaries)) {
    const values: string[] = [];
    let at = 0;
    for (let k = 0; k < lengths.length; k++) {
      if (k % STEP_VALUES === STEP_VALUES - 1) yield;
      const length = lengths[k]!;
      values.push(text.slice(at, at + length));
      at += length;
    }
    dictionaries[column] = values;
    yield;
  }
  return { ...packed, dictionaries: dictionaries as UsageTable['dictionaries'] };
}

/** The buffers of a packed table's dictionaries, to transfer with the table's own. */
export function packedTransferables(packed: PackedTable): ArrayBuffer[] {
  return Object.values(packed.dictionaries).map(({ lengths }) => lengths.buffer as ArrayBuffer);
}
