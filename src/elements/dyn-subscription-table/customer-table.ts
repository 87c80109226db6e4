// The customer table itself: header cells, one page of customer rows, the "no rows" line; focus on a row.
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { CustomerRow } from '../../core/customer-rollup.js';
import type { CustomerSortKey, SortDirection } from '../../view/sort-customer-rows.js';
import { renderCustomerRow } from './customer-rows.js';
import type { RowContext, TableColumn } from './customer-rows.js';
import { renderHeaderCell } from './table-parts.js';
import type { PageWindow } from './table-parts.js';

/** What the table shows: the rows in order, the page of them, how they are sorted and which are open. */
export interface CustomerTableModel {
  columns: TableColumn[];
  rows: readonly CustomerRow[];
  shown: PageWindow;
  sort: { key: CustomerSortKey; direction: SortDirection };
  expanded: ReadonlySet<string>;
  /** The table's one row when it has none: nobody matches, a search or page still loading. */
  noRows: string;
  context: RowContext;
  /** Sorting by a column; null when the rows' source cannot sort. */
  onSort: ((key: CustomerSortKey) => void) | null;
  onToggle: (row: CustomerRow) => void;
}

/** The scrolling table of customers, one page of them, each with its subscriptions when expanded. */
export function renderCustomerTable(model: CustomerTableModel): TemplateResult {
  const { columns, rows, shown } = model;
  return html`<div class="scroller" role="region" aria-labelledby="caption" tabindex="0">
    <!-- Roles spelled out: a narrow table's rows are flex boxes (styles), which must stay a table. -->
    <table part="table" role="table" aria-labelledby="caption">
      <thead>
        <tr role="row">
          ${columns.map((column) => renderHeaderCell(column, model.sort, model.onSort))}
        </tr>
      </thead>
      <tbody>
        ${repeat(
          rows.slice(shown.start, shown.end),
          (row) => row.customerKey,
          (row, i) => {
            const expanded = model.expanded.has(row.customerKey);
            const id = `detail-${shown.start + i}`;
            return renderCustomerRow(row, id, expanded, () => model.onToggle(row), model.context);
          },
        )}
        ${
          rows.length === 0
            ? html`<tr role="row">
                <td class="none" role="cell" colspan=${columns.length}>${model.noRows}</td>
              </tr>`
            : nothing
        }
      </tbody>
    </table>
  </div>`;
}

/** Scrolls to the customer row at `position` on the page shown and focuses its expand button; false without one. */
export function focusCustomerRow(root: ParentNode, position: number): boolean {
  const button = root.querySelectorAll<HTMLElement>('tbody tr.customer button[aria-expanded]')[position];
  if (!button) return false;
  button.scrollIntoView({ block: 'nearest' });
  button.focus();
  return true;
}
