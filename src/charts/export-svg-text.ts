/**
 * What every exported image shares, as SVG text without a DOM: escaping, a line of text, and the header
 * that says what the image shows (title, period, filters). Node-tested (test/charts/export-svg.test.ts).
 */

/** The width of a text drawn at `size` px in `weight`; the element measures with a canvas. */
export type MeasureText = (text: string, size: number, weight: '400' | '600' | '700') => number;

/** Colours of an exported image, resolved from the section's tokens (light ones by default). */
export interface ExportColors {
  background: string;
  text: string;
  muted: string;
  border: string;
  line: string;
}

/** What an exported image says about itself, in the reader's language. */
export interface ExportHeader {
  title: string;
  /** The period the figures are from ("Nov 2025 – Oct 2026"). */
  period: string;
  /** The filters in force ("Filters: Country/region: Netherlands"); empty for none. */
  filters?: string;
  /** A note the section shows with its figures ("names are shown without “Dynamics 365”"); empty for none. */
  note?: string;
}

/** How an image reads and looks: direction, language, font, colours and how to measure text. */
export interface ExportLook {
  rtl?: boolean;
  lang?: string;
  font?: string;
  colors?: Partial<ExportColors>;
  measure?: MeasureText;
}

/** A standalone SVG file and its size in CSS pixels. */
export interface ExportImage {
  text: string;
  width: number;
  height: number;
}

export const LIGHT_COLORS: ExportColors = {
  background: '#ffffff',
  text: '#1b1f24',
  muted: '#57606a',
  border: '#d0d7de',
  line: '#2c6bb5',
};

export const PAD = 16;
const SVG_NS = 'http://www.w3.org/2000/svg';

/** A guess of a text's width where nothing can measure it (Node): wide characters count double. */
export const estimateText: MeasureText = (text, size, weight) => {
  let units = 0;
  for (const char of text)
    units += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\uff00-\uff60]/u.test(char) ? 1 : 0.55;
  return units * size * (weight === '400' ? 1 : 1.06);
};

/**
 * Text made safe for SVG: markup characters escaped, and the characters XML 1.0 forbids (controls other
 * than tab and newline, lone surrogates, U+FFFE/U+FFFF) dropped, since a file with them does not open.
 */
export function escapeXml(text: string): string {
  return text
    .replace(
      /[\0-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g,
      '',
    )
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

export interface TextOptions {
  size: number;
  weight?: '400' | '600' | '700';
  fill: string;
  rtl: boolean;
  /** `start` (default) or `end` of the text at x, in the text's direction. */
  anchor?: 'start' | 'end' | 'middle';
}

/**
 * A `<text>` element. `direction` orders mixed text ("Dynamics 365" inside Arabic) and makes `start` the
 * right end in RTL; `unicode-bidi: isolate` keeps the line from reordering what is around it.
 */
export function svgText(x: number, y: number, content: string, options: TextOptions): string {
  return (
    `<text x="${round(x)}" y="${round(y)}" direction="${options.rtl ? 'rtl' : 'ltr'}" unicode-bidi="isolate"` +
    ` text-anchor="${options.anchor ?? 'start'}" font-size="${options.size}" font-weight="${options.weight ?? '400'}"` +
    ` fill="${escapeXml(options.fill)}">${escapeXml(content)}</text>`
  );
}

export function svgRect(x: number, y: number, width: number, height: number, attributes: string): string {
  return `<rect x="${round(x)}" y="${round(y)}" width="${round(width)}" height="${round(height)}" ${attributes}/>`;
}

/** The lines under the title: the period, then the filters and the note when there are any. */
function headerLines(header: ExportHeader): string[] {
  return [header.period, header.filters ?? '', header.note ?? ''].filter((line, i) => i === 0 || line);
}

/** The header's height: title and period, and 18 px for each further line (filters, note). */
export function headerHeight(header: ExportHeader): number {
  return 58 + 18 * (headerLines(header).length - 1);
}

/** The widest line of the header, for an image that is never narrower than its title. */
export function headerWidth(header: ExportHeader, measure: MeasureText): number {
  return Math.max(
    measure(header.title, 16, '600'),
    ...headerLines(header).map((line) => measure(line, 12, '400')),
  );
}

/** Title, period and filters from the start edge (the right one in RTL) of an image `width` wide. */
export function svgHeader(header: ExportHeader, width: number, colors: ExportColors, rtl: boolean): string {
  const x = rtl ? width - PAD : PAD;
  return [
    svgText(x, 28, header.title, { size: 16, weight: '600', fill: colors.text, rtl }),
    ...headerLines(header).map((line, i) =>
      svgText(x, 48 + 18 * i, line, { size: 12, fill: colors.muted, rtl }),
    ),
  ].join('');
}

/** The whole file: root element with size, language, font and background, around `body`. */
export function svgDocument(
  width: number,
  height: number,
  look: ExportLook,
  colors: ExportColors,
  body: string,
): string {
  const w = Math.ceil(width);
  const h = Math.ceil(height);
  const lang = look.lang ? ` lang="${escapeXml(look.lang)}"` : '';
  const font = ` font-family="${escapeXml(look.font || 'system-ui, sans-serif')}"`;
  return (
    `<svg xmlns="${SVG_NS}" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}"${lang}${font}>` +
    svgRect(0, 0, w, h, `fill="${escapeXml(colors.background)}"`) +
    body +
    '</svg>'
  );
}

/** `text` cut with "…" to fit `max` px, never inside a surrogate pair. */
export function fitText(
  text: string,
  max: number,
  size: number,
  weight: '400' | '600' | '700',
  measure: MeasureText,
): string {
  if (measure(text, size, weight) <= max) return text;
  const points = [...text];
  let low = 0;
  let high = points.length;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (measure(`${points.slice(0, mid).join('')}…`, size, weight) <= max) low = mid;
    else high = mid - 1;
  }
  return `${points.slice(0, low).join('').trimEnd()}…`;
}

/** Numbers in a file: two decimals at most, no "-0". */
export function round(value: number): string {
  const rounded = Math.round(value * 100) / 100;
  return String(Object.is(rounded, -0) ? 0 : rounded);
}
