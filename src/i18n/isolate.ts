/**
 * Data text (a customer's or SKU's name) set inside a message, bidi-isolated with U+2068 FIRST STRONG
 * ISOLATE … U+2069 POP DIRECTIONAL ISOLATE: a Hebrew name in an English sentence, or a Latin one in an
 * Arabic sentence, cannot reorder the words around it. The plain-text form of `<bdi>`, for attributes,
 * SVG text and sentences.
 */
export function isolate(text: string): string {
  return `\u2068${text}\u2069`;
}
