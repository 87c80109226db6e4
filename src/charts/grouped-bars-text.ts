const FONT_FAMILY = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';
// Average advance of system-ui per pixel of font size, for when no canvas is at hand (Node, tests).
const AVERAGE_ADVANCE = 0.56;

let context: CanvasRenderingContext2D | null | undefined;

/** The width of a line of text in CSS pixels, measured on a canvas (SVG text cannot be measured before it is drawn). */
export function textWidth(text: string, fontSize: number): number {
  if (context === undefined) {
    context = typeof document === 'undefined' ? null : document.createElement('canvas').getContext('2d');
  }
  if (!context) return text.length * fontSize * AVERAGE_ADVANCE;
  context.font = `${fontSize}px ${FONT_FAMILY}`;
  return context.measureText(text).width;
}

/** `text` cut to fit `maxWidth` with an ellipsis, or unchanged when it fits. */
export function truncateText(text: string, maxWidth: number, fontSize: number): string {
  if (textWidth(text, fontSize) <= maxWidth) return text;
  // The longest prefix that fits with its ellipsis, by bisection: width grows with length.
  let low = 0;
  let high = text.length;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (textWidth(`${text.slice(0, mid).trimEnd()}…`, fontSize) <= maxWidth) low = mid;
    else high = mid - 1;
  }
  return `${text.slice(0, low).trimEnd()}…`;
}

/**
 * `text` cut to fit `maxWidth` after its last whole word that fits, with an ellipsis ("Dynamics 365 Supply
 * Chain…", not "…Chain Managem…": a cut word reads as a typo, and the full name is in the label's title);
 * cut inside the first word only when not even that fits.
 */
export function truncateAtWord(text: string, maxWidth: number, fontSize: number): string {
  const cut = truncateText(text, maxWidth, fontSize);
  if (cut === text) return text;
  const kept = cut.slice(0, -1);
  const next = text.charAt(kept.length);
  if (next === '' || /\s/u.test(next)) return cut;
  const lastSpace = kept.search(/\s\S*$/u);
  return lastSpace > 0 ? `${kept.slice(0, lastSpace).trimEnd()}…` : cut;
}
