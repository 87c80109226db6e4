// How a section looks in an exported image, light enough for a section's own image code (the table's, the
// insights') to import at start: the rest of the export code loads with the menu's downloads.
import { estimateText } from '../../charts/export-svg-text.js';
import type { ExportLook, MeasureText } from '../../charts/export-svg-text.js';

/**
 * How a section's own words and colours look in a file: its direction, language, font and tokens
 * (resolved, since the file has no stylesheet), and text measured in its font.
 */
export function sectionLook(frame: Element): ExportLook {
  const style = getComputedStyle(frame);
  const token = (name: string, fallback: string) => style.getPropertyValue(name).trim() || fallback;
  return {
    rtl: style.direction === 'rtl',
    lang: frame.closest('[lang]')?.getAttribute('lang') ?? '',
    font: style.fontFamily,
    colors: {
      background: token('--_bg', '#ffffff'),
      text: token('--_text', style.color),
      muted: token('--_muted', style.color),
      border: token('--_border', '#d0d7de'),
      line: token('--_active', token('--_available', '#2c6bb5')),
    },
    measure: measureInFont(style.fontFamily),
  };
}

let measuring: CanvasRenderingContext2D | null | undefined;

/**
 * Widths measured in the section's font, not guessed per character: CJK, Arabic and German words differ.
 * Where no canvas is at hand, the estimate.
 */
export function measureInFont(font: string): MeasureText {
  return (content, size, weight) => {
    measuring ??= document.createElement('canvas').getContext('2d');
    if (!measuring) return estimateText(content, size, weight);
    measuring.font = `${weight} ${size}px ${font}`;
    return measuring.measureText(content).width;
  };
}
