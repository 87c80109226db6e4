/*
 * Some messages hold markup in a placeholder: a styled figure, a bidi-isolated market name. The message is
 * formatted with a private-use marker in that placeholder and then split around it, so each language keeps
 * its own word order and the markup lands where the translation puts the placeholder.
 */

const OPEN = '\uE000';
const CLOSE = '\uE001';
const SLOT = /\uE000(\d+)\uE001/;

/** The value to pass for a placeholder that part `index` of `withParts` will fill. */
export function partSlot(index: number): string {
  return `${OPEN}${index}${CLOSE}`;
}

/** The formatted `text` as pieces for a template, each `partSlot(i)` replaced by `parts[i]`. */
export function withParts(text: string, parts: readonly unknown[]): unknown[] {
  return text.split(SLOT).map((piece, i) => (i % 2 ? parts[Number(piece)] : piece));
}
