import { css } from 'lit';

export const subscriptionTableStyles = css`
  :host {
    /* Dark text on pale yellow reads in both themes, so one colour pair does. */
    --_mark-bg: var(--dyn-usage-mark-background, #ffe08a);
    --_mark-text: var(--dyn-usage-mark-text, #1b1f24);
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 8px 12px;
    margin-block-end: 8px;
  }
  .search {
    flex: 1 1 14rem;
    min-width: 0;
    font: inherit;
    font-size: 0.9rem;
    padding: 6px 10px;
    color: var(--_text);
    background: var(--_bg);
    border: 1px solid var(--_border);
    border-radius: 6px;
  }
  .search::placeholder {
    color: var(--_muted);
  }
  .download,
  .pager button {
    font-size: 0.85rem;
    padding: 6px 12px;
    background: var(--_bg);
    border: 1px solid var(--_border);
    border-radius: 6px;
    cursor: pointer;
    white-space: nowrap;
  }
  .download:hover,
  .pager button:hover {
    background: var(--_surface);
  }
  .download:disabled,
  .pager button[aria-disabled='true'] {
    cursor: default;
    color: var(--_muted);
    background: var(--_bg);
  }
  .count {
    flex: 1 0 100%;
    margin: 0;
    font-size: 0.85rem;
    font-weight: 600;
  }
  .count:empty {
    margin-top: -8px;
  }
  .caption {
    margin: 0 0 8px;
    font-size: 0.85rem;
    color: var(--_muted);
  }
  /* Shadows at an edge with more to scroll to: the covers scroll with the content, the shadows stay. */
  .scroller {
    overflow-x: auto;
    border: 1px solid var(--_grid);
    border-radius: 6px;
    background:
      linear-gradient(to right, var(--_bg) 40%, transparent) left / 28px 100% no-repeat local,
      linear-gradient(to left, var(--_bg) 40%, transparent) right / 28px 100% no-repeat local,
      radial-gradient(farthest-side at 0 50%, rgb(0 0 0 / 0.2), transparent) left / 12px 100% no-repeat scroll,
      radial-gradient(farthest-side at 100% 50%, rgb(0 0 0 / 0.2), transparent) right / 12px 100% no-repeat
        scroll;
  }
  table {
    border-collapse: collapse;
    width: 100%;
    font-size: 0.875rem;
  }
  th,
  td {
    padding: 6px 7px;
    border-top: 1px solid var(--_grid);
    text-align: start;
    vertical-align: middle;
  }
  thead th {
    font-weight: 600;
    vertical-align: bottom;
    border-top: 0;
    border-bottom: 1px solid var(--_border);
  }
  thead th.num:not(.rank) {
    min-width: 6.5em;
  }
  th.trend {
    min-width: 88px;
  }
  .num {
    text-align: end;
    font-variant-numeric: tabular-nums;
  }
  td.num {
    white-space: nowrap;
  }
  /*
   * A country or segment name is a few words: the column is as wide as the longest word, so none is cut;
   * Chinese and Japanese words too (keep-all: "アメリカ合衆国" is not broken after any character).
   */
  td.words bdi.data-name {
    overflow-wrap: break-word;
  }
  td.words,
  th.words,
  th.rank {
    word-break: keep-all;
  }
  .sub-label {
    display: block;
    font-weight: 400;
    font-size: 0.75rem;
    color: var(--_muted);
  }
  /* Inline, so the arrow follows the label's last line however it wraps. */
  .sort {
    display: inline-block;
    padding: 2px 0;
    background: none;
    border: 0;
    font-weight: 600;
    cursor: pointer;
    text-align: inherit;
  }
  .sort .arrow {
    margin-inline-start: 4px;
    font-size: 0.7rem;
    color: var(--_muted);
    opacity: 0.6;
  }
  .sort.ascending .arrow,
  .sort.descending .arrow {
    color: var(--_accent);
    opacity: 1;
  }
  .trend {
    font-weight: 600;
  }
  tr.customer:hover,
  tr.customer.open {
    background: var(--_surface);
  }
  th.name {
    font-weight: 400;
    min-width: 9rem;
    max-width: 16rem;
  }
  /* Wide enough for most names on two lines, narrow enough that German headers fit beside it at 1200 px. */
  @container (min-width: 900px) {
    th.name {
      min-width: 10rem;
    }
  }
  .expand {
    display: flex;
    align-items: baseline;
    gap: 6px;
    padding: 2px 0;
    background: none;
    border: 0;
    text-align: start;
    cursor: pointer;
    font-weight: 600;
    overflow-wrap: anywhere;
  }
  .chevron::before {
    content: '▸';
    color: var(--_muted);
  }
  /* Right to left, a closed row's chevron points the way the text runs. */
  [dir='rtl'] .chevron::before {
    content: '◂';
  }
  .expand[aria-expanded='true'] .chevron::before {
    content: '▾';
  }
  .key {
    display: block;
    font-weight: 400;
    font-size: 0.75rem;
    color: var(--_muted);
    font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
  }
  mark {
    background: var(--_mark-bg);
    color: var(--_mark-text);
    border-radius: 2px;
  }
  tr.detail > td {
    background: var(--_surface);
    border-top: 0;
    padding-block: 0 12px;
    padding-inline: 34px 10px;
  }
  table.subs {
    width: auto;
    font-size: 0.8rem;
  }
  table.subs th,
  table.subs td {
    padding: 4px 10px;
  }
  table.subs tbody th {
    font-weight: 400;
  }
  .id {
    font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
    font-size: 0.75rem;
    color: var(--_muted);
  }
  .more {
    margin: 6px 0 0;
    font-size: 0.8rem;
    color: var(--_muted);
  }
  .spark {
    display: block;
    overflow: visible;
  }
  .spark .line {
    fill: none;
    stroke: var(--_active);
    stroke-width: 1.5;
    stroke-linejoin: round;
    stroke-linecap: round;
  }
  .spark .dot {
    fill: var(--_active);
  }
  .no-trend,
  td.none {
    color: var(--_muted);
  }
  td.none {
    text-align: center;
    padding: 20px;
  }
  .pager {
    display: flex;
    justify-content: flex-end;
    align-items: center;
    gap: 12px;
    margin-top: 8px;
    font-size: 0.85rem;
  }
  .pages {
    color: var(--_muted);
    font-variant-numeric: tabular-nums;
  }
  /*
   * Below the width the ten columns need (about 1,070 px in English, 1,160 px in German), each customer is
   * a stacked row, so that active % and its trend are never behind a horizontal scroll. Up to 700 px, line 1
   * the rank and the name (wrapping between words), line 2 active % and the trend, line 3 the other
   * figures, each with its column's name; wider, active % and the trend join the name's line. The header
   * row turns into the row of sort buttons. Roles in the markup keep it a table for assistive technology.
   * On paper (A4 is about 700 px wide) the table keeps its columns, which print.styles.ts fits to the page.
   */
  @media not print {
    @container (max-width: 1199.98px) {
      .scroller {
        overflow-x: visible;
        background: none;
      }
      table[part='table'],
      table[part='table'] > thead,
      table[part='table'] > tbody {
        display: block;
      }
      table[part='table'] > thead > tr {
        display: flex;
        flex-wrap: wrap;
        gap: 2px 14px;
        padding: 6px 8px;
        border-bottom: 1px solid var(--_border);
      }
      table[part='table'] > thead th {
        display: block;
        padding: 0;
        border: 0;
        min-width: 0;
        font-size: 0.8rem;
      }
      thead th.num:not(.rank),
      th.trend {
        min-width: 0;
      }
      thead th.col-trend {
        position: absolute;
        width: 1px;
        height: 1px;
        overflow: hidden;
        clip-path: inset(50%);
        white-space: nowrap;
      }
      thead .sub-label {
        display: inline;
        margin-inline-start: 4px;
      }
      tr.customer {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        row-gap: 4px;
        padding: 8px;
        padding-inline-start: 3em;
        border-top: 1px solid var(--_grid);
      }
      tr.customer > * {
        display: block;
        padding: 0;
        border: 0;
        margin-inline-end: 14px;
        text-align: start;
      }
      tr.customer > .col-rank {
        order: 0;
        flex: 0 0 2.5em;
        margin-inline: -3em 0.5em;
        text-align: end;
        color: var(--_muted);
      }
      tr.customer > th.name {
        order: 1;
        /* Not 0: the rank takes no room in the line, and the break after the name would join it. */
        flex: 1 1 50%;
        min-width: 0;
        max-width: none;
        margin-inline-end: 0;
      }
      tr.customer > th.name .expand {
        overflow-wrap: break-word;
        hyphens: auto;
      }
      tr.customer::after,
      tr.customer::before {
        content: '';
        flex: 0 0 100%;
        height: 0;
      }
      tr.customer::after {
        order: 2;
      }
      tr.customer > .col-activePercentLast {
        order: 3;
        font-size: 1rem;
        font-weight: 600;
      }
      tr.customer > .col-trend {
        order: 4;
      }
      tr.customer::before {
        order: 5;
      }
      tr.customer > td {
        order: 6;
        font-size: 0.8rem;
      }
      tr.customer > td.num:not(.col-rank, .col-activePercentLast)::before,
      tr.customer > .col-activePercentLast::before {
        content: attr(data-label) ' ' / '';
        font-weight: 400;
        font-size: 0.75rem;
        color: var(--_muted);
      }
      tr.detail,
      tr.detail > td,
      td.none {
        display: block;
      }
      tr.detail > td {
        overflow-x: auto;
      }
    }
    @container (min-width: 700.02px) and (max-width: 1199.98px) {
      tr.customer::after {
        display: none;
      }
      tr.customer > th.name {
        flex: 1 1 16rem;
      }
    }
  }
`;
