import { compareText } from './compare-text.js';
import type { SubscriptionLedger } from './usage-cube.js';
import type { UsageTable } from '../table/usage-table.js';

/** Subscriptions shaped between two yields. */
const STEP_SUBSCRIPTIONS = 4096;

/** The subscriptions with rows, attributes from their latest row, ordered by customer name, SKU and id. */
export function* subscriptionLedgerSteps(
  table: UsageTable,
  attributesColumn: Int32Array,
  attributesRow: Int32Array,
): Generator<void, SubscriptionLedger[]> {
  const { dictionaries: d, ids } = table;
  const [keyIds, nameIds, skuIds, marketIds, segmentIds] = [
    ids.customerKey,
    ids.customerName,
    ids.sku,
    ids.market,
    ids.segment,
  ];
  // Ranks of names and SKUs, so the sort compares numbers and only ties compare ids.
  const nameRank = ranks(d.customerName);
  yield;
  const skuRank = ranks(d.sku);
  // Each subscription's place as one number, (name rank, SKU rank) then its slot, sorted natively: a
  // comparator called two million times for a hundred thousand subscriptions is one long task.
  const slotRange = 2 ** Math.ceil(Math.log2(attributesColumn.length + 1));
  const groupOf = (slot: number) => {
    const row = attributesRow[slot]!;
    return nameRank[nameIds[row]!]! * skuRank.length + skuRank[skuIds[row]!]!;
  };
  const exact = nameRank.length * skuRank.length * slotRange <= Number.MAX_SAFE_INTEGER;
  const keys: number[] = [];
  for (let slot = 0; slot < attributesColumn.length; slot++) {
    if (attributesColumn[slot] !== -1) keys.push(exact ? groupOf(slot) * slotRange + slot : slot);
  }
  yield;
  const sorted = exact ? Float64Array.from(keys).sort() : null;
  const slots = new Int32Array(keys.length);
  if (sorted) for (let k = 0; k < sorted.length; k++) slots[k] = sorted[k]! % slotRange;
  else slots.set(keys.sort((a, b) => groupOf(a) - groupOf(b)));
  yield;
  // Subscriptions of one customer and SKU: by id.
  const groupAt = sorted
    ? (k: number) => Math.floor(sorted[k]! / slotRange)
    : (k: number) => groupOf(slots[k]!);
  for (let start = 0; start < slots.length;) {
    const group = groupAt(start);
    let end = start + 1;
    while (end < slots.length && groupAt(end) === group) end++;
    if (end - start > 1) {
      const tied = [...slots.subarray(start, end)];
      tied.sort((a, b) => compareText(d.subscriptionId[a]!, d.subscriptionId[b]!));
      slots.set(tied, start);
    }
    start = end;
  }
  yield;
  const ledgers: SubscriptionLedger[] = [];
  for (const slot of slots) {
    if (ledgers.length % STEP_SUBSCRIPTIONS === 0) yield;
    const row = attributesRow[slot]!;
    ledgers.push({
      subscriptionId: d.subscriptionId[slot]!,
      customerKey: d.customerKey[keyIds[row]!]!,
      customerName: d.customerName[nameIds[row]!]!,
      sku: d.sku[skuIds[row]!]!,
      market: d.market[marketIds[row]!]!,
      segment: d.segment[segmentIds[row]!]!,
      endDate: d.subscriptionEndDate[ids.subscriptionEndDate[row]!]!,
      slot,
    });
  }
  return ledgers;
}

/**
 * Each value's place in code-unit order. The default sort compares strings in that order natively, which
 * is many times faster than a comparator on a first (unoptimised) run; values of a dictionary are unique.
 */
function ranks(values: readonly string[]): Int32Array {
  const idOf = new Map(values.map((value, id) => [value, id]));
  const rank = new Int32Array(values.length);
  [...values].sort().forEach((value, position) => (rank[idOf.get(value)!] = position));
  return rank;
}
