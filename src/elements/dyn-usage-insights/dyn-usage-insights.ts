import { html } from 'lit';
import type { TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { InsightsSection, ReportOptions, UsageReport } from '../../core/report.js';
import { insightLists } from '../../view/insight-lists.js';
import type { InsightColumn, InsightListId, InsightRow, InsightSort } from '../../view/insight-lists.js';
import { UsageSectionElement } from '../shared/usage-section-element.js';
import type { FiguresTable } from '../shared/usage-section-element.js';
import type { ExportHeader, ExportImage } from '../../charts/export-svg-text.js';
import { insightsImage } from './insights-image.js';
import { usageEvent } from '../shared/usage-events.js';
import { renderAnomalies, renderChanges } from './insights-changes.js';
import { renderInsightLists } from './insights-lists.js';
import { insightsStyles } from './dyn-usage-insights.styles.js';
import enInsights from '../../i18n/locales/en/insights.js';
import { addEnglish } from '../../i18n/registry.js';

addEnglish(enInsights);

/** A subscription table that can bring one customer's row into view. */
interface CustomerShower extends Element {
  showCustomer(customerKey: string): void;
}

const NO_INSIGHTS: InsightsSection = {
  changes: null,
  anomalies: [],
  opportunities: { month: null, unassigned: [], inactive: [], falling: [] },
  renewals: { available: false, reason: 'the report has no insights' },
};

/**
 * What changed and why, unusual months, and where to act: the customers with the most unassigned or
 * unused seats, the sharpest falls in active usage, and renewals at risk. Names link to their row in a
 * `<dyn-subscription-table>` on the same page.
 *
 * @summary Dynamics usage insights: changes and their drivers, anomalies, opportunities and renewals.
 * @fires dyn-usage-load - Data is ready; detail `{ section, input, parsedIn?, fallbackReason? }`.
 * @fires dyn-usage-error - Data could not be shown; detail `{ message, status? }`.
 * @fires dyn-usage-customer-select - A customer's name was chosen; detail `{ customerKey, customerName }`.
 * @csspart frame - The card around the section.
 * @csspart title - The section title.
 * @csspart changes - What changed.
 * @csspart anomalies - Unusual months.
 * @csspart lists - The opportunity lists and renewals.
 * @csspart list - Each list (also `list-unassigned`, `list-inactive`, `list-falling`, `list-renewals`).
 * @csspart notice - The skipped-rows notice.
 */
export class DynUsageInsights extends UsageSectionElement<InsightsSection> {
  static override styles = [...UsageSectionElement.styles, insightsStyles];

  /** Renewals: how many days after the window's last month an end date may fall (default 90). */
  @property({ type: Number, attribute: 'renewal-days' }) renewalDays: number | undefined;
  /** Renewals: list subscriptions whose active % is below this (default 50). */
  @property({ type: Number, attribute: 'renewal-active-below' }) renewalActiveBelow: number | undefined;

  @state() private query = '';
  @state() private sorts: Partial<Record<InsightListId, InsightSort>> = {};
  @state() private allRenewals = false;

  protected get defaultTitle(): string {
    return this.localizer.t('insights.title');
  }

  protected sectionOf(report: UsageReport): InsightsSection {
    return report.insights ?? NO_INSIGHTS;
  }

  /** Lists and figures: no d3 chart to load. */
  protected override get drawsCharts(): boolean {
    return false;
  }

  protected override reportOptions(): ReportOptions {
    const options: ReportOptions = {};
    if (validNumber(this.renewalDays)) options.renewalDays = this.renewalDays;
    if (validNumber(this.renewalActiveBelow)) options.renewalActiveBelow = this.renewalActiveBelow;
    return options;
  }

  /** The lists as shown (sort, search, renewals), as an image. */
  protected override exportImage(_report: UsageReport, header: ExportHeader): ExportImage | null {
    const frame = this.renderRoot.querySelector('.frame');
    return frame ? insightsImage(this.renderRoot, frame, header) : null;
  }

  protected renderSection(insights: InsightsSection): TemplateResult {
    const f = this.formatters;
    const localizer = this.localizer;
    const { t } = localizer;
    const level = Math.min(6, Math.max(1, this.headingLevel) + 1);
    return html`${renderChanges(insights, level, localizer, f)}
      ${renderAnomalies(insights.anomalies, level, localizer, f)}
      <div class="toolbar">
        <input
          type="search"
          aria-label=${t('insights.search.label')}
          placeholder=${t('insights.search.placeholder')}
          .value=${this.query}
          @input=${(event: InputEvent) => (this.query = (event.target as HTMLInputElement).value)}
        />
      </div>
      ${this.renderLists(insights, level)}`;
  }

  private renderLists(insights: InsightsSection, level: number): TemplateResult {
    const rows = insightLists(insights, this.query, this.sorts);
    const { t } = this.localizer;
    const none = this.query.trim() !== '' && Object.values(rows).every((list) => list.length === 0);
    return html`${none ? html`<p role="status">${t('insights.search.none', { query: this.query.trim() })}</p>` : ''}
    ${renderInsightLists(
      {
        insights,
        rows,
        sorts: this.sorts,
        level,
        canShowCustomer: this.customerShower() !== null,
        compact: this.size.width > 0 && this.size.width < 560,
        // A search shows every renewal it finds.
        allRenewals: this.allRenewals || this.query.trim() !== '',
        onToggleRenewals: () => (this.allRenewals = !this.allRenewals),
        onSort: (list, column) => this.sortBy(list, column),
        onShowCustomer: (row) => this.showCustomer(row),
      },
      this.localizer,
      this.formatters,
    )}`;
  }

  private sortBy(list: InsightListId, column: InsightColumn): void {
    const current = this.sorts[list];
    // A new column sorts names A→Z and figures largest first; the same column again turns the order round.
    const descending = current?.column === column ? !current.descending : column !== 'customer';
    this.sorts = { ...this.sorts, [list]: { column, descending } };
  }

  /** The `<dyn-subscription-table>` beside this section (same document or shadow root), if it can show a customer. */
  private customerShower(): CustomerShower | null {
    const root = this.getRootNode() as Document | ShadowRoot;
    const table = root.querySelector?.('dyn-subscription-table') as Partial<CustomerShower> | null;
    return table && typeof table.showCustomer === 'function' ? (table as CustomerShower) : null;
  }

  private showCustomer(row: InsightRow): void {
    this.dispatchEvent(
      usageEvent('dyn-usage-customer-select', {
        customerKey: row.customerKey,
        customerName: row.customerName,
      }),
    );
    this.customerShower()?.showCustomer(row.customerKey);
  }

  protected figuresTable(insights: InsightsSection): FiguresTable {
    const { t } = this.localizer;
    const lists = insightLists(insights, '', {});
    const header = [
      t('insights.csv.list'),
      t('insights.column.customer'),
      t('insights.column.sku'),
      t('insights.csv.value'),
      t('metric.available.label'),
      t('metric.assigned.label'),
      t('metric.active.label'),
      t('insights.column.endDate'),
      t('insights.column.subscriptions'),
    ];
    const names: Record<InsightListId, string> = {
      unassigned: t('insights.unassigned.heading'),
      inactive: t('insights.inactive.heading'),
      falling: t('insights.falling.heading'),
      renewals: t('insights.renewals.heading'),
    };
    const rows = (Object.keys(lists) as InsightListId[]).flatMap((id) =>
      lists[id].map((row) => [
        names[id],
        row.customerName,
        'sku' in row ? row.sku : '',
        'daysAfterMonth' in row ? row.daysAfterMonth : row.value,
        row.available,
        row.assigned,
        row.active,
        'endDate' in row ? row.endDate : '',
        'subscriptionIds' in row ? row.subscriptionIds.join(' ') : row.subscriptionId,
      ]),
    );
    return { header, rows };
  }
}

function validNumber(value: number | undefined): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0;
}

/** The `dyn-usage-customer-select` event's detail: the customer whose name was chosen in a list. */
export interface CustomerSelectDetail {
  customerKey: string;
  customerName: string;
}

declare global {
  interface HTMLElementEventMap {
    'dyn-usage-customer-select': CustomEvent<CustomerSelectDetail>;
  }
}
