import { FILTER_DIMENSIONS } from '../../core/usage-filter.js';
import type { UsageFilter } from '../../core/usage-filter.js';

/** Saves `blob` as a file named `fileName` through a temporary link (no navigation, no popup). */
export function downloadFile(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started by now; the URL only needs to live through the click.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/**
 * A file-name-safe slug in the text's own script: "Dynamics usage by SKU" → "dynamics-usage-by-sku",
 * "SKU 別の Dynamics 使用状況" → "sku-別の-dynamics-使用状況". Only a text without a letter or digit becomes "chart".
 */
export function fileSlug(text: string): string {
  return slug(text, 200) || 'chart';
}

/**
 * Letters (`\p{L}`, with the marks that belong to them) and digits (`\p{N}`) of any script, lower case, in
 * runs joined by "-". Latin letters lose their accents ("Müller" → "muller", as people type it); other
 * scripts keep their marks (Japanese "デ" is "テ" with a mark, Hindi vowels are marks). Format characters
 * (bidi overrides and marks, zero-width joiners) are dropped, so a name cannot display reordered; anything
 * else (spaces, punctuation, `/`, `:`, controls) is a separator. Cut at `max` code points, never inside one.
 */
function slug(text: string, max = 40): string {
  const words = text
    .normalize('NFKC')
    .replace(/\p{Cf}+/gu, '')
    .toLowerCase()
    .normalize('NFD')
    .replace(/(\p{Script=Latin})\p{M}+/gu, '$1')
    .replace(/(^|[^\p{L}\p{M}\p{N}])\p{M}+/gu, '$1')
    .normalize('NFC')
    .replace(/[ßæøłđı]/g, (letter) => FOLDED_LETTERS[letter] ?? letter)
    .replace(/[^\p{L}\p{M}\p{N}]+/gu, '-');
  return cut(words.replace(/^-+/, ''), max, Infinity).replace(/-+$/, '');
}

/** Latin letters that do not decompose, as people type them in plain Latin. */
const FOLDED_LETTERS: Readonly<Record<string, string>> = { ß: 'ss', æ: 'ae', ø: 'o', ł: 'l', đ: 'd', ı: 'i' };

/** The start of `text` within `max` code points and `maxBytes` UTF-8 bytes, never splitting a code point. */
function cut(text: string, max: number, maxBytes: number): string {
  let end = 0;
  let points = 0;
  let bytes = 0;
  for (const point of text) {
    const code = point.codePointAt(0)!;
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
    if (++points > max || bytes > maxBytes) break;
    end += point.length;
  }
  return text.slice(0, end);
}

/**
 * Longer names are cut (with `-etc`): people read the start, and most file systems stop at 255 bytes,
 * which 120 Japanese characters (3 bytes each in UTF-8) would pass; hence a byte limit as well.
 */
const NAME_MAX = 120;
const NAME_MAX_BYTES = 200;

/**
 * A download's name without extension that says what it holds: the window and every filter, e.g.
 * `dynamics-usage-subscriptions-2025-11_2026-10-NL-sales-search-contoso`. Country codes stay upper case;
 * other values are slugs in their own script (see `fileSlug`): a SKU or search with `/`, `:` or a
 * right-to-left override cannot make a path or a misleading name. `searchWord` is the reader's word for
 * "search".
 */
export function downloadName(
  prefix: string,
  months: readonly string[],
  filter: UsageFilter = {},
  search = '',
  { searchWord = 'search' }: { searchWord?: string } = {},
): string {
  const parts = [`${prefix}-${months[0] ?? ''}_${months.at(-1) ?? ''}`];
  for (const dimension of FILTER_DIMENSIONS) {
    for (const value of filter[dimension] ?? []) {
      const part = dimension === 'country' ? value.replace(/[^A-Za-z0-9]/g, '') : slug(value);
      // A value with no letters or digits ("+++") still shows that a filter is on.
      parts.push(part || dimension);
    }
  }
  if (search.trim()) {
    const word = slug(searchWord) || 'search';
    const query = slug(search);
    parts.push(query ? `${word}-${query}` : word);
  }
  const name = parts.join('-');
  const kept = cut(name, NAME_MAX, NAME_MAX_BYTES);
  return kept === name ? name : `${kept.replace(/-+$/, '')}-etc`;
}
