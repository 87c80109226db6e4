/**
 * A copy of `text` that does not keep its source alive. The reader slices fields out of 64 KB–1 MB
 * chunks, and V8 keeps a slice's whole parent string in memory; a cube that keeps 200,000 subscription
 * ids would pin every chunk of the file. Concatenating first and slicing flattens into a new string.
 */
export function detachString(text: string): string {
  return (' ' + text).slice(1);
}
