/**
 * Whether `length` bytes at `aAt` in `a` equal those at `bAt` in `b`: four at a time (DataView reads are
 * compiled to plain loads), which halves the cost of the byte reader's many short comparisons.
 */
export function bytesEqual(a: DataView, aAt: number, b: DataView, bAt: number, length: number): boolean {
  let i = 0;
  for (; i + 4 <= length; i += 4) if (a.getUint32(aAt + i, true) !== b.getUint32(bAt + i, true)) return false;
  for (; i < length; i++) if (a.getUint8(aAt + i) !== b.getUint8(bAt + i)) return false;
  return true;
}
