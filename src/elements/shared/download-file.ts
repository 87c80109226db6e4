import { foldSearchText } from '../../view/search-text.js';
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

/** A file-name-safe slug: "Dynamics usage by SKU" → "dynamics-usage-by-sku". */
export function fileSlug(text: string): string {
  return slug(text, 200) || 'chart';
}

function slug(text: string, max = 40): string {
  return foldSearchText(text)
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, max)
    .replace(/^-+|-+$/g, '');
}

/** Longer names are cut (with `-etc`): most file systems stop at 255 bytes, and people read the start. */
const NAME_MAX = 120;

/**
 * A download's name without extension that says what it holds: the window and every filter, e.g.
 * `dynamics-usage-subscriptions-2025-11_2026-10-NL-sales-search-contoso`. Country codes stay upper case;
 * other values are slugs. Only `[A-Za-z0-9_-]`: a SKU or search with `/`, `:` or a right-to-left mark
 * cannot make a path or a misleading name.
 */
export function downloadName(
  prefix: string,
  months: readonly string[],
  filter: UsageFilter = {},
  search = '',
): string {
  const parts = [`${prefix}-${months[0] ?? ''}_${months.at(-1) ?? ''}`];
  for (const dimension of FILTER_DIMENSIONS) {
    for (const value of filter[dimension] ?? []) {
      const part = dimension === 'country' ? value.replace(/[^A-Za-z0-9]/g, '') : slug(value);
      // A value with no Latin letters or digits (a CJK SKU) still shows that a filter is on.
      parts.push(part || dimension);
    }
  }
  const query = slug(search.trim());
  if (search.trim()) parts.push(`search-${query || 'text'}`);
  const name = parts.join('-');
  return name.length <= NAME_MAX ? name : `${name.slice(0, NAME_MAX).replace(/-+$/, '')}-etc`;
}
