import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { SkuTrend, UsageReport } from '../../core/report.js';
import { seriesLegendStyles } from '../../charts/series-legend.js';
import { SEAT_METRICS } from '../shared/glossary.js';
import type { SeatMetric } from '../shared/glossary.js';
import { usageEvent } from '../shared/usage-events.js';
import { UsageSectionElement } from '../shared/usage-section-element.js';
import type { FiguresTable } from '../shared/usage-section-element.js';
import { skuStyles } from './dyn-usage-sku.styles.js';
import { anomalyMarkerStyles } from '../../charts/anomaly-markers-svg.js';
import { seriesAnomalies } from '../../view/series-anomalies.js';
import type { ExportLegendItem } from '../../charts/chart-export-svg.js';
import { renderCompareTable, renderSkuTable } from './sku-data-table.js';
import { renderSkuLineChart } from './sku-line-chart.js';
import { renderSkuSmallMultiples } from './sku-small-multiples.js';
import { renderSkuToolbar } from './sku-toolbar.js';
import type { SkuViewMode } from './sku-toolbar.js';
import enSku from '../../i18n/locales/en/sku.js';
import enInsightMarkers from '../../i18n/locales/en/insight-markers.js';
import { addEnglish } from '../../i18n/registry.js';

addEnglish(enSku, enInsightMarkers);

export type { SkuViewMode } from './sku-toolbar.js';

/** What a reader chose: fired on a pick of SKU, view or metric in the element's own controls. */
export interface SkuViewDetail {
  sku: string;
  mode: SkuViewMode;
  metric: SeatMetric;
}

declare global {
  interface HTMLElementEventMap {
    'dyn-usage-sku-change': CustomEvent<SkuViewDetail>;
  }
}

/**
 * A SKU name inside a sentence, between first-strong and pop isolates (what <bdi> does, as text): the
 * sentence stays one text, as its translation wrote it, and a name cannot reorder the words after it.
 */
const isolated = (name: string) => `\u2068${name}\u2069`;

// The frame's padding and border on both sides: the chart gets the rest of the host's width.
const FRAME_INSET = 34;

/**
 * The monthly trend of available, assigned and active seats per SKU. One SKU at a time (picked in a
 * search-as-you-type combobox) as a three-series line chart, or every SKU side by side for one metric
 * as small multiples.
 *
 * @summary Dynamics usage by SKU: seat trends per SKU, one SKU or compared.
 * @attr src - URL of a CSV, TSV or JSON export, or of a report document.
 * @attr from - First month of the window, YYYY-MM.
 * @attr to - Last month of the window, YYYY-MM.
 * @attr locale - Locale for numbers and months.
 * @attr theme - `light` or `dark`; unset follows the OS.
 * @attr sku - The SKU to show (default: the one with most available seats in the window's last month).
 * @attr mode - `single` (one SKU, three series) or `compare` (every SKU, one metric).
 * @attr metric - The metric compare mode shows: `available`, `assigned` or `active`.
 * @attr shared-scale - Compare mode: one y scale for every SKU instead of one each.
 * @prop report - A report document (beats records and src).
 * @prop records - Raw export rows (beats src).
 * @fires dyn-usage-load - Data is ready; detail `{ section, input, parsedIn?, fallbackReason? }` (`parsedIn`: `worker` or `main-thread`, for a `src` export).
 * @fires dyn-usage-error - Data could not be shown; detail `{ message, status? }`.
 * @fires dyn-usage-sku-change - The reader picked a SKU, view or metric; detail `{ sku, mode, metric }`.
 * @csspart frame - The card around the section.
 * @csspart title - The section title.
 * @csspart view - The one SKU / compare SKUs switch.
 * @csspart picker - The SKU combobox.
 * @csspart metric - Compare mode's metric select.
 * @csspart legend - The series legend (toggle buttons).
 * @csspart definition - A series' definition, on hover or focus of its legend item.
 * @csspart chart - The chart (an SVG).
 * @csspart tooltip - The active month's figures.
 * @csspart notice - The skipped-rows notice.
 * @cssprop [--dyn-usage-available-color=#2c6bb5] - Available seats series.
 * @cssprop [--dyn-usage-assigned-color=#8a4fc7] - Assigned seats series.
 * @cssprop [--dyn-usage-active-color=#1d7f45] - Active seats series.
 * @cssprop [--dyn-usage-grid=#e3e8ee] - Gridlines.
 */
export class DynUsageSku extends UsageSectionElement<SkuTrend[]> {
  static override styles = [
    ...UsageSectionElement.styles,
    seriesLegendStyles,
    anomalyMarkerStyles,
    skuStyles,
  ];

  /** The SKU to show; unset (or not in the window) shows the first of `report.sku`. */
  @property() sku: string | undefined;
  /** `single` or `compare`. */
  @property({ reflect: true }) mode: SkuViewMode = 'single';
  /** The metric of compare mode. */
  @property() metric: SeatMetric = 'available';
  /** Compare mode: one y scale for every SKU (compares sizes) rather than one each (compares shapes). */
  @property({ type: Boolean, attribute: 'shared-scale' }) sharedScale = false;

  @state() private hiddenSeries: readonly SeatMetric[] = [];
  @state() private activeIndex: number | null = null;
  @state() private defined: SeatMetric | null = null;

  protected get defaultTitle(): string {
    return this.localizer.t('sku.title');
  }

  protected sectionOf(report: UsageReport): SkuTrend[] {
    return report.sku;
  }

