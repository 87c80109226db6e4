// What the section menu's image items do with an image, and the words of the filters it names: loaded with
// the menu's downloads (section-downloads.ts).
import type { ExportImage } from '../../charts/export-svg-text.js';
import { FILTER_DIMENSIONS } from '../../core/usage-filter.js';
import type { UsageFilter } from '../../core/usage-filter.js';
import { isolate } from '../../i18n/isolate.js';
import type { Localizer } from '../../i18n/localizer.js';
import type { UsageFormatters } from '../../view/formatters.js';
import { svgToPngBlob } from './chart-export.js';
import { downloadFile } from './download-file.js';
import type { ImageItem } from './image-menu-items.js';
import enReportDimensions from '../../i18n/locales/en/report-dimensions.js';
import { addEnglish } from '../../i18n/registry.js';

addEnglish(enReportDimensions);

/**
 * The filters in force in the reader's words, "Filters: SKU: Sales; Country/region: Netherlands or
 * Germany" (values are data, bidi-isolated; a country is named in the reader's language); "" for none.
 */
export function filterWords(filter: UsageFilter, f: UsageFormatters, { t }: Localizer): string {
  const list = new Intl.ListFormat(f.locale, { type: 'disjunction' });
  const parts = FILTER_DIMENSIONS.flatMap((dimension) => {
    const values = filter[dimension] ?? [];
    if (!values.length) return [];
    const named = values.map((value) => isolate(dimension === 'country' ? f.country(value, value) : value));
    return [
      t('export.filter', { dimension: t(`report.dimension.${dimension}`), values: list.format(named) }),
    ];
  });
  return parts.length ? t('export.filters', { filters: parts.join(' · ') }) : '';
}

/** What became of a copy: `copied`, or why not (no clipboard API, the browser said no, no image). */
export type CopyOutcome = 'copied' | 'unavailable' | 'denied' | 'failed';

/**
 * Puts the image on the clipboard as PNG. The PNG is handed over as a promise, so that the write starts
 * within the reader's click (Safari asks for that). Never throws: a browser without the API, a permission
 * refused or a failed drawing comes back as an outcome to tell the reader.
 */
export async function copyImage(image: ExportImage): Promise<CopyOutcome> {
  const clipboard = (navigator as Partial<Navigator>).clipboard;
  if (typeof clipboard?.write !== 'function' || typeof ClipboardItem !== 'function') return 'unavailable';
  if (typeof ClipboardItem.supports === 'function' && !ClipboardItem.supports('image/png'))
    return 'unavailable';
  let drawn = true;
  const png = svgToPngBlob(image.text, image.width, image.height).catch((error: unknown) => {
    drawn = false;
    throw error;
  });
  png.catch(() => undefined); // told through the outcome, not as an unhandled rejection
  try {
    await clipboard.write([new ClipboardItem({ 'image/png': png })]);
    return 'copied';
  } catch {
    return drawn ? 'denied' : 'failed';
  }
}

const COPY_WORDS = {
  copied: 'export.copied',
  unavailable: 'export.copyUnavailable',
  denied: 'export.copyDenied',
  failed: 'export.imageFailed',
} as const;

/**
 * Does what an image item of the menu asks: saves the SVG or PNG as `<fileBase>.svg|.png`, or copies the
 * PNG; `say` gets the words for the reader when there is something to tell (a copy, a failure).
 */
export async function deliverImage(
  item: ImageItem,
  image: ExportImage,
  fileBase: string,
  say: (words: string) => void,
  { t }: Localizer,
): Promise<void> {
  if (item === 'copy') {
    say(t(COPY_WORDS[await copyImage(image)]));
    return;
  }
  if (item === 'svg') {
    downloadFile(new Blob([image.text], { type: 'image/svg+xml' }), `${fileBase}.svg`);
    return;
  }
  try {
    downloadFile(await svgToPngBlob(image.text, image.width, image.height), `${fileBase}.png`);
  } catch {
    say(t('export.imageFailed'));
  }
}
