import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import type { SummarySection, UsageReport } from '../../core/report.js';
import { summaryHeadline } from '../../core/summary-headline.js';
import { partialLatestMonth } from '../../core/partial-month.js';
import { partialMonthNote } from '../../view/data-freshness.js';
import type { SummaryMetric } from '../../core/summary-headline.js';
import { UsageSectionElement } from '../shared/usage-section-element.js';
import { PartWidthController } from '../../controllers/part-width-controller.js';
import type { FiguresTable } from '../shared/usage-section-element.js';
import type { SectionImageKit } from '../shared/section-downloads.js';
import { renderKpiTile, visibleChange } from './kpi-tile.js';
import { kpiMinSpan } from '../../charts/sparkline.js';
import type { ExportHeader, ExportImage } from '../../charts/export-svg-text.js';
import { renderMonthTable } from '../../charts/month-table.js';
import { anomalyMarkerStyles } from '../../charts/anomaly-markers-svg.js';
import { anomalyCell, seriesAnomalies } from '../../view/series-anomalies.js';
import { summaryStyles } from './dyn-usage-summary.styles.js';
import enSummary from '../../i18n/locales/en/summary.js';
import enInsightMarkers from '../../i18n/locales/en/insight-markers.js';
import { addEnglish } from '../../i18n/registry.js';

addEnglish(enSummary, enInsightMarkers);

const KPIS: readonly SummaryMetric[] = ['available', 'assigned', 'active', 'activePercent'];

/**
 * KPI tiles of the Dynamics usage report: available, assigned and active seats and active usage %,
 * each with the window's last month, its change from the month before and a month-over-month micro chart.
 *
 * @summary Dynamics usage summary: four KPI tiles with sparklines.
 * @attr src - URL of a CSV, TSV or JSON export, or of a report document.
 * @attr from - First month of the window, YYYY-MM.
 * @attr to - Last month of the window, YYYY-MM.
 * @attr locale - Language and locale of every word, number and month.
 * @attr theme - `light` or `dark`; unset follows the OS.
 * @prop report - A report document (beats records and src).
 * @prop records - Raw export rows (beats src).
 * @fires dyn-usage-load - Data is ready; detail `{ section, input, parsedIn?, fallbackReason? }` (`parsedIn`: `worker` or `main-thread`, for a `src` export).
 * @fires dyn-usage-error - Data could not be shown; detail `{ message, status? }`.
 * @csspart frame - The card around the section.
 * @csspart title - The section title.
 * @csspart tile - Each KPI tile (also `tile-available`, `tile-assigned`, `tile-active`, `tile-activePercent`).
 * @csspart chart - Each sparkline.
 * @csspart tooltip - A metric's definition.
 * @csspart notice - The skipped-rows notice.
 * @csspart partial - The note that the latest month looks partial (its rows or seats well below the month before).
 * @cssprop [--dyn-usage-font=system-ui] - Font family.
 * @cssprop [--dyn-usage-background=#ffffff] - Card background.
 * @cssprop [--dyn-usage-text=#1b1f24] - Text colour.
 * @cssprop [--dyn-usage-available-color=#2c6bb5] - Available seats series.
 * @cssprop [--dyn-usage-assigned-color=#8a4fc7] - Assigned seats series.
 * @cssprop [--dyn-usage-active-color=#1d7f45] - Active seats series.
 */
export class DynUsageSummary extends UsageSectionElement<SummarySection> {
  static override styles = [...UsageSectionElement.styles, anomalyMarkerStyles, summaryStyles];

  @state() private focusIndex: Partial<Record<SummaryMetric, number | null>> = {};
  /** Each sparkline's box, measured: the chart is drawn for its own tile. */
  private readonly sparkBoxes = new PartWidthController(this, { selector: '.spark-box', key: 'data-metric' });

  protected get defaultTitle(): string {
    return this.localizer.t('summary.title');
  }

  protected sectionOf(report: UsageReport): SummarySection {
    return report.summary;
  }

  /** The report's first section says how fresh its data is, also in `<dyn-usage-report>` (`hide-notice`). */
  protected override get showsFreshness(): boolean {
    return true;
  }

