/**
 * A caption without the period an image's header already says: "Top 100 of 415 customers, ranked by
 * billed revenue, Nov 2025 – Oct 2026" → "Top 100 of 415 customers, ranked by billed revenue". Every
 * language's caption puts the period after a comma (",", "،", "，", "、"), last or before a closing
 * bracket (Japanese "(請求済み収益順、…)"); the comma goes with it. A caption without it is left as is.
 */
export function captionWithoutPeriod(caption: string, period: string): string {
  const at = period ? caption.lastIndexOf(period) : -1;
  if (at < 0) return caption;
  const before = caption.slice(0, at).replace(/\s*[,،，、]\s*$/u, '');
  return before + caption.slice(at + period.length);
}
