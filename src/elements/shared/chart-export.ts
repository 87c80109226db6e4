const SVG_NS = 'http://www.w3.org/2000/svg';
// What a chart's look depends on: copied from computed style onto attributes, because the exported
// file has neither the shadow root's stylesheet nor its custom properties.
const STYLE_PROPERTIES = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-opacity',
  'opacity',
  'font-size',
  'font-weight',
  'text-anchor',
  'dominant-baseline',
  'visibility',
] as const;

/**
 * What to draw around a chart. The words come from the caller, in the reader's language; the direction and
 * language are the chart's own (its section frame's `dir` and `lang`) unless given.
 */
export interface ChartExportSpec {
  chart: SVGSVGElement;
  title: string;
  /** The month range (and anything else that says what the figures are). */
  subtitle: string;
  legend: { label: string; color: string }[];
  /** `rtl` draws the title, subtitle and legend from the right edge (default: the direction around the chart). */
  dir?: 'ltr' | 'rtl';
  /** The language of the words, for the file's `lang` (default: the chart's nearest `lang`). */
  lang?: string;
}

const HEADER = 56;
const LEGEND_ROW = 22;
const PAD = 16;
const SWATCH = 12;
/** Between a swatch and its label, and between legend items. */
const SWATCH_GAP = 6;
const ITEM_GAP = 14;

/** A standalone SVG file of a rendered chart, with its title, month range and legend drawn in. */
export function chartToSvgText(spec: ChartExportSpec): { text: string; width: number; height: number } {
  const { chart, title, subtitle, legend } = spec;
  const box = chart.getBoundingClientRect();
  const chartWidth = Math.max(1, Math.round(box.width));
  const chartHeight = Math.max(1, Math.round(box.height));
  const hostStyle = getComputedStyle(chart);
  const font = hostStyle.fontFamily;
  // The direction around the chart, not the chart's own: an SVG may be direction="ltr" to keep its anchors
  // physical (the distribution's) while its section reads right to left.
  const around = chart.parentElement ?? hostOf(chart) ?? chart;
  const rtl = (spec.dir ?? getComputedStyle(around).direction) === 'rtl';
  const lang = spec.lang ?? chart.closest('[lang]')?.getAttribute('lang') ?? '';
  // Widths measured in the chart's font, not guessed per character: CJK, Arabic and German words differ.
  const titleWidth = textWidth(title, 16, '600', font);
  const subtitleWidth = textWidth(subtitle, 12, '400', font);
  // The image is never narrower than its title: a long title widens it rather than being cut.
  const inner = Math.max(chartWidth, Math.ceil(Math.max(titleWidth, subtitleWidth)));
  const width = inner + 2 * PAD;
  const items = legend.map((item) => ({
    ...item,
    width: SWATCH + SWATCH_GAP + textWidth(item.label, 12, '400', font),
  }));
  const rows = legendRows(
    items.map((item) => item.width),
    inner,
  );
  const legendHeight = rows.count * LEGEND_ROW;
  const height = HEADER + legendHeight + chartHeight + PAD;
  const background = resolveBackground(chart);
  // In a right-to-left image, x runs from the right edge: `at(x, w)` is the left of a box w wide.
  const at = (x: number, w: number) => (rtl ? width - PAD - x - w : PAD + x);
  const textOptions = { fill: hostStyle.color, rtl };

  const root = document.createElementNS(SVG_NS, 'svg');
  root.setAttribute('xmlns', SVG_NS);
  root.setAttribute('width', String(width));
  root.setAttribute('height', String(height));
  root.setAttribute('viewBox', `0 0 ${width} ${height}`);
  root.setAttribute('font-family', font);
  if (lang) root.setAttribute('lang', lang);
  root.append(rect(0, 0, width, height, background));
  root.append(text(at(0, 0), 26, title, { ...textOptions, size: 16, weight: '600' }));
  root.append(text(at(0, 0), 46, subtitle, { ...textOptions, size: 12 }));
  items.forEach((item, k) => {
    const place = rows.places[k]!;
    const left = at(place.x, item.width);
    const y = HEADER + place.row * LEGEND_ROW;
    // The swatch leads: on the left of its label in LTR, on the right in RTL.
    root.append(rect(rtl ? left + item.width - SWATCH : left, y + 4, SWATCH, SWATCH, item.color));
    const labelEdge = rtl ? left + item.width - SWATCH - SWATCH_GAP : left + SWATCH + SWATCH_GAP;
    root.append(text(labelEdge, y + 14, item.label, { ...textOptions, size: 12 }));
  });
  const body = document.createElementNS(SVG_NS, 'g');
  // The chart keeps to the start edge, as the title does, when the title makes the image wider.
  body.setAttribute('transform', `translate(${at(0, chartWidth)} ${HEADER + legendHeight})`);
  body.append(inlineStyles(chart, chart.cloneNode(true) as SVGSVGElement));
  root.append(body);
  return { text: new XMLSerializer().serializeToString(root), width, height };
}

