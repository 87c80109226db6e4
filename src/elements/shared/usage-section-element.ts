import { LitElement, nothing } from 'lit';
import type { PropertyValues, TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { ReportOptions, UsageReport } from '../../core/report.js';
import type { UsageFilter } from '../../core/usage-filter.js';
import { ElementSizeController } from '../../controllers/element-size-controller.js';
import { UsageDataController, UsageStatus } from '../../controllers/usage-data-controller.js';
import type { UsageDataInputs } from '../../controllers/usage-data-controller.js';
import { LocalizeController } from '../../controllers/localize-controller.js';
import { UsageLoadError } from '../../load/usage-load-error.js';
import { yieldToEventLoop } from '../../schedule/yield.js';
import { afterIntlWarmUp } from '../../load/intl-warm-up.js';
import type { ExportLegendItem } from '../../charts/chart-export-svg.js';
import { chartKitLoaded, loadChartKit } from '../../charts/chart-kit-loader.js';
import type { ExportHeader, ExportImage } from '../../charts/export-svg-text.js';
import { usageFormatters } from '../../view/formatters.js';
import type { UsageFormatters } from '../../view/formatters.js';
import { periodLabel } from '../../view/section-period.js';
import type { PeriodKind } from '../../view/section-period.js';
import type { Localizer } from '../../i18n/localizer.js';
import type { MessageOverrides } from '../../i18n/catalog.js';
import { imageMenuItems } from './image-menu-items.js';
import { sectionElementStyles } from './section-element.styles.js';
import { printSection } from './print-section.js';
import { hostLocale } from './host-locale.js';
import { renderSkippedNotice } from './section-states.js';
import type { SectionMenuItem } from './section-menu.js';
import { usageSettledEvent } from './usage-events.js';
import { renderPendingFrame, renderSectionFrame } from './section-frame.js';
import { renderSectionBody } from './section-body.js';
import { renderFreshness } from './section-freshness.js';
import type { FiguresTable, SectionImageKit } from './section-downloads.js';
import { loadDownloads, loadedDownloads } from './lazy-downloads.js';

export type { FiguresTable } from './section-downloads.js';

/**
 * What every section element shares: data inputs (`report` › `records` › `src`), loading through
 * `UsageDataController`, the loading / empty / error / ready states, the frame with title and menu,
 * the skipped-rows notice, theme, locale and width. A subclass says which part of the report it shows
 * and renders it.
 *
 * @csspart state - The loading, empty or error message shown in place of the figures.
 * @csspart error - The error message (with `state`).
 * @csspart retry - The error's "Try again" button, when the data came from a URL.
 * @csspart menu - The section menu (the figures as CSV; the image of what is shown as SVG or PNG, or copied; print this section).
 * @csspart freshness - "Data as of …" (or "Data through …") under the figures.
 */
export abstract class UsageSectionElement<Section> extends LitElement {
  static override styles = sectionElementStyles;

  /** A report document as the `dyn-usage` CLI prints it; beats `records` and `src`. */
  @property({ attribute: false }) report: UsageReport | null = null;
  /** Raw export rows (PascalCase or camelCase keys); beats `src`. */
  @property({ attribute: false }) records: readonly Record<string, unknown>[] | null = null;
  /** Id of a `<dyn-usage-source>` in the same document or shadow root to take data from; beats `src`. */
  @property() source: string | null = null;
  /** URL of a CSV, TSV or JSON export, or of a report document (told apart by content). */
  @property() src: string | null = null;
  /** A cross-filter (SKUs, countries, segments, …) applied to data from a shared source. */
  @property({ attribute: false }) filter: UsageFilter = {};
  /** First month of the window, `YYYY-MM` (default: 11 months before `to`). */
  @property() from: string | undefined;
  /** Last month of the window, `YYYY-MM` (default: the latest month in the data). */
  @property() to: string | undefined;
  /** Snapshot month, `YYYY-MM` (default: the window's last month). */
  @property() month: string | undefined;
  /**
   * When the data was exported, as an ISO date (`2026-11-28`): "Data as of …" under the figures. Without it,
   * the `<dyn-usage-source>`'s `data-as-of`, then the response's `Last-Modified`, then the latest month.
   */
  @property({ attribute: 'data-as-of' }) dataAsOf: string | undefined;
  /**
   * Language and locale of every word, number, month and country name (default: the nearest `lang`, then
   * the browser's). Messages fall back region → language → English (`nl-BE` → `nl`).
   */
  @property() locale: string | undefined;
  /** Replacements for some of the kit's messages on this element only, by key (see README "Languages"). */
  @property({ attribute: false }) messages: MessageOverrides | null = null;
  /** The section's title in place of the kit's (e.g. a CMS page's own words). */
  @property() heading: string | undefined;
  /** The title's heading level, 1–6 (default 2): `3` under a page's own `h2`. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;
  /** `light` or `dark`; unset follows `prefers-color-scheme`. */
  @property({ reflect: true }) theme: 'light' | 'dark' | undefined;
  /**
   * Hide the skipped-rows notice and "Data as of …", and keep loading progress out of screen readers'
   * announcements (a page that shows one notice and announces one load for several sections, as
   * `<dyn-usage-report>` does; its summary still says how fresh the data is, once for the page).
   */
  @property({ type: Boolean, attribute: 'hide-notice' }) hideNotice = false;
  /**
   * While loading, show the card with its title and no progress bar or announcement (default false): a
   * page that shows one progress bar for several sections, as `<dyn-usage-report>` does. Errors and empty
   * states still show in the section.
   */
  @property({ type: Boolean, attribute: 'quiet-loading' }) quietLoading = false;

  /** The charts' code (chart-kit-loader.ts) did not load: shown as the section's error, with "Try again". */
  @state() private chartCodeError: UsageLoadError | null = null;
  /** Settles of the data so far: a settle that waited for the charts' code tells nothing once a newer one came. */
  private settles = 0;

  protected readonly data: UsageDataController;
  protected readonly size = new ElementSizeController(this);
  protected readonly i18n = new LocalizeController(this, {
    locale: () => hostLocale(this, this.locale),
    messages: () => this.messages,
  });

  constructor(options: { keepRows?: boolean } = {}) {
    super();
    this.data = new UsageDataController(this, {
      inputs: () => this.usageInputs(),
      keepRows: options.keepRows ?? false,
      onSettled: (status, report, error) => void this.usageSettled(status, report, error),
    });
  }

  /**
   * `idle`, `loading`, `ready`, `empty` or `error`. Figures ready before the charts' code has loaded are
   * still `loading` (the code loads from connect, beside the data, so this is rare); code that failed to
   * load is an `error`.
   */
  get status(): UsageStatus {
    const status = this.data.status;
    if (status !== UsageStatus.ready || !this.drawsCharts || chartKitLoaded()) return status;
    return this.chartCodeError ? UsageStatus.error : UsageStatus.loading;
  }

  /**
   * Whether the section draws d3 charts, whose code (d3-scale, d3-shape, d3-array: chart-kit.ts) loads
   * when the section connects rather than with the page. The geography (its own map code) and the
   * insights (lists) say no.
   */
  protected get drawsCharts(): boolean {
    return true;
  }

  /** Loads the charts' code once (chart-kit-loader.ts), then draws; a failure shows as the section's error. */
  private loadChartCode(): Promise<void> {
    if (!this.drawsCharts || chartKitLoaded()) return Promise.resolve();
    this.chartCodeError = null;
    return loadChartKit().then(
      () => this.requestUpdate(),
      (error: unknown) => {
        const detail = error instanceof Error ? error.message : String(error);
        this.chartCodeError = new UsageLoadError(
          `The section's chart code did not load: ${detail}`,
          undefined,
          {
            code: 'code-unavailable',
            values: { detail },
          },
        );
      },
    );
  }

  /** The figures this element shows, in the report document's shape; `null` until ready. */
  get section(): Section | null {
    const report = this.data.report;
    return report ? this.sectionOf(report) : null;
  }

  /** The kit's title for the section in the reader's language, e.g. "Dynamics usage by SKU". */
  protected abstract get defaultTitle(): string;

  /** The title shown: `heading`, else the kit's. */
  protected get sectionTitle(): string {
    return this.heading?.trim() || this.defaultTitle;
  }

  /** The element's words in its language. */
  protected get localizer(): Localizer {
    return this.i18n.localizer;
  }
  /** The part of the report this element shows. */
  protected abstract sectionOf(report: UsageReport): Section;
  /** The ready state. */
  protected abstract renderSection(section: Section, report: UsageReport): TemplateResult;
  /** The section's figures for the CSV download. */
  protected abstract figuresTable(section: Section, report: UsageReport): FiguresTable;
  /** Series to draw in an exported image's legend. */
  protected exportLegend(): ExportLegendItem[] {
    return [];
  }

  /** What an exported image's legend stands for (the map's metric and month); none by default. */
  protected exportLegendTitle(): string {
    return '';
  }

  /** An exported image's title: the section's, or the section's with what it shows (the SKU). */
  protected exportTitle(): string {
    return this.sectionTitle;
  }

  /**
   * The image of what is shown: the chart marked `data-export`, framed with `header` and the legend. A
   * section without one chart (summary, table, insights) composes its own; null when there is nothing.
   * `kit` holds what images are made with (loaded with the menu's downloads).
   */
  protected exportImage(
    _report: UsageReport,
    header: ExportHeader,
    kit: SectionImageKit,
  ): ExportImage | null {
    return kit.markedChartImage(this.renderRoot, header, this.exportLegend(), this.exportLegendTitle());
  }

  /** The section menu's items: the figures as CSV, the image as SVG or PNG or copied (print comes last). */
  protected menuItems(): SectionMenuItem[] {
    return [{ id: 'csv', label: this.localizer.t('menu.csv') }, ...imageMenuItems(this.localizer)];
  }

  /**
   * Options for the report. A section leaves out the subscriptions' trends and the top customers, which
   * only the subscription table shows (it asks for them, with its `top` and `revenue`), and of the insights
   * keeps the unusual months the trends mark (month and SKU totals only): one report for every section
   * on a source but the table and the insights.
   */
  protected reportOptions(): ReportOptions {
    return { subscriptions: false, insights: 'anomalies' };
  }

  protected get formatters(): UsageFormatters {
    return usageFormatters(hostLocale(this, this.locale));
  }

  override render(): TemplateResult {
    const localizer = this.localizer;
    if (!this.i18n.ready) return renderPendingFrame(localizer.language);
    const report = this.data.report;
    const status = this.status;
    const ready = status === UsageStatus.ready;
    const formatters = this.formatters;
    const chartCodeError = status === UsageStatus.error ? this.chartCodeError : null;
    const body = renderSectionBody(
      {
        status,
        report,
        data: chartCodeError ? { progress: null, error: chartCodeError, canRetry: true } : this.data,
        retry: chartCodeError ? () => void this.loadChartCode() : this.retry,
        quietLoading: this.quietLoading,
        hideNotice: this.hideNotice,
        rangeText: (shown) => this.rangeText(shown),
        renderSection: (shown) => this.renderSection(this.sectionOf(shown), shown),
      },
      formatters,
      localizer,
    );
    return renderSectionFrame(
      {
        title: this.sectionTitle,
        headingLevel: this.headingLevel,
        period: report && report.months.length ? this.periodText(report) : '',
        busy: this.quietLoading && status === UsageStatus.loading,
        menuItems: ready ? this.menuItems() : null,
        onMenu: (id) => void this.onMenu(id),
        body,
        notice:
          report && !this.hideNotice ? renderSkippedNotice(report.input, formatters, localizer) : nothing,
        freshness: report && ready && this.showsFreshness ? this.renderFreshness(report) : nothing,
      },
      localizer,
    );
  }

  /** What the figures cover: the window's months (default), or the snapshot month (geography, distribution). */
  protected get periodKind(): PeriodKind {
    return 'window';
  }

  /** The period the header and exported images name (view/section-period.ts). */
  protected periodText(report: UsageReport): string {
    return periodLabel(report, this.periodKind, this.formatters, this.localizer);
  }

  /** The window's months, whatever the section shows (an empty state names what was searched). */
  protected rangeText(report: UsageReport): string {
    return periodLabel(report, 'window', this.formatters, this.localizer);
  }

  /** Whether "Data as of …" shows: not with `hide-notice` (the summary overrides this). */
  protected get showsFreshness(): boolean {
    return !this.hideNotice;
  }

  private renderFreshness(report: UsageReport): TemplateResult | typeof nothing {
    const { source, dataAsOf } = this;
    const inputs = { element: this, source, dataAsOf, lastModified: this.data.lastModified, report };
    return renderFreshness(inputs, this.formatters, this.localizer);
  }

  /** "Try again" after a failed load: fetches the data again (the failed load is not kept). */
  private readonly retry = (): void => this.data.retry();

  private usageInputs(): UsageDataInputs {
    const { report, records, source, src, from, to, month, filter } = this;
    return { report, records, source, src, from, to, month, filter, ...this.reportOptions() };
  }

  /**
   * Also waits for the language's messages, so a test or host that awaits it sees the text it will keep, and
   * once ready for the menu's downloads, so that a choice made then runs within its click.
   */
  protected override async getUpdateComplete(): Promise<boolean> {
    let settled = await super.getUpdateComplete();
    if (!this.i18n.ready) {
      await this.i18n.loaded();
      settled = await super.getUpdateComplete();
    }
    if (this.data.status === UsageStatus.ready && this.drawsCharts && !chartKitLoaded()) {
      await this.loadChartCode();
      settled = await super.getUpdateComplete();
    }
    if (this.status === UsageStatus.ready && !loadedDownloads()) await loadDownloads().catch(() => undefined);
    return settled;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    // The menu shows with the figures: its downloads load then, so that the item chosen runs within its
    // click (copying an image to the clipboard needs the click's activation).
    if (this.status === UsageStatus.ready && !loadedDownloads()) loadDownloads().catch(() => undefined);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Intl formatters load locale data when made: make them now, between tasks, not in the data's render,
    // and after a parser worker this connect may start has loaded ICU's data for the page (intl-warm-up.ts).
    void this.formatters.warm(async () => {
      await yieldToEventLoop();
      await afterIntlWarmUp();
    });
    // Beside the data's load: by the time the figures are ready, the charts' code is too.
    void this.loadChartCode();
  }

  private async usageSettled(
    status: UsageStatus,
    report: UsageReport | null,
    error: UsageLoadError | null,
  ): Promise<void> {
    // `dyn-usage-load` says the figures are on screen: with charts, once their code is there to draw them
    // (a later settle while it loads tells its own news; this one is then stale and says nothing).
    if (status === UsageStatus.ready && this.drawsCharts && !chartKitLoaded()) {
      const settle = ++this.settles;
      await this.loadChartCode();
      if (settle !== this.settles) return;
      if (this.chartCodeError) [status, report, error] = [UsageStatus.error, null, this.chartCodeError];
    } else this.settles++;
    const sectionOf = (settled: UsageReport) => this.sectionOf(settled);
    this.dispatchEvent(usageSettledEvent(status, report, error, sectionOf, this.data.parsed));
  }

  private async onMenu(id: string): Promise<void> {
    if (id === 'print') {
      printSection(this);
      return;
    }
    const report = this.data.report;
    if (!report) return;
    let downloads = loadedDownloads();
    try {
      // Loaded when the figures showed; a choice that comes first waits for them.
      downloads ??= await loadDownloads();
    } catch (error) {
      console.warn('dyn-usage-kit: the section downloads did not load:', error);
      return;
    }
    const kit = downloads.sectionImageKit;
    const source = {
      root: this.renderRoot,
      report,
      periodKind: this.periodKind,
      title: this.sectionTitle,
      // A report document shows as is, unfiltered: only an export's figures carry the filter.
      filter: this.data.table ? this.filter : null,
      figures: () => this.figuresTable(this.sectionOf(report), report),
      exportTitle: () => this.exportTitle(),
      periodText: () => this.periodText(report),
      exportImage: (header: ExportHeader) => this.exportImage(report, header, kit),
    };
    await downloads.downloadSection(id, source, this.formatters, this.localizer);
  }
}
