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

export interface ChartExportSpec {
  chart: SVGSVGElement;
  title: string;
  /** The month range (and anything else that says what the figures are). */
  subtitle: string;
  legend: { label: string; color: string }[];
}

const HEADER = 56;
const LEGEND_ROW = 22;
const PAD = 16;

/** A standalone SVG file of a rendered chart, with its title, month range and legend drawn in. */
export function chartToSvgText(spec: ChartExportSpec): { text: string; width: number; height: number } {
  const { chart, title, subtitle, legend } = spec;
  const box = chart.getBoundingClientRect();
  const chartWidth = Math.max(1, Math.round(box.width));
  const chartHeight = Math.max(1, Math.round(box.height));
  const width = chartWidth + 2 * PAD;
  const height = HEADER + (legend.length ? LEGEND_ROW : 0) + chartHeight + PAD;
  const hostStyle = getComputedStyle(chart);
  const background = resolveBackground(chart);

  const root = document.createElementNS(SVG_NS, 'svg');
  root.setAttribute('xmlns', SVG_NS);
  root.setAttribute('width', String(width));
  root.setAttribute('height', String(height));
  root.setAttribute('viewBox', `0 0 ${width} ${height}`);
  root.setAttribute('font-family', hostStyle.fontFamily);
  root.append(rect(0, 0, width, height, background));
  root.append(text(PAD, 26, title, { size: 16, weight: '600', fill: hostStyle.color }));
  root.append(text(PAD, 46, subtitle, { size: 12, fill: hostStyle.color }));
  let x = PAD;
  for (const item of legend) {
    root.append(rect(x, HEADER + 4, 12, 12, item.color));
    root.append(text(x + 18, HEADER + 14, item.label, { size: 12, fill: hostStyle.color }));
    x += 30 + item.label.length * 7;
  }
  const body = document.createElementNS(SVG_NS, 'g');
  body.setAttribute('transform', `translate(${PAD} ${HEADER + (legend.length ? LEGEND_ROW : 0)})`);
  body.append(inlineStyles(chart, chart.cloneNode(true) as SVGSVGElement));
  root.append(body);
  return { text: new XMLSerializer().serializeToString(root), width, height };
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

function text(
  x: number,
  y: number,
  content: string,
  options: { size: number; weight?: string; fill: string },
): SVGTextElement {
  const element = document.createElementNS(SVG_NS, 'text');
  element.setAttribute('x', String(x));
  element.setAttribute('y', String(y));
  element.setAttribute('font-size', String(options.size));
  element.setAttribute('font-weight', options.weight ?? '400');
  element.setAttribute('fill', options.fill);
  element.textContent = content; // text, never markup: a SKU or customer name can hold anything
  return element;
}