  protected renderSection(summary: SummarySection, report: UsageReport): TemplateResult {
    const f = this.formatters;
    const partial = partialLatestMonth(report);
    // Four columns from 860 px, 2 × 2 from 420 px, else one: never 3 + 1. Each sparkline is drawn for its
    // own box as measured; until that box is laid out, for the width the grid will give it (host minus
    // the frame's 2 × 16 px padding and 2 × 1 px border, the gaps, and the tile's 2 × 14 px padding).
    const width = this.size.width;
    const columns = width >= 860 ? 4 : width >= 420 ? 2 : 1;
    const tileWidth = Math.floor((width - 34 - 12 * (columns - 1)) / columns - 28);
    return html`${
        partial
          ? html`<p part="partial" class="partial" role="note">
              ${partialMonthNote(partial, f, this.localizer)}
            </p>`
          : nothing
      }
      <div class="tiles columns-${columns}">
        ${KPIS.map((metric) =>
          renderKpiTile(
            {
              headline: summaryHeadline(summary, metric),
              series: summary[metric],
              months: report.months,
              width: this.sparkBoxes.width(metric) ?? tileWidth,
              focusIndex: this.focusIndex[metric] ?? null,
              onFocusIndex: (index) => (this.focusIndex = { ...this.focusIndex, [metric]: index }),
              anomalies: seriesAnomalies(report.insights, report.months, null, metric),
            },
            f,
            this.localizer,
          ),
        )}
      </div>
      ${this.renderDataTable(summary, report)}`;
  }

  /** The text alternative of the four micro charts: every month's figures, unusual ones explained. */
  private renderDataTable(summary: SummarySection, report: UsageReport): TemplateResult {
    const f = this.formatters;
    const { t } = this.localizer;
    const columns = KPIS.map((metric) => {
      const marks = seriesAnomalies(report.insights, report.months, null, metric);
      return {
        label: t(`metric.${metric}.label`),
        cell: (i: number) => {
          const unusual = marks.find((mark) => mark.index === i);
          if (unusual) return anomalyCell(unusual.anomaly, this.localizer, f);
          return metric === 'activePercent'
            ? f.percent(summary.activePercent[i] ?? null)
            : f.seats(summary[metric][i] ?? 0);
        },
      };
    });
    return renderMonthTable(t('summary.table.caption'), report.months, columns, f, t('summary.table.month'));
  }

  protected figuresTable(summary: SummarySection, report: UsageReport): FiguresTable {
    const { t } = this.localizer;
    return {
      header: [t('summary.table.month'), ...KPIS.map((metric) => t(`metric.${metric}.label`))],
      rows: report.months.map((month, i) => [
        month,
        summary.available[i] ?? 0,
        summary.assigned[i] ?? 0,
        summary.active[i] ?? 0,
        summary.activePercent[i] ?? null,
      ]),
    };
  }

  /** The four tiles as one image: each headline figure, its change and its sparkline. */
  protected override exportImage(
    report: UsageReport,
    header: ExportHeader,
    { summaryExportSvg, sectionLook }: SectionImageKit,
  ): ExportImage | null {
    const frame = this.renderRoot.querySelector('.frame');
    if (!frame) return null;
    const summary = report.summary;
    const f = this.formatters;
    const { t } = this.localizer;
    const style = getComputedStyle(frame);
    const tiles = KPIS.map((metric) => {
      const headline = summaryHeadline(summary, metric);
      const percent = metric === 'activePercent';
      const series = summary[metric];
      return {
        label: t(`metric.${metric}.label`),
        value: percent ? f.percent(headline.value) : headline.value === null ? '–' : f.seats(headline.value),
        change: visibleChange(headline, report.months, f, t),
        series,
        minSpan: kpiMinSpan(series, percent ? 'percent' : 'seats'),
        color: style.getPropertyValue(`--_${percent ? 'active' : metric}`).trim(),
        anomalies: seriesAnomalies(report.insights, report.months, null, metric).map((mark) => mark.index),
      };
    });
    return summaryExportSvg(header, tiles, sectionLook(frame), t('insights.marker.legend'));
  }
}