  protected renderSection(trends: SkuTrend[], report: UsageReport): TemplateResult {
    const f = this.formatters;
    const localizer = this.localizer;
    const { t } = localizer;
    const width = Math.max(0, this.size.width - FRAME_INSET);
    const trend = this.selected(trends);
    const metric = this.shownMetric;
    const compare = this.mode === 'compare';
    const onActive = (index: number | null) => (this.activeIndex = index);
    const missing = !compare && this.sku && trend && this.sku !== trend.sku;
    // The SKU's unusual months, marked in the single-SKU chart and explained in its table.
    const anomalies = trend
      ? SEAT_METRICS.flatMap((key) => seriesAnomalies(report.insights, report.months, trend.sku, key))
      : [];
    // In compare mode, every SKU's unusual months of the metric compared.
    const compared = new Map(
      compare
        ? trends.map((each) => [each.sku, seriesAnomalies(report.insights, report.months, each.sku, metric)])
        : [],
    );
    return html`${renderSkuToolbar(
      {
        mode: compare ? 'compare' : 'single',
        trends,
        sku: trend?.sku ?? '',
        metric,
        sharedScale: this.sharedScale,
        onMode: (mode) => this.choose(() => (this.mode = mode)),
        onSku: (sku) => this.choose(() => (this.sku = sku)),
        onMetric: (next) => this.choose(() => (this.metric = next)),
        onSharedScale: (shared) => (this.sharedScale = shared),
      },
      localizer,
    )}
    ${
      missing
        ? html`<p class="note">
            ${t('sku.missing', { sku: isolated(this.sku ?? ''), shown: isolated(trend.sku) })}
          </p>`
        : nothing
    }
    ${
      width <= 0 || !trend
        ? nothing
        : compare
          ? renderSkuSmallMultiples(
              {
                trends,
                months: report.months,
                metric,
                width,
                sharedScale: this.sharedScale,
                activeIndex: this.activeIndex,
                onActive,
                anomalies: compared,
              },
              f,
              localizer,
            )
          : renderSkuLineChart(
              {
                trend,
                months: report.months,
                width,
                visible: SEAT_METRICS.filter((key) => !this.hiddenSeries.includes(key)),
                activeIndex: this.activeIndex,
                defined: this.defined,
                onActive,
                onToggle: (key) =>
                  (this.hiddenSeries = this.hiddenSeries.includes(key)
                    ? this.hiddenSeries.filter((k) => k !== key)
                    : [...this.hiddenSeries, key]),
                onDefine: (key) => (this.defined = key),
                anomalies,
              },
              f,
              localizer,
            )
    }
    ${
      trend
        ? compare
          ? renderCompareTable(trends, report.months, metric, f, localizer, compared)
          : renderSkuTable(trend, report.months, f, localizer, anomalies)
        : nothing
    }`;
  }

  /** Long form: one row per SKU and month, the three metrics as columns. */
  protected figuresTable(trends: SkuTrend[], report: UsageReport): FiguresTable {
    const { t } = this.localizer;
    return {
      header: [
        t('sku.csv.sku'),
        t('sku.csv.month'),
        ...SEAT_METRICS.map((metric) => t(`metric.${metric}.label`)),
      ],
      rows: trends.flatMap((trend) =>
        report.months.map((month, i) => [
          trend.sku,
          month,
          ...SEAT_METRICS.map((metric) => trend[metric][i] ?? 0),
        ]),
      ),
    };
  }

  /** The image names what it shows: the SKU, or in compare mode the metric compared. */
  protected override exportTitle(): string {
    const { t } = this.localizer;
    const sku = this.selected(this.section ?? [])?.sku;
    const detail = this.mode === 'compare' ? t(`metric.${this.shownMetric}.label`) : sku ? isolated(sku) : '';
    return detail ? t('export.titleWith', { title: this.sectionTitle, detail }) : this.sectionTitle;
  }

  /** The series shown, and the hollow diamond when an unusual month is marked. */
  protected override exportLegend(): ExportLegendItem[] {
    const style = getComputedStyle(this);
    const token = (name: string) => style.getPropertyValue(`--_${name}`).trim();
    const keys =
      this.mode === 'compare'
        ? [this.metric]
        : SEAT_METRICS.filter((key) => !this.hiddenSeries.includes(key));
    const { t } = this.localizer;
    const marked = this.renderRoot.querySelector('.anomaly-marker') !== null;
    return [
      ...keys.map((key) => ({ label: t(`metric.${key}.label`), color: token(key) })),
      ...(marked
        ? [
            {
              label: t('insights.marker.legend'),
              color: token('bg'),
              stroke: token('text'),
              shape: 'diamond' as const,
            },
          ]
        : []),
    ];
  }

  /** `metric`, or `available` for a value that is not a seat metric. */
  private get shownMetric(): SeatMetric {
    return SEAT_METRICS.includes(this.metric) ? this.metric : 'available';
  }

  private selected(trends: readonly SkuTrend[]): SkuTrend | undefined {
    return trends.find((trend) => trend.sku === this.sku) ?? trends[0];
  }

  /** Applies a reader's choice and tells the page. */
  private choose(apply: () => void): void {
    apply();
    this.activeIndex = null;
    const trend = this.selected(this.section ?? []);
    this.dispatchEvent(
      usageEvent<SkuViewDetail>('dyn-usage-sku-change', {
        sku: trend?.sku ?? '',
        mode: this.mode,
        metric: this.metric,
      }),
    );
  }
}
