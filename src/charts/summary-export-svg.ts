import { sparklineGeometry } from './sparkline.js';
import { anomalyMarkers, diamondPath } from './anomaly-markers.js';
import {
  LIGHT_COLORS,
  PAD,
  estimateText,
  escapeXml,
  headerHeight,
  headerWidth,
  svgDocument,
  svgHeader,
  svgRect,
  svgText,
} from './export-svg-text.js';
import type { ExportColors, ExportHeader, ExportImage, ExportLook } from './export-svg-text.js';

/** One KPI tile as the reader sees it: words and figures already in the reader's language. */
export interface SummaryExportTile {
  /** "Available seats". */
  label: string;
  /** The headline figure, "1,234" or "56.0%". */
  value: string;
  /** "▲ +22 vs Feb", or the words for no change. */
  change: string;
  series: readonly (number | null)[];
  /** The sparkline's least y span (see `kpiMinSpan`), so the file draws the line the tile does. */
  minSpan: number;
  /** The line's colour, the metric's as on screen (default: the look's line colour). */
  color?: string;
  /** The unusual months' positions in `series`, marked with a hollow diamond as the tile marks them. */
  anomalies?: readonly number[];
}

export const TILE_WIDTH = 200;
export const TILE_HEIGHT = 132;
const TILE_GAP = 12;
const TILE_PAD = 14;
const SPARK_HEIGHT = 40;
/** The diamond's half-diagonal, as on screen (kpi-tile.ts). */
const MARKER_RADIUS = 5;
/** The legend line under the tiles when a diamond is drawn: its height, and the diamond's place in it. */
const LEGEND_HEIGHT = 26;
const LEGEND_MARKER = 6;

/**
 * The summary as one image: the header, then the four tiles in a row (headline figure, change, sparkline
 * with its unusual months' diamonds), from the right edge in RTL, as the section lays them out. When a
 * diamond is drawn, a legend line under the tiles says what it means (`unusualLabel`, "Unusual month").
 */
export function summaryExportSvg(
  header: ExportHeader,
  tiles: readonly SummaryExportTile[],
  look: ExportLook = {},
  unusualLabel = '',
): ExportImage {
  const colors = { ...LIGHT_COLORS, ...look.colors };
  const measure = look.measure ?? estimateText;
  const rtl = look.rtl ?? false;
  const rowWidth = tiles.length * TILE_WIDTH + Math.max(0, tiles.length - 1) * TILE_GAP;
  const width = Math.ceil(Math.max(rowWidth, headerWidth(header, measure))) + 2 * PAD;
  const top = headerHeight(header);
  const sparkWidth = TILE_WIDTH - 2 * TILE_PAD;
  let marked = false;
  const body = tiles.map((tile, i) => {
    const offset = i * (TILE_WIDTH + TILE_GAP);
    const left = rtl ? width - PAD - offset - TILE_WIDTH : PAD + offset;
    const x = rtl ? left + TILE_WIDTH - TILE_PAD : left + TILE_PAD;
    const text = { fill: colors.text, rtl };
    const spark = sparklineGeometry(tile.series, sparkWidth, SPARK_HEIGHT, rtl, tile.minSpan);
    const markers = anomalyMarkers(spark.points, tile.anomalies ?? [], MARKER_RADIUS);
    marked ||= markers.length > 0;
    return (
      svgRect(left, top, TILE_WIDTH, TILE_HEIGHT, `rx="8" fill="none" stroke="${escapeXml(colors.border)}"`) +
      svgText(x, top + 24, tile.label, { ...text, size: 12, fill: colors.muted }) +
      svgText(x, top + 54, tile.value, { ...text, size: 24, weight: '600' }) +
      svgText(x, top + 74, tile.change, { ...text, size: 12, fill: colors.muted }) +
      `<g transform="translate(${left + TILE_PAD} ${top + TILE_HEIGHT - TILE_PAD - SPARK_HEIGHT})">` +
      `<path d="${spark.path}" fill="none" stroke="${escapeXml(tile.color ?? colors.line)}" stroke-width="2"` +
      ` stroke-linejoin="round" stroke-linecap="round"/>` +
      markers.map((marker) => diamond(marker.path, colors)).join('') +
      '</g>'
    );
  });
  const legendTop = top + TILE_HEIGHT;
  const legend = marked ? unusualLegend(legendTop, width, unusualLabel, colors, rtl) : '';
  const height = legendTop + (marked ? LEGEND_HEIGHT : 0) + PAD;
  return {
    text: svgDocument(
      width,
      height,
      look,
      colors,
      svgHeader(header, width, colors, rtl) + body.join('') + legend,
    ),
    width,
    height,
  };
}

/** A hollow diamond outlined in the text colour, as anomaly-markers-svg.ts styles it on screen. */
function diamond(path: string, colors: ExportColors): string {
  return (
    `<path d="${path}" fill="${escapeXml(colors.background)}" stroke="${escapeXml(colors.text)}"` +
    ` stroke-width="2" stroke-linejoin="miter"/>`
  );
}

/** "◆ Unusual month" from the start edge, under the tiles. */
function unusualLegend(
  top: number,
  width: number,
  label: string,
  colors: ExportColors,
  rtl: boolean,
): string {
  const cx = rtl ? width - PAD - LEGEND_MARKER : PAD + LEGEND_MARKER;
  const cy = top + 16;
  const x = rtl ? cx - LEGEND_MARKER - 8 : cx + LEGEND_MARKER + 8;
  return (
    diamond(diamondPath(cx, cy, MARKER_RADIUS), colors) +
    (label ? svgText(x, cy + 4, label, { size: 12, fill: colors.text, rtl }) : '')
  );
}
