/**
 * Code-unit order: the same on every machine and locale, which a report that must match between a
 * server and a browser needs (`localeCompare` would differ by locale).
 */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
