// What a section menu's downloads do: the figures as CSV, the image of what is shown as SVG, PNG or copied.
import type { UsageReport } from '../../core/report.js';
import type { UsageFilter } from '../../core/usage-filter.js';
import { csvDocument } from '../../data/csv-writer.js';
import type { ExportHeader, ExportImage } from '../../charts/export-svg-text.js';
import { periodMonths } from '../../view/section-period.js';
import type { PeriodKind } from '../../view/section-period.js';
import type { UsageFormatters } from '../../view/formatters.js';
import type { Localizer } from '../../i18n/localizer.js';
import { deliverImage, filterWords } from './image-delivery.js';
import { isImageItem } from './image-menu-items.js';
import { downloadFile, downloadName, fileSlug } from './download-file.js';
import { chartToSvgText } from './chart-export.js';
import type { ExportLegendItem } from '../../charts/chart-export-svg.js';
import { summaryExportSvg } from '../../charts/summary-export-svg.js';
import { sectionLook } from './section-export.js';

/** A section's figures as a table, for the CSV download. */
export interface FiguresTable {
  header: string[];
  rows: (string | number | null)[][];
}

/**
 * What a section's image is made with, handed to its `exportImage` with the downloads (which load when a
 * reader reaches for the menu): the chart marked `data-export` framed, the section's look, the KPI tiles.
 */
export const sectionImageKit = { markedChartImage, sectionLook, summaryExportSvg };
export type SectionImageKit = typeof sectionImageKit;

/** What a section gives its downloads: its figures, its image and the words that frame them. */
export interface SectionDownloadSource {
  /** The section's render root: holds its menu and the notes marked `data-export-note`. */
  root: ParentNode;
  report: UsageReport;
  periodKind: PeriodKind;
  /** The section's title, for the file's name. */
  title: string;
  /** The cross-filter the figures carry (an export's; a report document shows as is), or null. */
  filter: UsageFilter | null;
  figures: () => FiguresTable;
  exportTitle: () => string;
  periodText: () => string;
  exportImage: (header: ExportHeader) => ExportImage | null;
}

/** What a section menu's download item does: the figures as CSV, or the image as SVG, PNG or copied. */
export async function downloadSection(
  id: string,
  source: SectionDownloadSource,
  formatters: UsageFormatters,
  localizer: Localizer,
): Promise<void> {
  const { root, report, filter } = source;
  const months = periodMonths(report, source.periodKind);
  const base = downloadName(fileSlug(source.title), months, filter ?? {});
  if (id === 'csv') {
    const { header, rows } = source.figures();
    downloadFile(new Blob([csvDocument(header, rows)], { type: 'text/csv;charset=utf-8' }), `${base}.csv`);
    return;
  }
  if (!isImageItem(id)) return;
  const header: ExportHeader = {
    title: source.exportTitle(),
    period: source.periodText(),
    filters: filter ? filterWords(filter, formatters, localizer) : '',
    // What a section says about its figures in a `data-export-note` element goes into its images too.
    note: [...root.querySelectorAll('[data-export-note]')]
      .map((element) => element.textContent?.trim() ?? '')
      .filter(Boolean)
      .join(' '),
  };
  const menu = root.querySelector('dyn-usage-section-menu');
  const say = (words: string) => menu?.announce(words);
  let image: ExportImage | null = null;
  try {
    image = source.exportImage(header);
  } catch {
    image = null; // said below: the element never throws into the page
  }
  if (image) await deliverImage(id, image, base, say, localizer);
  else say(localizer.t('export.imageFailed'));
}

/** The image of the chart marked `data-export` in `root`, framed with `header` and the legend; null without one. */
export function markedChartImage(
  root: ParentNode,
  header: ExportHeader,
  legend: ExportLegendItem[],
  legendTitle: string,
): ExportImage | null {
  const chart = root.querySelector<SVGSVGElement>('svg[data-export]');
  if (!chart) return null;
  return chartToSvgText({
    chart,
    title: header.title,
    subtitle: header.period,
    filters: header.filters ?? '',
    note: header.note ?? '',
    legend,
    legendTitle,
  });
}
