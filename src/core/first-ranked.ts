/**
 * The first `count` of `items` in the order `compare` gives (a total order: ties broken to the end), by
 * one pass that keeps a sorted short list: what `[...items].sort(compare).slice(0, count)` gives, without
 * sorting tens of thousands of customers to name ten of them.
 */
export function firstRanked<T>(items: Iterable<T>, count: number, compare: (a: T, b: T) => number): T[] {
  const first: T[] = [];
  if (count <= 0) return first;
  for (const item of items) {
    if (first.length === count && compare(item, first[count - 1]!) >= 0) continue;
    let at = Math.min(first.length, count - 1);
    if (first.length < count) first.push(item);
    while (at > 0 && compare(item, first[at - 1]!) < 0) {
      first[at] = first[at - 1]!;
      at--;
    }
    first[at] = item;
  }
  return first;
}
