/**
 * Data (a market's name, the reader's search) inside a message, isolated with U+2068 FIRST STRONG ISOLATE …
 * U+2069 POP DIRECTIONAL ISOLATE: the text equivalent of `<bdi>`, so that a right-to-left name cannot
 * reorder the sentence around it, while the message stays one text node (the whole sentence, as translated).
 */
export function isolate(text: string): string {
  return `\u2068${text}\u2069`;
}
