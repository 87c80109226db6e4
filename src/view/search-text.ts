/**
 * Folds text for search: case and accents never decide a match, so "turkiye" finds "Türkiye" and "sao"
 * finds "São Tomé". NFD splits a letter from its combining marks, which are then dropped; letters that do
 * not decompose (ß, æ, ø, ł, đ, ı) are mapped by hand because people type them as plain Latin letters.
 * Runs of whitespace become one space so a pasted "Hong  Kong" still matches.
 */
export function foldSearchText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[ßæøłđı]/g, (letter) => FOLDED_LETTERS[letter] ?? letter)
    .replace(/\s+/g, ' ')
    .trim();
}

const FOLDED_LETTERS: Readonly<Record<string, string>> = {
  ß: 'ss',
  æ: 'ae',
  ø: 'o',
  ł: 'l',
  đ: 'd',
  ı: 'i',
};

/**
 * Whether any of the texts contains the query, accent- and case-insensitively. An empty (or blank) query
 * matches everything, as an empty search box shows every row.
 */
export function matchesSearch(haystack: string[], query: string): boolean {
  const needle = foldSearchText(query);
  return needle === '' || haystack.some((text) => foldSearchText(text).includes(needle));
}
