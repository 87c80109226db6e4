import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import type { UsageFormatters } from '../../view/formatters.js';
import type { Localizer } from '../../i18n/localizer.js';
import { isolate } from '../../i18n/isolate.js';
import type { CountryRow, CountrySort, SortKey } from '../../view/country-rows.js';

export interface CountryGridModel {
  /** The table's id, which the map's `aria-describedby` points at. */
  id: string;
  caption: string;
  /** The rows to show: filtered and sorted. */
  rows: readonly CountryRow[];
  total: number;
  query: string;
  sort: CountrySort;
  selected: string | null;
  onSearch(query: string): void;
  onSort(key: SortKey): void;
  onSelect(code: string): void;
  /** A row's button gained (code) or lost (null) keyboard focus. */
  onFocusRow(code: string | null): void;
}

const FIGURE_COLUMNS = ['available', 'assigned', 'active', 'activePercent'] as const;

/**
 * Search box and sortable table of the countries. A click anywhere on a row selects its country; for the
 * keyboard the name is a button (Enter or Space), whose click reaches the row's handler.
 */
export function renderCountryGrid(
  model: CountryGridModel,
  f: UsageFormatters,
  { t }: Localizer,
): TemplateResult {
  const { rows, query, sort, selected } = model;
  const status = query.trim()
    ? t('geo.search.status', { shown: f.seats(rows.length), count: model.total })
    : '';
  // A narrow header breaks after a slash (a zero-width space) rather than inside a word ("Country/" "region").
  const countryHeader = t('geo.grid.country').replace(/\//g, '/\u200B');
  const columns = [
    { key: 'name' as const, label: countryHeader },
    ...FIGURE_COLUMNS.map((key) => ({ key, label: t(`metric.${key}.short`) })),
  ];
  return html`<div class="grid-pane">
    <input
      class="search"
      part="search"
      type="search"
      placeholder=${t('geo.search.label')}
      aria-label=${t('geo.search.label')}
      aria-controls=${model.id}
      .value=${query}
      @input=${(event: InputEvent) => model.onSearch((event.target as HTMLInputElement).value)}
    />
    <p class="grid-status" aria-live="polite">${status}</p>
    <div class="table-scroll">
      <table id=${model.id} class="countries" part="grid">
        <caption class="visually-hidden">
          ${model.caption}
        </caption>
        <thead>
          <tr>
            ${columns.map(({ key, label }) => renderHeader(key, label, sort, model.onSort))}
          </tr>
        </thead>
        <tbody @keydown=${moveFocus}>
          ${rows.map(
            (row) =>
              html`<tr
                class=${row.code === selected ? 'selected' : ''}
                data-code=${row.code}
                @click=${() => model.onSelect(row.code)}
              >
                <th scope="row">
                  <button
                    type="button"
                    class="pick"
                    aria-pressed=${row.code === selected ? 'true' : 'false'}
                    @focus=${() => model.onFocusRow(row.code)}
                    @blur=${() => model.onFocusRow(null)}
                  >
                    <bdi>${row.name}</bdi>
                  </button>
                </th>
                <td>${f.seats(row.available)}</td>
                <td>${f.seats(row.assigned)}</td>
                <td>${f.seats(row.active)}</td>
                <td>${f.percent(row.activePercent)}</td>
              </tr>`,
          )}
          ${
            rows.length === 0
              ? html`<tr>
                  <td class="no-match" colspan="5">
                    ${t('geo.search.noMatch', { query: isolate(query.trim()) })}
                  </td>
                </tr>`
              : nothing
          }
        </tbody>
      </table>
    </div>
  </div>`;
}

function renderHeader(key: SortKey, label: string, sort: CountrySort, onSort: (key: SortKey) => void) {
  const sorted = sort.key === key;
  const direction = sort.descending ? 'descending' : 'ascending';
  return html`<th
    scope="col"
    class=${key === 'name' ? 'name' : 'figure'}
    aria-sort=${sorted ? direction : nothing}
  >
    <button type="button" class="sort" @click=${() => onSort(key)}>
      ${label}<span class="sort-mark" aria-hidden="true">${sorted ? (sort.descending ? '▼' : '▲') : ''}</span>
    </button>
  </th>`;
}

/** Up and down arrows move between the rows' buttons, as in a list. */
function moveFocus(event: KeyboardEvent): void {
  if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
  const row = (event.target as Element).closest('tr');
  const next = event.key === 'ArrowDown' ? row?.nextElementSibling : row?.previousElementSibling;
  const button = next?.querySelector<HTMLButtonElement>('button.pick');
  if (!button) return;
  event.preventDefault();
  button.focus();
}

/** Scrolls the grid (only the grid, never the page) so the row of `code` shows, in the middle if it was hidden. */
export function revealRow(root: ParentNode, code: string | null): void {
  const scroller = root.querySelector<HTMLElement>('.table-scroll');
  const row = code ? root.querySelector<HTMLElement>(`tr[data-code="${code}"]`) : null;
  if (!scroller || !row) return;
  const header = scroller.querySelector('thead')?.offsetHeight ?? 0;
  const top = row.offsetTop - header;
  const bottom = row.offsetTop + row.offsetHeight - scroller.clientHeight;
  if (scroller.scrollTop > top || scroller.scrollTop < bottom) scroller.scrollTop = (top + bottom) / 2;
}
