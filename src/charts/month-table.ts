import { html } from 'lit';
import type { TemplateResult } from 'lit';
import type { UsageFormatters } from '../view/formatters.js';

export interface MonthTableColumn {
  label: string;
  /** The cell of month `index`, already formatted. */
  cell(index: number): string;
}

/**
 * A chart's text alternative: one row per month, one column per series, visually hidden. Wrapped in a
 * div because a table ignores `width: 1px` and would widen the page. A space after each cell keeps the
 * row's text readable as one line ("Mar 2026 37 29 25").
 */
export function renderMonthTable(
  caption: string,
  months: readonly string[],
  columns: readonly MonthTableColumn[],
  f: UsageFormatters,
  /** The first column's header, in the reader's language. */
  monthHeader = 'Month',
): TemplateResult {
  return html`<div class="visually-hidden">
    <table>
      <caption>
        ${caption}
      </caption>
      <thead>
        <tr>
          <th scope="col">${monthHeader}</th>
          ${columns.map((column) => html`<th scope="col">${column.label}</th>`)}
        </tr>
      </thead>
      <tbody>
        ${months.map(
          (month, i) =>
            html`<tr>
              <th scope="row">${f.month(month)}</th>
              ${columns.map((column) => html`<td>${column.cell(i)}</td> `)}
            </tr>`,
        )}
      </tbody>
    </table>
  </div>`;
}
