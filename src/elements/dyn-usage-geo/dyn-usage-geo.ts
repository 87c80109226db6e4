import type { PropertyValues, TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { MapDetail, WorldAtlas } from '../../charts/geo-atlas.js';
import { yieldToEventLoop } from '../../schedule/yield.js';
import type { Point, ProjectedWorld } from '../../charts/geo-projection.js';
import type { GeoSection, UsageReport } from '../../core/report.js';
import { UsageSectionElement } from '../shared/usage-section-element.js';
import type { FiguresTable } from '../shared/usage-section-element.js';
import type { ExportLegendItem } from '../../charts/chart-export-svg.js';
import type { PeriodKind } from '../../view/section-period.js';
import { revealRow } from './country-grid.js';
import { countryRows, visibleRows } from '../../view/country-rows.js';
import type { CountryRow, CountrySort, SortKey } from '../../view/country-rows.js';
import { countryGridStyles } from './country-grid.styles.js';
import { countrySelectEvent } from './country-select.js';
import { countryFigures, shownLegendItems, shownLegendTitle } from './geo-export.js';
import { renderGeoSection } from './geo-section-view.js';
import { geoStyles } from './dyn-usage-geo.styles.js';
import type { GeoMetric, MapColors } from './geo-colors.js';
import { MapTooltip } from './map-tooltip.js';
import type { MapZoom } from './map-zoom.js';
import { loadMapKit } from './lazy-map-kit.js';
import type { MapKit } from './lazy-map-kit.js';
import enGeo from '../../i18n/locales/en/geo.js';
import { addEnglish } from '../../i18n/registry.js';

addEnglish(enGeo);

export type { GeoMetric } from './geo-colors.js';
export type { CountrySelectDetail } from './country-select.js';

// Frame padding and border; from this host width on, the grid sits beside the map.
const FRAME = 34;
const WIDE_FROM = 800;
const GRID_WIDTH = 440;
const GAP = 20;
/** How far selecting a country zooms in at most, so a small one keeps its surroundings. */
const SELECT_ZOOM = 8;
/** The map's transform before it is drawn. */
const UNZOOMED = { k: 1, x: 0, y: 0 };

/**
 * Dynamics usage by geography: a world choropleth of available or active seats per customer country in
 * the snapshot month, with zoom, a searchable and sortable country grid, and the country count.
 *
 * @summary Dynamics usage by geography: choropleth, country grid, zoom and Home.
 * @attr src - URL of a CSV, TSV or JSON export, or of a report document.
 * @attr from - First month of the window, YYYY-MM.
 * @attr to - Last month of the window, YYYY-MM.
 * @attr month - Snapshot month, YYYY-MM (default: the window's last month).
 * @attr locale - Locale for numbers and country names.
 * @attr theme - `light` or `dark`; unset follows the OS.
 * @prop report - A report document (beats records and src).
 * @prop records - Raw export rows (beats src).
 * @fires dyn-usage-load - Data is ready; detail `{ section, input, parsedIn?, fallbackReason? }` (`parsedIn`: `worker` or `main-thread`, for a `src` export).
 * @fires dyn-usage-error - Data could not be shown; detail `{ message, status? }`.
 * @fires dyn-usage-country-select - A country was selected in the grid or on the map; detail
 *   `{ code, name, market, available, assigned, active, activePercent }`.
 * @csspart frame - The card around the section.
 * @csspart title - The section title.
 * @csspart map - The map's SVG.
 * @csspart legend - The colour legend.
 * @csspart tile - The country count tile.
 * @csspart search - The grid's search box.
 * @csspart grid - The country table.
 * @csspart tooltip - The map's tooltip.
 * @cssprop [--dyn-usage-available-color=#2c6bb5] - Hue of the available seats ramp.
 * @cssprop [--dyn-usage-active-color=#1d7f45] - Hue of the active seats ramp.
 * @cssprop [--dyn-usage-geo-nodata=background] - Fill of countries without rows (default: the background, the shapes outlined).
 */
export class DynUsageGeo extends UsageSectionElement<GeoSection> {
  static override styles = [...UsageSectionElement.styles, geoStyles, countryGridStyles];

  /** The seats the map colours: `available` (default) or `active`. */
  @property({ reflect: true }) metric: GeoMetric = 'available';
  /** Map resolution: `110m` (default, bundled) or `50m` (finer; loaded on first use). */
  @property({ reflect: true }) detail: MapDetail = '110m';
  /** The selected country's alpha-2 code; setting it zooms the map there. */
  @property({ attribute: 'selected-country' }) selectedCountry: string | null = null;

  /** The map's code and atlas once loaded (lazy-map-kit.ts); until then the map's place stays empty. */
  @state() private mapKit: MapKit | null = null;
  /** The finer atlas once loaded; until then the 1:110m one (`atlas`). */
  @state() private loadedAtlas: WorldAtlas | null = null;
  @state() private query = '';
  @state() private sort: CountrySort = { key: 'available', descending: true };
  private world: ProjectedWorld | null = null;
  private mapWidth = 0;
  private colors: MapColors | null = null;
  private zoom: MapZoom | null = null;
  private mapKitLoading: Promise<void> | null = null;
  private readonly tooltip = new MapTooltip(this, () => ({
    world: this.world,
    transform: this.zoom?.transform ?? UNZOOMED,
    markerPoint: (code) => this.colors?.markers.find((m) => m.code === code)?.point,
    selected: this.selectedCountry,
    rtl: this.localizer.dir === 'rtl',
  }));

  override connectedCallback(): void {
    super.connectedCallback();
    this.mapKitLoading ??= this.prepareMap().catch((error: unknown) => {
      this.mapKitLoading = null; // the next connect tries again
      console.warn('dyn-usage-kit: the map did not load, so the section shows the country grid only:', error);
    });
  }

  /**
   * Loads the map's code and atlas, then converts and projects the map while the data loads, in tasks of
   * their own (not the one that connects the element: a page adding a report has enough to do in it), so
   * the first render with data only draws.
   */
  private async prepareMap(): Promise<void> {
    const kit = await loadMapKit();
    await yieldToEventLoop();
    const atlas = this.loadedAtlas ?? kit.worldAtlas110m(); // converted from TopoJSON: a task of its own
    await yieldToEventLoop();
    await kit.projectWorldInSlices(atlas, yieldToEventLoop);
    this.zoom ??= new kit.MapZoom(() => this.tooltip.place());
    this.mapKit = kit;
    if (this.mapDetail !== '110m') this.loadFinerAtlas(kit);
  }

  /** Also waits for the map, so a test or host that awaits it sees the map it will keep. */
  protected override async getUpdateComplete(): Promise<boolean> {
    const settled = await super.getUpdateComplete();
    if (this.mapKit || !this.mapKitLoading) return settled;
    await this.mapKitLoading;
    return super.getUpdateComplete();
  }

  protected get defaultTitle(): string {
    return this.localizer.t('geo.title');
  }

  /** One month's snapshot: the header and exports name that month, not the window. */
  /** The map has its own code (lazy-map-kit.ts); no d3 chart to load. */
  protected override get drawsCharts(): boolean {
    return false;
  }

  protected override get periodKind(): PeriodKind {
    return 'snapshot';
  }

  protected sectionOf(report: UsageReport): GeoSection {
    return report.geo;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('selectedCountry') && this.selectedCountry) {
      this.selectedCountry = this.selectedCountry.trim().toUpperCase(); // codes are upper case
    }
    if (changed.has('detail')) {
      if (this.mapDetail === '110m')
        this.loadedAtlas = null; // the 1:110m one, converted when first drawn
      else if (this.mapKit) this.loadFinerAtlas(this.mapKit);
    }
  }

  /** Until the finer map has arrived (or if it cannot), the 1:110m one stays. */
  private loadFinerAtlas(kit: MapKit): void {
    kit.loadWorldAtlas(this.mapDetail).then(
      (atlas) => {
        if (this.mapDetail === atlas.detail) this.loadedAtlas = atlas;
      },
      () => undefined,
    );
  }

  private get mapDetail(): MapDetail {
    return this.detail === '50m' ? '50m' : '110m';
  }

  private get mapMetric(): GeoMetric {
    return this.metric === 'active' ? 'active' : 'available';
  }

  protected renderSection(geo: GeoSection, report: UsageReport): TemplateResult {
    const f = this.formatters;
    const wide = this.size.width >= WIDE_FROM;
    const inner = Math.max(0, this.size.width - FRAME);
    const mapWidth = Math.floor(wide ? inner - GRID_WIDTH - GAP : inner);
    const kit = this.mapKit;
    // The atlas drawn; the 1:110m one is converted from TopoJSON on first use, then cached.
    const atlas = kit ? (this.loadedAtlas ?? kit.worldAtlas110m()) : null;
    const world = (this.world = kit && atlas ? kit.projectWorld(atlas) : null);
    this.mapWidth = mapWidth;
    const colors = (this.colors =
      kit && atlas ? kit.mapColors(this.colors, geo, this.mapMetric, atlas, world) : null);
    const rows = countryRows(geo.countries, f);
    const view = {
      geo,
      metric: this.mapMetric,
      month: report.month ? f.month(report.month) : '',
      wide,
      mapWidth,
      world,
      colors,
      rows,
      gridRows: visibleRows(rows, this.query, this.sort, f.locale),
      query: this.query,
      sort: this.sort,
      selected: this.selectedCountry,
      tip: rows.find((row) => row.code === this.tooltip.code) ?? null,
      onMetric: (next: GeoMetric) => (this.metric = next),
      map: {
        onKeydown: (event: KeyboardEvent) => this.zoom?.onKeydown(event),
        onPointerMove: (event: PointerEvent) => this.tooltip.onPointerMove(event),
        onPointerLeave: () => this.tooltip.show(null, 'country'),
        onClick: (event: MouseEvent) => this.onMapClick(event, rows),
        onZoomIn: () => this.zoom?.zoomBy(2),
        onZoomOut: () => this.zoom?.zoomBy(0.5),
        onHome: () => this.zoom?.reset(),
      },
      grid: {
        onSearch: (query: string) => (this.query = query),
        onSort: (key: SortKey) => this.onSort(key),
        onSelect: (code: string) => this.selectCountry(rows, code),
        onFocusRow: (code: string | null) => this.tooltip.show(code, 'country'),
      },
    };
    return renderGeoSection(view, f, this.localizer);
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const svg = this.renderRoot.querySelector<SVGSVGElement>('svg.map');
    const world = this.world;
    if (!svg || !world || !this.zoom) return;
    const bound = this.zoom.attach(svg, world.width, world.height, this.mapWidth / world.width);
    // A map drawn anew shows the selected country at once; a selection on a shown map flies there.
    if (changed.has('selectedCountry') || bound) {
      this.zoomToSelected(!bound);
      revealRow(this.renderRoot, this.selectedCountry);
    }
  }

  private selectCountry(rows: readonly CountryRow[], code: string): void {
    const row = rows.find((r) => r.code === code);
    if (!row) return;
    if (this.selectedCountry === code) this.zoomToSelected(true);
    this.selectedCountry = code;
    this.dispatchEvent(countrySelectEvent(row));
  }

  private zoomToSelected(animated: boolean): void {
    const { world, zoom, mapKit } = this;
    const code = this.selectedCountry;
    if (!world || !zoom || !mapKit || !code) return;
    const marker = this.colors?.markers.find((m) => m.code === code)?.point;
    const bounds = world.focus(code)?.bounds ?? (marker ? ([marker, marker] as [Point, Point]) : null);
    if (bounds) zoom.zoomTo(mapKit.transformToFit(bounds, world, SELECT_ZOOM), animated ? 750 : 0);
  }

  private onMapClick(event: MouseEvent, rows: readonly CountryRow[]): void {
    const code = (event.target as Element).getAttribute('data-code');
    if (!code || !rows.some((row) => row.code === code)) return;
    if (!visibleRows(rows, this.query, this.sort, this.formatters.locale).some((r) => r.code === code)) {
      this.query = ''; // the row must be there to be selected
    }
    this.selectCountry(rows, code);
  }

  private onSort(key: SortKey): void {
    const same = this.sort.key === key;
    // Figures start with the largest, names with A.
    this.sort = { key, descending: same ? !this.sort.descending : key !== 'name' };
  }

  protected override exportLegend(): ExportLegendItem[] {
    return shownLegendItems(this.renderRoot);
  }

  /** The legend's title as shown: the metric the map colours and its month. */
  protected override exportLegendTitle(): string {
    return shownLegendTitle(this.renderRoot);
  }

  protected figuresTable(geo: GeoSection): FiguresTable {
    return countryFigures(geo, this.formatters, this.localizer);
  }
}
