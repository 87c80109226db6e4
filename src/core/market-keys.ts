import { compareText } from './compare-text.js';
import type { UsageTable } from '../table/usage-table.js';

/**
 * One key per market the way the cube groups them: the country code, or `?name` when unmatched; each
 * key's spellings (market ids), and the keys' indexes in code-unit order of the keys.
 */
export function marketKeys(table: UsageTable): {
  keys: string[];
  keyOf: Int32Array;
  spellings: number[][];
  order: number[];
} {
  const keys: string[] = [];
  const spellings: number[][] = [];
  const index = new Map<string, number>();
  const keyOf = new Int32Array(table.dictionaries.market.length);
  table.dictionaries.market.forEach((market, id) => {
    const key = table.marketCodes[id] ?? `?${market}`;
    let at = index.get(key);
    if (at === undefined) {
      at = keys.length;
      keys.push(key);
      spellings.push([]);
      index.set(key, at);
    }
    keyOf[id] = at;
    spellings[at]!.push(id);
  });
  return { keys, keyOf, spellings, order: sortedIds(keys) };
}

/** Of one country's spellings, the one with the most rows in a month (at `offset`), then the least. */
export function marketLabel(
  spellings: readonly number[],
  rows: Uint32Array,
  offset: number,
  names: readonly string[],
): number {
  let best = -1;
  for (const id of spellings) {
    const count = rows[offset + id]!;
    if (count === 0) continue;
    const most = best === -1 ? 0 : rows[offset + best]!;
    if (count > most || (count === most && compareText(names[id]!, names[best]!) < 0)) best = id;
  }
  return best;
}

/** A dictionary's ids in code-unit order of their values. */
export function sortedIds(values: readonly string[]): number[] {
  return values.map((_, id) => id).sort((a, b) => compareText(values[a]!, values[b]!));
}
