import { foldSearchText } from '../../core/search-text.js';

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
  return (
    foldSearchText(text)
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'chart'
  );
}
