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
  const dictionaries = Object.fromEntries(
    Object.entries(packed.dictionaries).map(([column, { text, lengths }]) => {
      const values: string[] = [];
      let at = 0;
      for (const length of lengths) {
        values.push(text.slice(at, at + length));
        at += length;
      }
      return [column, values];
    }),
  ) as UsageTable['dictionaries'];
  return { ...packed, dictionaries };
}

/** The buffers of a packed table's dictionaries, to transfer with the table's own. */
export function packedTransferables(packed: PackedTable): ArrayBuffer[] {
  return Object.values(packed.dictionaries).map(({ lengths }) => lengths.buffer as ArrayBuffer);
}
