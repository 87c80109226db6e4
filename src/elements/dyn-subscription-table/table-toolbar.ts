import { html } from 'lit';
import type { TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { CustomerRanking, UsageReport } from '../../core/report.js';
import type { UsageFormatters } from '../../view/formatters.js';

export interface ToolbarModel {
  query: string;
  /** What the status line says: the match count while searching, else nothing. */
  count: string;
  caption: string;
  preparing: boolean;
  onSearch: (query: string) => void;
  onDownload: () => void;
}

/** The search box, the download button, the match count (a live region) and the table's caption. */
export function renderToolbar(model: ToolbarModel): TemplateResult {
  const { query, count, caption, preparing, onSearch, onDownload } = model;
  return html`<div class="toolbar">
      <input
        type="search"
        part="search"
        class="search"
        aria-label="Search all customers by name or tenant ID"
        placeholder="Search customers or tenant IDs"
        .value=${live(query)}
        @input=${(event: InputEvent) => onSearch((event.target as HTMLInputElement).value)}
      />
      <button type="button" part="download" class="download" ?disabled=${preparing} @click=${onDownload}>
        ${preparing ? 'Preparing…' : 'Download raw data'}
      </button>
      <p class="count" role="status">${count}</p>
    </div>
    <p class="caption" id="caption">${caption}</p>`;
}

/**
 * The table's caption: what is listed and how it is ranked, saying so when revenue is missing; with a
 * search that reaches beyond the top, that those customers have no rank (nor revenue).
 */
export function captionText(model: {
  rankedBy: CustomerRanking;
  ranked: number;
  all: number;
  query: string;
  /** Whether the rows include customers outside the top. */
  unranked: boolean;
  showRevenue: boolean;
  report: UsageReport;
  f: UsageFormatters;
}): string {
  const { rankedBy, ranked, all, query, unranked, showRevenue, report, f } = model;
  const first = report.months[0];
  const last = report.months[report.months.length - 1];
  const range =
    first && last ? (first === last ? f.month(last) : `${f.month(first)} – ${f.month(last)}`) : '';
  const ranking =
    rankedBy === 'billedRevenue'
      ? `ranked by billed revenue, ${range}`
      : `ranked by available seats${last ? ` in ${f.month(last)}` : ''} (no billed revenue in the data)`;
  if (query) {
    const outside = unranked
      ? `. Customers outside the top ${f.seats(ranked)} have no rank${showRevenue ? ' or billed revenue' : ''} here.`
      : '';
    return `Customers matching “${query}”, ${ranking}${outside}`;
  }
  if (ranked < all) return `Top ${f.seats(ranked)} of ${f.seats(all)} customers, ${ranking}`;
  return `All ${f.seats(all)} customers, ${ranking}`;
}

/** "3 customers match “con”", "Searching…", or nothing without a search. */
export function countText(query: string, found: readonly unknown[] | null, f: UsageFormatters): string {
  if (!query) return '';
  if (!found) return 'Searching…';
  if (found.length === 0) return `No customer matches “${query}”`;
  return `${f.seats(found.length)} ${found.length === 1 ? 'customer matches' : 'customers match'} “${query}”`;
}
