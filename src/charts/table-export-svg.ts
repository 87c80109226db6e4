import { isolate } from '../i18n/isolate.js';
import { sparklineGeometry } from './sparkline.js';
import {
  LIGHT_COLORS,
  PAD,
  estimateText,
  escapeXml,
  fitText,
  headerHeight,
  headerWidth,
  svgDocument,
  svgHeader,
  svgRect,
  svgText,
} from './export-svg-text.js';
import type { ExportHeader, ExportImage, ExportLook, MeasureText } from './export-svg-text.js';

/**
 * A cell: a figure or word already formatted, data (a customer's name, a subscription id: cut to fit and
 * bidi-isolated), or a trend drawn as a sparkline.
 */
export type ExportCell = { text: string } | { data: string } | { series: readonly (number | null)[] };

export interface ExportColumn {
  label: string;
  /** Figures align at the end of their column. */
  numeric?: boolean;
}

/** A table with a heading of its own (an insights list), or without (the subscription table's page). */
export interface ExportTableBlock {
  heading?: string;
  columns: readonly ExportColumn[];
  rows: readonly (readonly ExportCell[])[];
}

const ROW = 26;
const HEAD = 28;
const HEADING = 30;
const CELL_GAP = 18;
const BLOCK_GAP = 14;
/** Names longer than this are cut with "…": the image is a picture of the page, the CSV has them whole. */
export const DATA_MAX = 260;
export const SPARK_WIDTH = 88;
const SPARK_HEIGHT = 18;

/**
 * Tables as one image: the header, then each block's heading, column labels and rows. Column widths are
 * measured from their content; in RTL the first column is at the right edge, as on screen.
 */
export function tableExportSvg(
  header: ExportHeader,
  blocks: readonly ExportTableBlock[],
  look: ExportLook = {},
): ExportImage {
  const colors = { ...LIGHT_COLORS, ...look.colors };
  const measure = look.measure ?? estimateText;
  const rtl = look.rtl ?? false;
  const laid = blocks.map((block) => layoutBlock(block, measure));
  const tablesWidth = Math.max(0, ...laid.map((block) => block.width));
  const width = Math.ceil(Math.max(tablesWidth, headerWidth(header, measure), 240)) + 2 * PAD;
  let y = headerHeight(header);
  const parts = [svgHeader(header, width, colors, rtl)];
  // In RTL, x is measured from the right edge: `at(x, w)` is the left of a box w wide.
  const at = (x: number, w: number) => (rtl ? width - PAD - x - w : PAD + x);
  for (const block of laid) {
    if (block.heading) {
      parts.push(
        svgText(at(0, 0), y + 18, block.heading, { size: 13, weight: '600', fill: colors.text, rtl }),
      );
      y += HEADING;
    }
    const edge = (k: number, numeric: boolean) => {
      const left = at(block.starts[k]!, block.widths[k]!);
      // Figures end at their column's end edge (the left one in RTL), words start at its start edge.
      return numeric !== rtl
        ? { x: left + block.widths[k]!, anchor: 'end' as const }
        : { x: left, anchor: 'start' as const };
    };
    block.columns.forEach((column, k) => {
      const place = edge(k, column.numeric ?? false);
      const anchor = rtl ? (place.anchor === 'end' ? 'start' : 'end') : place.anchor;
      parts.push(
        svgText(place.x, y + 18, column.label, { size: 12, weight: '600', fill: colors.muted, rtl, anchor }),
      );
    });
    y += HEAD;
    // The rule under the column labels spans this table, not the image.
    parts.push(svgRect(at(0, block.width), y - 4, block.width, 1, `fill="${escapeXml(colors.border)}"`));
    for (const row of block.cells) {
      row.forEach((cell, k) => {
        const numeric = block.columns[k]?.numeric ?? false;
        if ('series' in cell) {
          const left = at(block.starts[k]!, SPARK_WIDTH);
          const spark = sparklineGeometry(cell.series, SPARK_WIDTH, SPARK_HEIGHT, rtl);
          parts.push(
            `<g transform="translate(${left} ${y + 2})"><path d="${spark.path}" fill="none"` +
              ` stroke="${escapeXml(colors.line)}" stroke-width="1.5"/></g>`,
          );
          return;
        }
        const place = edge(k, numeric);
        const anchor = rtl ? (place.anchor === 'end' ? 'start' : 'end') : place.anchor;
        parts.push(svgText(place.x, y + 16, cell.shown, { size: 12, fill: colors.text, rtl, anchor }));
      });
      y += ROW;
    }
    y += BLOCK_GAP;
  }
  const height = y - BLOCK_GAP + PAD;
  return { text: svgDocument(width, height, look, colors, parts.join('')), width, height };
}

type ShownCell = { shown: string } | { series: readonly (number | null)[] };

/** Each column's width (its widest label or cell) and start, and the cells as they will be drawn. */
function layoutBlock(block: ExportTableBlock, measure: MeasureText) {
  const cells: ShownCell[][] = block.rows.map((row) =>
    row.map((cell) => {
      if ('series' in cell) return { series: cell.series };
      if ('data' in cell) return { shown: isolate(fitText(cell.data, DATA_MAX, 12, '400', measure)) };
      return { shown: cell.text };
    }),
  );
  const widths = block.columns.map((column, k) =>
    Math.ceil(
      Math.max(
        measure(column.label, 12, '600'),
        ...cells.map((row) => {
          const cell = row[k];
          if (!cell) return 0;
          return 'series' in cell ? SPARK_WIDTH : measure(cell.shown, 12, '400');
        }),
      ),
    ),
  );
  const starts: number[] = [];
  let x = 0;
  for (const width of widths) {
    starts.push(x);
    x += width + CELL_GAP;
  }
  return {
    heading: block.heading,
    columns: block.columns,
    cells,
    widths,
    starts,
    width: Math.max(0, x - CELL_GAP),
  };
}
