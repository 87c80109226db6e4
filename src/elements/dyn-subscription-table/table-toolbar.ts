import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { CustomerRanking } from '../../core/report.js';
import type { Localizer } from '../../i18n/localizer.js';
import type { UsageFormatters } from '../../view/formatters.js';
import { isolate } from '../../i18n/isolate.js';

export interface ToolbarModel {
  /** Whether the search box shows: not for a data provider that cannot search (page files on a CDN). */
  search: boolean;
  query: string;
  /** What the status line says: the match count while searching, else nothing. */
  count: string;
  caption: string;
  preparing: boolean;
  /**
   * The raw-data download: the button (the table makes the file), a link to a server's file (`download-src`
   * with a data provider), or none (a data provider without `download-src`: the page holds no rows to save).
   */
  download: 'button' | { href: string } | null;
  onSearch: (query: string) => void;
  onDownload: () => void;
}

/** The search box, the download button, the match count (a live region) and the table's caption. */
export function renderToolbar(model: ToolbarModel, { t }: Localizer): TemplateResult {
  const { query, count, caption, preparing, download, onSearch, onDownload } = model;
  return html`<div class="toolbar">
      ${
        model.search
          ? html`<input
              type="search"
              part="search"
              class="search"
              aria-label=${t('subscriptions.search.label')}
              placeholder=${t('subscriptions.search.placeholder')}
              .value=${live(query)}
              @input=${(event: InputEvent) => onSearch((event.target as HTMLInputElement).value)}
            />`
          : nothing
      }
      ${
        download === 'button'
          ? html`<button
              type="button"
              part="download"
              class="download"
              ?disabled=${preparing}
              @click=${onDownload}
            >
              ${preparing ? t('subscriptions.download.preparing') : t('subscriptions.download')}
            </button>`
          : download
            ? html`<a part="download" class="download" href=${download.href} download
                >${t('subscriptions.download')}</a
              >`
            : nothing
      }
      <p class="count" role="status">${count}</p>
    </div>
    <p class="caption" id="caption">${caption}</p>`;
}

/**
 * The table's caption: what is listed and how it is ranked, saying so when revenue is missing; with a
 * search that reaches beyond the top, that those customers have no rank (nor revenue).
 */
export function captionText(
  model: {
    rankedBy: CustomerRanking;
    ranked: number;
    all: number;
    query: string;
    /** Whether the rows include customers outside the top. */
    unranked: boolean;
    showRevenue: boolean;
    /** Whether the element hid revenue (`hide-revenue`): ranked by seats, not for want of revenue data. */
    revenueHidden: boolean;
    /** The window's months ("Jan 2026 – Mar 2026") and its last month, formatted. */
    range: string;
    month: string;
    f: UsageFormatters;
  },
  { t }: Localizer,
): string {
  const { rankedBy, ranked, all, query, unranked, showRevenue, revenueHidden, range, month, f } = model;
  const byRevenue = rankedBy === 'billedRevenue';
  const ranking = { ranked: f.seats(ranked), count: all, range, month };
  let caption: string;
  if (query) {
    caption = byRevenue
      ? t('subscriptions.caption.search.revenue', { query: isolate(query), range })
      : revenueHidden
        ? t('subscriptions.caption.search.seatsHidden', { query: isolate(query), month })
        : t('subscriptions.caption.search.seats', { query: isolate(query), month });
    if (unranked) {
      const note = showRevenue
        ? t('subscriptions.caption.outsideRevenue', { count: ranked })
        : t('subscriptions.caption.outside', { count: ranked });
      caption = t('subscriptions.caption.withNote', { caption, note });
    }
  } else if (ranked < all) {
    caption = byRevenue
      ? t('subscriptions.caption.top.revenue', ranking)
      : revenueHidden
        ? t('subscriptions.caption.top.seatsHidden', ranking)
        : t('subscriptions.caption.top.seats', ranking);
  } else {
    caption = byRevenue
      ? t('subscriptions.caption.all.revenue', { count: all, range })
      : revenueHidden
        ? t('subscriptions.caption.all.seatsHidden', { count: all, month })
        : t('subscriptions.caption.all.seats', { count: all, month });
  }
  return caption;
}

/**
 * "3 customers match “con”", "Searching…", or nothing without a search; `matches` is null while the search
 * runs. The query is bidi-isolated here and in the caption: a right-to-left query cannot reorder the
 * sentence around it.
 */
export function countText(query: string, matches: number | null, { t }: Localizer): string {
  if (!query) return '';
  if (matches === null) return t('subscriptions.search.searching');
  return matches === 0
    ? t('subscriptions.search.none', { query: isolate(query) })
    : t('subscriptions.search.matches', { count: matches, query: isolate(query) });
}
