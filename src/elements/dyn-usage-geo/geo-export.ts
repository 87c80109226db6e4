// What the geography section gives its downloads: the country figures as a table, the legend as shown.
import type { GeoSection } from '../../core/report.js';
import type { ExportLegendItem } from '../../charts/chart-export-svg.js';
import { countryRows } from '../../view/country-rows.js';
import type { UsageFormatters } from '../../view/formatters.js';
import type { Localizer } from '../../i18n/localizer.js';
import type { FiguresTable } from '../shared/usage-section-element.js';

const FIGURES = ['available', 'assigned', 'active', 'activePercent'] as const;

/** Each country's code, name, market and figures in the snapshot month, for the CSV download. */
export function countryFigures(geo: GeoSection, f: UsageFormatters, { t }: Localizer): FiguresTable {
  const rows = countryRows(geo.countries, f);
  return {
    // Country/region is named in the reader's locale (Intl.DisplayNames); Market is the export's own name.
    header: [
      t('geo.csv.code'),
      t('geo.grid.country'),
      t('geo.csv.market'),
      ...FIGURES.map((key) => t(`metric.${key}.label`)),
    ],
    rows: rows.map((r) => [r.code, r.name, r.market, r.available, r.assigned, r.active, r.activePercent]),
  };
}

/** The legend's items as drawn (label, colour, square or dot, outline), for an exported image. */
export function shownLegendItems(root: ParentNode): ExportLegendItem[] {
  return [...root.querySelectorAll<HTMLElement>('.geo-legend .legend-item')].map((item) => {
    const swatch = item.querySelector('.swatch, .dot') ?? item;
    // The small territories' marker is a dot on the map and in the legend: a circle in the file too.
    const shape = swatch.classList.contains('dot') ? 'circle' : 'square';
    const style = getComputedStyle(swatch);
    // "No rows" is the background, outlined (an inset shadow on screen); the dot has a border.
    const stroke = swatch.classList.contains('nodata')
      ? style.getPropertyValue('--_border').trim()
      : parseFloat(style.borderTopWidth) > 0
        ? style.borderTopColor
        : '';
    return {
      label: item.textContent?.trim() ?? '',
      color: style.backgroundColor,
      shape,
      ...(stroke ? { stroke } : {}),
    };
  });
}

/** The legend's title as shown: the metric the map colours and its month. */
export function shownLegendTitle(root: ParentNode): string {
  return root.querySelector('.geo-legend .legend-title')?.textContent?.trim() ?? '';
}
