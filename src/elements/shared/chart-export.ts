import { chartExportSvg } from '../../charts/chart-export-svg.js';
import type { ExportLegendItem } from '../../charts/chart-export-svg.js';
import type { ExportImage } from '../../charts/export-svg-text.js';
import { measureInFont } from './section-export.js';

export { legendRows } from '../../charts/chart-export-svg.js';
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
  /** The period the figures are from (the window, or a snapshot's month). */
  subtitle: string;
  /** The filters in force, in words ("Filters: SKU: Sales"); empty or unset for none. */
  filters?: string;
  /** A note shown with the chart, drawn under the filters; empty or unset for none. */
  note?: string;
  legend: ExportLegendItem[];
  /** What the legend's colours stand for ("Available seats, Oct 2026"), drawn above it. */
  legendTitle?: string;
  /** `rtl` draws the title, subtitle and legend from the right edge (default: the direction around the chart). */
  dir?: 'ltr' | 'rtl';
  /** The language of the words, for the file's `lang` (default: the chart's nearest `lang`). */
  lang?: string;
}

/** A standalone SVG file of a rendered chart, with its title, period, filters and legend drawn in. */
export function chartToSvgText(spec: ChartExportSpec): ExportImage {
  const { chart } = spec;
  const box = chart.getBoundingClientRect();
  const style = getComputedStyle(chart);
  // The direction around the chart, not the chart's own: an SVG may be direction="ltr" to keep its anchors
  // physical (the distribution's) while its section reads right to left.
  const around = chart.parentElement ?? hostOf(chart) ?? chart;
  const clone = inlineStyles(chart, chart.cloneNode(true) as SVGSVGElement);
  return chartExportSvg(
    {
      title: spec.title,
      period: spec.subtitle,
      filters: spec.filters ?? '',
      note: spec.note ?? '',
      legend: spec.legend,
      ...(spec.legendTitle ? { legendTitle: spec.legendTitle } : {}),
    },
    {
      markup: new XMLSerializer().serializeToString(clone),
      width: Math.max(1, Math.round(box.width)),
      height: Math.max(1, Math.round(box.height)),
    },
    {
      rtl: (spec.dir ?? getComputedStyle(around).direction) === 'rtl',
      lang: spec.lang ?? chart.closest('[lang]')?.getAttribute('lang') ?? '',
      font: style.fontFamily,
      colors: {
        background: resolveBackground(chart),
        text: style.color,
        // The period and filters in the section's muted colour, as its header shows them.
        muted: style.getPropertyValue('--_muted').trim() || style.color,
      },
      measure: measureInFont(style.fontFamily),
    },
  );
}

/**
 * A PNG (2× for sharp text) of an SVG file made here: drawn from a `blob:` URL into a canvas, which a strict
 * CSP allows (`img-src blob:`) where a `data:` URL or inline styles would not be.
 */
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