/**
 * Legend items in rows that fit `available`: each item's distance from the start edge and its row. An item
 * wider than a whole row gets a row of its own.
 */
export function legendRows(
  widths: readonly number[],
  available: number,
): { places: { x: number; row: number }[]; count: number } {
  const places: { x: number; row: number }[] = [];
  let x = 0;
  let row = 0;
  for (const width of widths) {
    if (x > 0 && x + width > available) {
      row += 1;
      x = 0;
    }
    places.push({ x, row });
    x += width + ITEM_GAP;
  }
  return { places, count: widths.length ? row + 1 : 0 };
}

let measuring: CanvasRenderingContext2D | null | undefined;

/** The width of `content` drawn in `font` (canvas metrics); a rough guess where no canvas is at hand. */
function textWidth(content: string, size: number, weight: string, font: string): number {
  measuring ??= document.createElement('canvas').getContext('2d');
  if (!measuring) return content.length * size * 0.6;
  measuring.font = `${weight} ${size}px ${font}`;
  return measuring.measureText(content).width;
}

/** A PNG (2× for sharp text) of an SVG file made by `chartToSvgText`. */
export async function svgToPngBlob(svgText: string, width: number, height: number): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svgText], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const scale = 2;
    const canvas = document.createElement('canvas');
    canvas.width = width * scale;
    canvas.height = height * scale;
    const context = canvas.getContext('2d');
    if (!context) throw new Error('no 2D canvas');
    context.scale(scale, scale);
    context.drawImage(image, 0, 0, width, height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('PNG encoding failed'))), 'image/png'),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}

function inlineStyles(source: Element, clone: Element): Element {
  const style = getComputedStyle(source);
  for (const name of STYLE_PROPERTIES) {
    const value = style.getPropertyValue(name);
    if (value) clone.setAttribute(name, value);
  }
  clone.removeAttribute('class');
  const sourceChildren = source.children;
  const cloneChildren = clone.children;
  for (let i = 0; i < sourceChildren.length; i++) {
    const sourceChild = sourceChildren[i];
    const cloneChild = cloneChildren[i];
    if (sourceChild && cloneChild) inlineStyles(sourceChild, cloneChild);
  }
  return clone;
}

function resolveBackground(element: Element): string {
  for (let node: Element | null = element; node; node = node.parentElement ?? hostOf(node)) {
    const color = getComputedStyle(node).backgroundColor;
    if (color && color !== 'transparent' && color !== 'rgba(0, 0, 0, 0)') return color;
  }
  return '#ffffff';
}

function hostOf(node: Element): Element | null {
  const root = node.getRootNode();
  return root instanceof ShadowRoot ? root.host : null;
}

function rect(x: number, y: number, width: number, height: number, fill: string): SVGRectElement {
  const element = document.createElementNS(SVG_NS, 'rect');
  for (const [name, value] of Object.entries({ x, y, width, height }))
    element.setAttribute(name, String(value));
  element.setAttribute('fill', fill);
  return element;
}

/** A line of text whose start is at x: its left end in LTR, its right end in RTL (`direction` rtl). */
function text(
  x: number,
  y: number,
  content: string,
  options: { size: number; weight?: string; fill: string; rtl: boolean },
): SVGTextElement {
  const element = document.createElementNS(SVG_NS, 'text');
  element.setAttribute('x', String(x));
  element.setAttribute('y', String(y));
  // `direction` orders mixed text ("Dynamics 365" inside Arabic) and makes `start` the right end.
  element.setAttribute('direction', options.rtl ? 'rtl' : 'ltr');
  element.setAttribute('text-anchor', 'start');
  element.setAttribute('unicode-bidi', 'isolate');
  element.setAttribute('font-size', String(options.size));
  element.setAttribute('font-weight', options.weight ?? '400');
  element.setAttribute('fill', options.fill);
  element.textContent = content; // text, never markup: a SKU or customer name can hold anything
  return element;
}
