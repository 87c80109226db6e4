import {
  LIGHT_COLORS,
  PAD,
  estimateText,
  escapeXml,
  headerHeight,
  headerWidth,
  round,
  svgDocument,
  svgHeader,
  svgText,
} from './export-svg-text.js';
import { diamondPath } from './anomaly-markers.js';
import type { ExportHeader, ExportImage, ExportLook } from './export-svg-text.js';

/**
 * A legend entry: a square swatch (a fill), a circle (a marker, as the map draws small territories) or a
 * diamond (an unusual month, hollow: `color` the background, `stroke` its outline, 2 px as on screen).
 */
export interface ExportLegendItem {
  label: string;
  color: string;
  shape?: 'square' | 'circle' | 'diamond';
  /** An outline, for a swatch as light as the background ("no rows" on a map that outlines its shapes). */
  stroke?: string;
}

/** A chart with what the image says around it. */
export interface ChartFrame extends ExportHeader {
  legend: readonly ExportLegendItem[];
  /** The legend's own title ("Available seats, Oct 2026": what the colours stand for). */
  legendTitle?: string;
}

const LEGEND_ROW = 22;
const LEGEND_TITLE = 20;
const SWATCH = 12;
/** Between a swatch and its label, and between legend items. */
const SWATCH_GAP = 6;
const ITEM_GAP = 14;

/**
 * A rendered chart (`chart`: its SVG markup, `chartWidth` × `chartHeight`) framed as a standalone file:
 * the header, the legend title and legend (wrapped into rows), then the chart at the start edge.
 */
export function chartExportSvg(
  frame: ChartFrame,
  chart: { markup: string; width: number; height: number },
  look: ExportLook = {},
): ExportImage {
  const colors = { ...LIGHT_COLORS, ...look.colors };
  const measure = look.measure ?? estimateText;
  const rtl = look.rtl ?? false;
  // The image is never narrower than its title: a long title widens it rather than being cut.
  const inner = Math.ceil(
    Math.max(
      chart.width,
      headerWidth(frame, measure),
      frame.legendTitle ? measure(frame.legendTitle, 12, '600') : 0,
    ),
  );
  const width = inner + 2 * PAD;
  const items = frame.legend.map((item) => ({
    ...item,
    width: SWATCH + SWATCH_GAP + measure(item.label, 12, '400'),
  }));
  const rows = legendRows(
    items.map((item) => item.width),
    inner,
  );
  const top = headerHeight(frame);
  const titleHeight = frame.legendTitle ? LEGEND_TITLE : 0;
  const legendTop = top + titleHeight;
  const legendHeight = rows.count * LEGEND_ROW;
  const height = legendTop + legendHeight + chart.height + PAD;
  // In a right-to-left image, x runs from the right edge: `at(x, w)` is the left of a box w wide.
  const at = (x: number, w: number) => (rtl ? width - PAD - x - w : PAD + x);
  const parts = [svgHeader(frame, width, colors, rtl)];
  if (frame.legendTitle)
    parts.push(
      svgText(at(0, 0), top + 12, frame.legendTitle, { size: 12, weight: '600', fill: colors.text, rtl }),
    );
  items.forEach((item, k) => {
    const place = rows.places[k]!;
    const left = at(place.x, item.width);
    const y = legendTop + place.row * LEGEND_ROW;
    // The swatch leads: on the left of its label in LTR, on the right in RTL.
    const swatchLeft = rtl ? left + item.width - SWATCH : left;
    // An outline is drawn inside the swatch's box, as a CSS border is.
    const outline = item.stroke ? 1 : 0;
    const fill =
      `fill="${escapeXml(item.color)}"` +
      (item.stroke ? ` stroke="${escapeXml(item.stroke)}" stroke-width="1"` : '');
    const cx = swatchLeft + SWATCH / 2;
    const cy = y + 4 + SWATCH / 2;
    const r = SWATCH / 2 - 1;
    parts.push(
      item.shape === 'diamond'
        ? `<path d="${diamondPath(cx, cy, r)}"` +
            ` fill="${escapeXml(item.color)}" stroke="${escapeXml(item.stroke ?? colors.text)}" stroke-width="2" stroke-linejoin="miter"/>`
        : item.shape === 'circle'
          ? `<circle cx="${round(swatchLeft + SWATCH / 2)}" cy="${round(y + 4 + SWATCH / 2)}" r="${SWATCH / 2 - 1 - outline / 2}" ${fill}/>`
          : `<rect x="${round(swatchLeft + outline / 2)}" y="${round(y + 4 + outline / 2)}" width="${SWATCH - outline}" height="${SWATCH - outline}" ${fill}/>`,
    );
    const labelEdge = rtl ? left + item.width - SWATCH - SWATCH_GAP : left + SWATCH + SWATCH_GAP;
    parts.push(svgText(labelEdge, y + 14, item.label, { size: 12, fill: colors.text, rtl }));
  });
  // The chart keeps to the start edge, as the title does, when the title makes the image wider.
  parts.push(
    `<g transform="translate(${round(at(0, chart.width))} ${legendTop + legendHeight})">${chart.markup}</g>`,
  );
  return { text: svgDocument(width, height, look, colors, parts.join('')), width, height };
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
