import { foldSearchText } from './search-text.js';

/** Where a search matched, as UTF-16 offsets into the original text: `text.slice(start, end)` is the match. */
export interface SearchMatch {
  start: number;
  end: number;
}

/**
 * The first place `query` matches `text` under `foldSearchText`'s rules (case, accents, whitespace
 * runs), mapped back to the original text so it can be highlighted there; `null` for no match or an
 * empty query. Folding changes lengths ("ß" → "ss", "é" → "e" + a dropped mark), so each character is
 * folded alone and every folded character remembers the original character it came from.
 */
export function findSearchMatch(text: string, query: string): SearchMatch | null {
  const needle = foldSearchText(query);
  if (needle === '') return null;
  let folded = '';
  const starts: number[] = [];
  const ends: number[] = [];
  let offset = 0;
  for (const char of text) {
    const next = offset + char.length;
    // Whitespace folds to one space per run, as in foldSearchText.
    const piece = /\s/.test(char) ? (folded.endsWith(' ') ? '' : ' ') : foldSearchText(char);
    for (let i = 0; i < piece.length; i++) {
      starts.push(offset);
      ends.push(next);
    }
    folded += piece;
    offset = next;
  }
  const at = folded.indexOf(needle);
  if (at < 0) return null;
  return { start: starts[at] ?? 0, end: ends[at + needle.length - 1] ?? text.length };
}
