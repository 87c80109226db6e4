/**
 * Where `count` points sit along `range`, as d3-scale's `scalePoint().padding(padding)` places them (centred,
 * `padding` steps of room at each end; a reversed range lists them from its start): the one use the line
 * chart has for d3-scale's ordinal scales, written out so that the module's other scales do not load.
 */
export function pointPositions(count: number, range: readonly [number, number], padding: number): number[] {
  const reversed = range[1] < range[0];
  const [low, stop] = reversed ? [range[1], range[0]] : range;
  const step = (stop - low) / Math.max(1, count - 1 + padding * 2);
  const start = low + (stop - low - step * (count - 1)) * 0.5;
  const positions = Array.from({ length: count }, (_, i) => start + step * i);
  return reversed ? positions.reverse() : positions;
}
