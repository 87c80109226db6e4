import { html, nothing } from 'lit';
import type { PropertyValues, TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { groupAt, groupIndexForKey, groupedBarsLayout, tooltipPosition } from '../../charts/grouped-bars.js';
import type { GroupedBarsLayout } from '../../charts/grouped-bars.js';
import { seriesLegendStyles } from '../../charts/series-legend.js';
import { distributionTop } from '../../core/distribution-top.js';
import type { DistributionEntry, UsageReport } from '../../core/report.js';
import { SEAT_METRICS } from '../shared/glossary.js';
import type { SeatMetric } from '../shared/glossary.js';
import { partSlot, withParts } from '../shared/message-parts.js';
import { renderEmpty } from '../shared/section-states.js';
import { UsageSectionElement } from '../shared/usage-section-element.js';
import { usageEvent } from '../shared/usage-events.js';
import type { FiguresTable } from '../shared/usage-section-element.js';
import type { PeriodKind } from '../../view/section-period.js';
import { renderDistributionChart } from './distribution-chart.js';
import { renderDistributionLegend, renderExpandButton } from './distribution-controls.js';
import {
  barLabel,
  chartSummary,
  groupReadout,
  renderDataTable,
  renderTooltipBody,
  rowLabel,
  skuCount,
} from './distribution-text.js';
import { distributionStyles } from './dyn-usage-distribution.styles.js';
import { skuFamilyPrefix, withoutFamilyPrefix } from '../../view/sku-family-prefix.js';
import { isolate } from '../../i18n/isolate.js';
import enDistribution from '../../i18n/locales/en/distribution.js';
import { addEnglish } from '../../i18n/registry.js';

addEnglish(enDistribution);

const DEFAULT_TOP = 10;
// The frame's padding (2 × 16 px) and border (2 × 1 px) around the chart.
const FRAME_INSET = 34;

declare global {
  interface HTMLElementEventMap {
    'dyn-usage-sku-select': CustomEvent<{ sku: string }>;
  }
}

/**
 * Dynamics usage distribution: available, assigned and active seats per SKU in the snapshot month as
 * horizontal grouped bars, with each SKU's share of all available and all active seats. The top N SKUs
 * are drawn, the rest summed into one "Other" group that a button expands.
 *
 * @summary Dynamics usage distribution: seats per SKU as grouped bars with shares.
 * @attr src - URL of a CSV, TSV or JSON export, or of a report document.
 * @attr from - First month of the window, YYYY-MM.
 * @attr to - Last month of the window, YYYY-MM.
 * @attr month - Snapshot month, YYYY-MM (default: the window's last month).
 * @attr top - How many SKUs to draw before the rest is summed into "Other" (default 10).
 * @attr locale - Language and locale of every word, number and month.
 * @attr theme - `light` or `dark`; unset follows the OS.
 * @prop report - A report document (beats records and src).
 * @prop records - Raw export rows (beats src).
 * @fires dyn-usage-load - Data is ready; detail `{ section, input, parsedIn?, fallbackReason? }` (`parsedIn`: `worker` or `main-thread`, for a `src` export).
 * @fires dyn-usage-sku-select - A SKU's bars were clicked or chosen with Enter; detail `{ sku }`.
 * @fires dyn-usage-error - Data could not be shown; detail `{ message, status? }`.
 * @csspart frame - The card around the section.
 * @csspart title - The section title.
 * @csspart legend - The series legend (toggle buttons).
 * @csspart definition - A metric's definition, shown on hovering or focusing its legend item.
 * @csspart chart - The bar chart's SVG.
 * @csspart tooltip - The figures of the SKU under the pointer or keyboard.
 * @csspart expand - The "Show all SKUs" / "Show top N" button.
 * @csspart notice - The skipped-rows notice.
 * @cssprop [--dyn-usage-available-color=#2c6bb5] - Available seats bars.
 * @cssprop [--dyn-usage-assigned-color=#8a4fc7] - Assigned seats bars.
 * @cssprop [--dyn-usage-active-color=#1d7f45] - Active seats bars.
 * @cssprop [--dyn-usage-grid=#e3e8ee] - Gridlines.
 */
export class DynUsageDistribution extends UsageSectionElement<DistributionEntry[]> {
  static override styles = [...UsageSectionElement.styles, seriesLegendStyles, distributionStyles];

  /** How many SKUs to draw before the rest is summed into one "Other" group (default 10). */
  @property({ type: Number }) top = DEFAULT_TOP;

  @state() private expanded = false;
  @state() private hiddenSeries: ReadonlySet<SeatMetric> = new Set();
  @state() private focusIndex = 0;
  @state() private hoverIndex: number | null = null;
  @state() private chartFocused = false;
  @state() private definition: SeatMetric | null = null;
  /** The drawn chart's geometry, for placing the tooltip after render. */
  private layout: GroupedBarsLayout | null = null;
  /** The SKU of each drawn group, in order ("Other" included), for selection. */
  private shownSkus: string[] = [];

  protected get defaultTitle(): string {
    return this.localizer.t('distribution.title');
  }

  /** One month's snapshot: the header and exports name that month, not the window. */
  protected override get periodKind(): PeriodKind {
    return 'snapshot';
  }

  protected sectionOf(report: UsageReport): DistributionEntry[] {
    return report.distribution;
  }

  private get topCount(): number {
    return Number.isFinite(this.top) && this.top >= 1 ? Math.floor(this.top) : DEFAULT_TOP;
  }

  private get series(): SeatMetric[] {
    return SEAT_METRICS.filter((metric) => !this.hiddenSeries.has(metric));
  }

  protected renderSection(section: DistributionEntry[], report: UsageReport): TemplateResult {
    const f = this.formatters;
    const { t, dir } = this.localizer;
    const month = report.month;
    this.layout = null;
    if (!month) return renderEmpty(t('distribution.empty.noMonth'));
    if (section.length === 0)
      return renderEmpty(t('distribution.empty.noRows', { month: f.monthLong(month) }));
    const top = distributionTop(section, this.expanded ? Infinity : this.topCount);
    const rows = top.rows;
    this.shownSkus = rows.map((row) => row.sku);
    const collapsible = section.length > this.topCount;
    const otherIndex = top.otherCount > 0 ? rows.length - 1 : null;
    const focusIndex = Math.min(this.focusIndex, rows.length - 1);
    const activeIndex = this.hoverIndex ?? (this.chartFocused ? focusIndex : null);
    const active = activeIndex === null ? null : rows[activeIndex];
    const width = this.size.width - FRAME_INSET;
    // From every SKU, not the drawn ones: the labels keep their names when "Other" is expanded.
    const prefix = skuFamilyPrefix(section.map((entry) => entry.sku));
    if (width > 0) {
      const series = this.series;
      this.layout = groupedBarsLayout({
        width,
        dir,
        groups: rows.map((row) => ({
          label: row.other ? rowLabel(row, t) : withoutFamilyPrefix(row.sku, prefix),
          bars: series.map((key) => ({ key, value: row[key], label: barLabel(row, key, f) })),
        })),
      });
    }
    const layout = this.layout;
    // Each part isolated: in Arabic, "20 SKU · 308,563" would otherwise run together left to right.
    const subtitle = withParts(
      t('distribution.subtitle', { skus: partSlot(0), available: partSlot(1) }),
      [skuCount(section.length, t), t('distribution.availableSeats', { count: top.total.available })].map(
        (part) => html`<bdi>${part}</bdi>`,
      ),
    );
    return html`<p class="subtitle">${subtitle}</p>
      ${prefix ? html`<p class="prefix-note" data-export-note>${t('distribution.prefixNote', { prefix: isolate(prefix) })}</p>` : nothing}
      ${renderDistributionLegend(
        {
          hidden: this.hiddenSeries,
          definition: this.definition,
          onToggle: (metric) => this.toggleSeries(metric),
          onDefinition: (metric) => (this.definition = metric),
        },
        t,
      )}
      <div class="chart-wrap">
        ${
          layout
            ? renderDistributionChart(
                {
                  layout,
                  summary: chartSummary(top, section.length, month, f, t),
                  activeIndex,
                  focused: this.chartFocused,
                  otherIndex,
                  tickLabel: (value) => f.seatsCompact(value),
                },
                {
                  onKeyDown: (event) => this.onChartKey(event, rows.length, otherIndex),
                  onPointerY: (y) =>
                    (this.hoverIndex = y === null || !this.layout ? null : groupAt(this.layout, y)),
                  onClick: () => this.hoverIndex !== null && this.selectGroup(this.hoverIndex, otherIndex),
                  onFocus: () => (this.chartFocused = true),
                  onBlur: () => (this.chartFocused = false),
                },
              )
            : nothing
        }
        ${
          layout && active
            ? html`<div class="tooltip" part="tooltip" aria-hidden="true">
                ${renderTooltipBody(active, f, t)}
              </div>`
            : nothing
        }
      </div>
      ${
        collapsible
          ? renderExpandButton(
              {
                expanded: this.expanded,
                top: this.topCount,
                skus: section.length,
                onToggle: () => this.toggleExpanded(),
              },
              t,
            )
          : nothing
      }
      <p class="visually-hidden" aria-live="polite">
        ${this.chartFocused && rows[focusIndex] ? groupReadout(rows[focusIndex], f, t) : ''}
      </p>
      ${renderDataTable(rows, month, f, t)}`;
  }

  /** "Other" expands; a SKU is selected (`dyn-usage-sku-select`, which a report uses to cross-filter). */
  private selectGroup(index: number, otherIndex: number | null): void {
    if (index === otherIndex) {
      this.toggleExpanded();
      return;
    }
    const sku = this.shownSkus[index];
    if (sku !== undefined) this.dispatchEvent(usageEvent('dyn-usage-sku-select', { sku }));
  }

  private toggleExpanded(): void {
    this.expanded = !this.expanded;
    this.hoverIndex = null;
  }

  private toggleSeries(key: SeatMetric): void {
    const hidden = new Set(this.hiddenSeries);
    if (hidden.has(key)) hidden.delete(key);
    else if (hidden.size < SEAT_METRICS.length - 1) hidden.add(key); // keep at least one series drawn
    this.hiddenSeries = hidden;
  }

  private onChartKey(event: KeyboardEvent, count: number, otherIndex: number | null): void {
    const current = Math.min(this.focusIndex, count - 1);
    const next = groupIndexForKey(event.key, current, count);
    if (next !== null) {
      event.preventDefault();
      this.hoverIndex = null;
      this.chartFocused = true;
      this.focusIndex = next;
    } else if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      this.selectGroup(current, otherIndex);
    } else if (event.key === 'Escape') {
      this.hoverIndex = null;
      this.chartFocused = false; // WCAG 1.4.13: a tooltip can be dismissed without moving focus
    }
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    this.placeTooltip();
  }

  private placeTooltip(): void {
    const tooltip = this.renderRoot.querySelector<HTMLElement>('.tooltip');
    const layout = this.layout;
    if (!tooltip || !layout) return;
    const index = this.hoverIndex ?? Math.min(this.focusIndex, layout.groups.length - 1);
    const size = { width: tooltip.offsetWidth, height: tooltip.offsetHeight };
    const position = tooltipPosition(layout, index, size);
    if (!position) return;
    // CSSOM, not a style attribute: the page's CSP may forbid inline styles.
    tooltip.style.setProperty('left', `${position.left}px`);
    tooltip.style.setProperty('top', `${position.top}px`);
  }

  protected figuresTable(section: DistributionEntry[]): FiguresTable {
    const { t } = this.localizer;
    return {
      header: [
        t('distribution.table.sku'),
        ...SEAT_METRICS.map((metric) => t(`metric.${metric}.short`)),
        t('distribution.csv.shareAvailable'),
      ],
      rows: distributionTop(section).rows.map((row) => [
        row.sku,
        row.available,
        row.assigned,
        row.active,
        row.availableShare,
      ]),
    };
  }

  /** The drawn series with their colours resolved, since an exported file has no custom properties. */
  protected override exportLegend(): { label: string; color: string }[] {
    const style = getComputedStyle(this);
    return this.series.map((key) => ({
      label: this.localizer.t(`metric.${key}.label`),
      color: style.getPropertyValue(`--_${key}`).trim(),
    }));
  }
}
