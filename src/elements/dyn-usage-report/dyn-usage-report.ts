import { LitElement } from 'lit';
import type { PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import type { InputStats, UsageReport } from '../../core/report.js';
import type { FetchProgress } from '../../load/fetch-usage-bytes.js';
import { viewToShow } from '../../view/view-window.js';
import type { ReportViewState } from '../../view/report-view-state.js';
import type { UsageFacets } from '../../view/table-facets.js';
import { yieldToEventLoop } from '../../schedule/yield.js';
import type { DynUsageSource } from '../dyn-usage-source/dyn-usage-source.js';
import { hostLocale } from '../shared/host-locale.js';
import { reportStyles } from './dyn-usage-report.styles.js';
import { activePreset, loadedFacets } from './report-facets.js';
import { renderSections, renderSource, SECTION_COUNT, shareWithSections } from './report-sections.js';
import { renderReportPage } from './report-view.js';
import { filterChangeEvent, keepSectionEvent } from './report-events.js';
import type { SectionActions, SourceEvents } from './report-sections.js';
import { renderToolbar } from './report-toolbar.js';
import { filterBarActions, sectionActions } from './report-actions.js';
import type { FilterBarActions } from './filter-bar.js';
import { checkView, EMPTY_VIEW } from './view-check.js';
import type { UsageStatus } from '../../controllers/usage-data-controller.js';
import { LocalizeController } from '../../controllers/localize-controller.js';
import { ViewHistoryController } from '../../controllers/view-history-controller.js';
import type { MessageOverrides } from '../../i18n/catalog.js';
import type { Localizer } from '../../i18n/localizer.js';
import enReport from '../../i18n/locales/en/report.js';
import { addEnglish } from '../../i18n/registry.js';

addEnglish(enReport);

declare global {
  interface HTMLElementEventMap {
    'dyn-usage-filter-change': CustomEvent<ReportViewState>;
  }
}

/**
 * The whole Dynamics usage report in one tag: a filter bar (months with presets, SKU, country, segment,
 * sales model, partner location and attach type) above the five sections and the insights, all on one
 * shared source (`no-insights` leaves the insights out).
 * Each filter takes several values (several countries, several SKUs); selecting a country on the map or a
 * SKU in the distribution adds it to the filter of every other section (selecting it again takes it out);
 * active filters show as removable chips. A snapshot month picker chooses the month the map and the
 * distribution show. The view lives in the URL hash, so it can be shared, and each change the reader makes
 * is a history entry, so Back undoes it. Below 600 px the bar folds behind a "Filters (n)" button. While
 * the export loads, the report shows one progress bar and each section its card and title (`quiet-loading`);
 * an export that cannot be read is one error (`role="alert"`) in place of the sections, not one per section.
 * Likewise the page hears one `dyn-usage-load` or `dyn-usage-error` per load, the source's: the sections'
 * own events stay inside the report.
 *
 * @summary The whole report: filter bar, five cross-filtered sections and insights on one source.
 * @attr src - URL of a CSV, TSV or JSON export, or of a report document (which cannot be filtered).
 * @attr locale - Language and locale of every word, number, month and country name, on the report and its sections.
 * @attr theme - `light` or `dark`; unset follows the OS.
 * @attr no-hash - Don't read or write the view in the URL hash or the page's history.
 * @attr no-history - Keep the view in the URL hash without adding history entries (Back then leaves the report's page).
 * @attr hide-revenue - Leave billed revenue out of the data itself (the table's `section`, events, downloads) and rank customers by available seats; for real protection remove it on the server (`dyn-usage report --no-revenue`).
 * @prop records - Raw export rows (beats src).
 * @prop report - A report document (beats records and src).
 * @prop view - The window, snapshot month and filters shown: `{ from?, to?, month?, filter }`.
 * @fires dyn-usage-load - The export is read (once per load, not per section or filter); detail `{ input, parsedIn?, fallbackReason? }`.
 * @fires dyn-usage-error - The export could not be read (once, not per section); detail `{ message, status? }`.
 * @fires dyn-usage-filter-change - The window or a filter changed; detail is the view.
 * @csspart toolbar - The card around the filter bar, the active filters and the skipped-rows notice.
 * @csspart empty - The message shown in place of the sections when the window and filters leave no rows.
 * @csspart filters - The filter bar.
 * @csspart filters-toggle - The "Filters (n)" button that shows and hides the filter bar below 600 px.
 * @csspart chips - The active filters.
 * @csspart chip - One active filter.
 */
export class DynUsageReport extends LitElement {
  static override styles = reportStyles;

  /** URL of a CSV, TSV or JSON export, or of a report document. */
  @property() src: string | null = null;
  /** Raw export rows (PascalCase or camelCase keys); beats `src`. */
  @property({ attribute: false }) records: readonly Record<string, unknown>[] | null = null;
  /** A report document; beats `records` and `src`. It shows as is: filters need an export. */
  @property({ attribute: false }) report: UsageReport | null = null;
  /**
   * Language and locale of every word, number, month and country name, on the report and each of its
   * sections (default: the nearest `lang`, then the browser's). Messages fall back region → language →
   * English (`nl-BE` → `nl`); the report's own text waits for the language's messages rather than flash English.
   */
  @property() locale: string | undefined;
  /** Replacements for some of the kit's messages, on the report and each of its sections (see README "Languages"). */
  @property({ attribute: false }) messages: MessageOverrides | null = null;
  /** `light` or `dark`; unset follows `prefers-color-scheme`. */
  @property({ reflect: true }) theme: 'light' | 'dark' | undefined;
  /** Don't read or write the view in the URL hash or the page's history. */
  @property({ type: Boolean, attribute: 'no-hash' }) noHash = false;
  /** Keep the view in the URL hash, but replace the history entry rather than add one for each change. */
  @property({ type: Boolean, attribute: 'no-history' }) noHistory = false;
  /** Leave billed revenue out of the table's data itself (rank by seats); for real protection, on the server. */
  @property({ type: Boolean, attribute: 'hide-revenue' }) hideRevenue = false;
  /** Leave out the insights section (what changed, unusual months, where to act). */
  @property({ type: Boolean, attribute: 'no-insights' }) noInsights = false;
  /** The window, snapshot month and filters shown. */
  @property({ attribute: false }) view: ReportViewState = { filter: {} };

  @state() private facets: UsageFacets | null = null;
  /** Whether the filter bar is open below 600 px, where it folds behind its "Filters (n)" button. */
  @state() private filtersOpen = false;
  /** Whether the next view is the reader's change: a history entry, where a page's `view` replaces the entry. */
  private readerChange = false;
  /** Whether the data is a report document: it has no rows, so filters cannot apply. */
  private fromReportDocument = false;
  /**
   * What is wrong with `view` (not a view, or a filter value the data lacks), shown in place of the
   * sections; `shown` is the view they get meanwhile. Both set in `willUpdate`.
   */
  private viewError: string | null = null;
  private shown: ReportViewState = EMPTY_VIEW;
  /** What the source read: one skipped-rows notice for the whole report, not one per section. */
  @state() private input: InputStats | null = null;
  /** The summary's warnings: the reader's and its window's (an outlier month, a window cut to the data). */
  @state() private viewWarnings: InputStats['warnings'] | null = null;
  /** Whether the source is loading: announced once for the report (its sections announce nothing). */
  @state() private loading = false;
  /** The source's fetch progress: the report's one progress bar (its sections load quietly). */
  @state() private progress: FetchProgress | null = null;
  /**
   * Whether the window and filters leave no rows (the summary, which takes every filter, is empty): one
   * message for the report, with a way back, in place of five "no rows" sections.
   */
  @state() private viewEmpty = false;
  /** Why the source could not load: shown once for the report, not once per section. */
  @state() private loadError: { message: string } | null = null;
  /**
   * Sections made so far. They are made one per task after the report connects: making all five (and
   * compiling their code, on a page's first report) in the task that connects it took 20–40 ms here.
   */
  @state() private sectionsMade = 0;
  private making: Promise<void> = Promise.resolve();
  @query('dyn-usage-source') private source!: DynUsageSource;
  private readonly i18n = new LocalizeController(this, {
    locale: () => hostLocale(this, this.locale),
    messages: () => this.messages,
  });

  private readonly viewHistory = new ViewHistoryController(this, {
    enabled: () => !this.noHash,
    entries: () => !this.noHistory,
    restore: (view) => (this.view = view),
  });

  override connectedCallback(): void {
    super.connectedCallback();
    const initial = this.viewHistory.initial();
    if (initial) this.view = initial;
    this.making = this.makeSections();
  }

  /**
   * `idle` (no data set), `loading`, `ready`, `empty` (the window and filters leave no rows) or `error`
   * (the data could not be read, or `view` is not a view of it).
   */
  get status(): UsageStatus {
    if (this.loadError !== null || this.viewError !== null) return 'error';
    if (this.loading) return 'loading';
    if (this.input === null)
      return this.src || this.records != null || this.report != null ? 'loading' : 'idle';
    return this.viewEmpty ? 'empty' : 'ready';
  }

  protected override willUpdate(): void {
    // In the reader's language: a change of language is an update, so the text follows it.
    const { t } = this.i18n.localizer;
    const { shown, problem } = checkView(this.view, this.facets, this.fromReportDocument, t);
    this.shown = shown;
    this.viewError = problem;
  }

  private async makeSections(): Promise<void> {
    while (this.sectionsMade < SECTION_COUNT) {
      await yieldToEventLoop();
      if (!this.isConnected) return;
      this.sectionsMade++;
    }
  }

  /**
   * Also waits for every section to be made, so `await report.updateComplete` finds every section, and for the
   * language's messages, so a test or host that awaits it sees the text it will keep.
   */
  protected override async getUpdateComplete(): Promise<boolean> {
    const first = await super.getUpdateComplete();
    await this.making;
    if (!this.i18n.ready) await this.i18n.loaded();
    return (await super.getUpdateComplete()) && first;
  }

  override render() {
    const localizer = this.i18n.localizer;
    const page = {
      ready: this.i18n.ready,
      announcement: this.loading && this.i18n.ready ? localizer.t('report.loading') : '',
      source: renderSource(this, this.sourceEvents),
      own: () => this.renderOwn(localizer),
      sectionsHidden: this.loadError !== null || this.viewError !== null || this.viewEmpty,
      onSectionEvent: this.onSectionEvent,
      sections: renderSections(
        {
          filter: this.shown.filter,
          made: this.sectionsMade,
          noInsights: this.noInsights,
          hideRevenue: this.hideRevenue,
        },
        this.sectionActions,
      ),
    };
    return renderReportPage(page, localizer);
  }

  /** The report's own text: filter bar, chips and notice, or its one error, or its one "no rows". */
  private renderOwn(localizer: Localizer) {
    const model = {
      facets: this.facets,
      input: this.input,
      viewWarnings: this.viewWarnings,
      view: this.shown,
      activePreset: activePreset(this.facets?.months ?? [], this.shown),
      fromReportDocument: this.fromReportDocument,
      filtersOpen: this.filtersOpen,
      loadError: this.loadError,
      viewError: this.viewError,
      viewEmpty: this.viewEmpty,
      loading: this.loading,
      progress: this.progress,
    };
    return renderToolbar(model, this.actions, localizer, this.src ? () => this.source.retry() : undefined);
  }

  protected override updated(changed: PropertyValues<this>): void {
    const { from, to, month } = this.shown;
    const { theme, messages } = this;
    shareWithSections(this.renderRoot, {
      from,
      to,
      month,
      locale: this.i18n.localizer.locale,
      theme,
      messages,
    });
    if (changed.has('view') && changed.get('view') !== undefined && this.shown !== EMPTY_VIEW) {
      this.viewHistory.record(this.shown, this.readerChange);
      this.dispatchEvent(filterChangeEvent(this.view));
    }
    this.readerChange = false;
  }

  /** The sections' load and error events stay in the report (report-events.ts); the summary's tell it of the view. */
  private readonly onSectionEvent = (event: Event): void => {
    const summary = keepSectionEvent(event, this.loadError !== null);
    if (!summary) return;
    this.viewEmpty = summary.empty;
    if (summary.warnings) this.viewWarnings = summary.warnings;
  };

  /** The source's load, error and new data: what the report shows of them once, for every section. */
  private readonly sourceEvents: SourceEvents = {
    load: async ({ detail }) => {
      this.loading = false;
      this.input = detail.input;
      const loaded = await this.source.whenLoaded();
      this.fromReportDocument = loaded?.kind === 'report';
      const facets = loadedFacets(loaded);
      if (facets) this.facets = facets;
    },
    error: ({ detail }) => {
      this.loadError = detail;
      this.loading = false;
    },
    change: () => {
      // New data: what the old data read and offered no longer applies.
      this.loadError = null;
      this.input = null;
      this.facets = null;
      this.viewEmpty = false;
      this.progress = null;
      this.loading = Boolean(this.src || this.records || this.report);
    },
    progress: ({ detail }) => (this.progress = detail),
  };

  /** What the reader does in the filter bar, the chips and the sections: each change a history entry. */
  private readonly actions: FilterBarActions = filterBarActions({
    shown: () => this.shown,
    months: () => this.facets?.months ?? [],
    change: (view) => this.change(view),
    toggleOpen: () => (this.filtersOpen = !this.filtersOpen),
    updated: () => this.updateComplete,
  });

  /** The sections' choices (report-actions.ts): each a filter change, as the filter bar's. */
  private readonly sectionActions: SectionActions = sectionActions(this.actions, () => this.shown);

  /** A view the reader made: shown the right way round, and a history entry. */
  private change(view: ReportViewState): void {
    this.readerChange = true;
    this.view = viewToShow(view, this.facets?.months ?? []);
    // Shown at once, not at the next update: two changes in one task (two picks) build on each other.
    this.shown = this.view;
  }
}
