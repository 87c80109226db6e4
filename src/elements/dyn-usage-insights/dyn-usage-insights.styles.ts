import { css } from 'lit';

export const insightsStyles = css`
  .subhead {
    margin: 16px 0 8px;
    font-size: 1rem;
    font-weight: 600;
  }
  .muted {
    color: var(--_muted);
  }
  .help {
    margin: 0 0 8px;
    font-size: 0.85rem;
  }
  .change-lines,
  .anomaly-list {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .change {
    padding: 8px 0;
    border-block-end: 1px solid var(--_grid);
  }
  .sentence {
    margin: 0 0 4px;
  }
  .drivers {
    display: grid;
    gap: 2px;
    margin: 0;
    font-size: 0.85rem;
  }
  .drivers div {
    display: flex;
    flex-wrap: wrap;
    gap: 4px 12px;
  }
  .drivers dt {
    color: var(--_muted);
    min-inline-size: 9em;
  }
  .drivers dd {
    display: flex;
    flex-wrap: wrap;
    gap: 4px 12px;
    margin: 0;
  }
  /* A driver's name and its figure stay together; a long name wraps inside its own box. */
  .driver {
    display: inline-flex;
    gap: 4px;
    align-items: baseline;
    max-inline-size: 100%;
  }
  .driver .figure {
    font-variant-numeric: tabular-nums;
    color: var(--_muted);
  }
  .anomaly {
    padding: 4px 0;
    padding-inline-start: 14px;
    border-inline-start: 3px solid var(--_up);
    margin-block: 4px;
  }
  .anomaly.down {
    border-inline-start-color: var(--_down);
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    gap: 8px;
    align-items: center;
    margin-block: 12px 4px;
  }
  .toolbar input {
    font: inherit;
    color: inherit;
    background: var(--_bg);
    border: 1px solid var(--_border);
    border-radius: 6px;
    padding: 6px 10px;
    inline-size: min(100%, 22em);
  }
  /* A list needs about 26rem for its customer and three figures ("Subscriptions" is the widest header):
     at 300px three lists sat side by side at 1280 px and each hid its last column behind a scroll. */
  .list-grid {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 26rem), 1fr));
    gap: 16px;
  }
  .list {
    min-inline-size: 0;
  }
  .list.renewals {
    margin-block-start: 16px;
  }
  .list-head {
    font-weight: 600;
    margin-block: 8px 2px;
  }
  .scroll {
    overflow-x: auto;
  }
  table {
    inline-size: 100%;
    border-collapse: collapse;
    font-size: 0.875rem;
  }
  th,
  td {
    padding: 4px 6px;
    text-align: start;
    border-block-end: 1px solid var(--_grid);
    vertical-align: top;
  }
  /* Headers wrap between words (German and Japanese headers are wider than their figures at 360 px);
     keep-all keeps a Japanese, Chinese or Korean word whole, as the other sections' headers do. */
  thead th,
  thead th.numeric {
    font-weight: 600;
    color: var(--_muted);
    white-space: normal;
    word-break: keep-all;
  }
  tbody th {
    font-weight: normal;
  }
  .numeric {
    text-align: end;
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }
  button.more {
    margin-block-start: 8px;
    font: inherit;
    color: var(--_accent);
    background: none;
    border: 1px solid var(--_border);
    border-radius: 6px;
    padding: 4px 10px;
    cursor: pointer;
  }
  tbody th {
    min-inline-size: 8em;
  }
  button.sort,
  button.customer-link {
    font: inherit;
    color: inherit;
    background: none;
    border: 0;
    padding: 0;
    cursor: pointer;
    text-align: inherit;
  }
  button.customer-link {
    color: var(--_accent);
    text-decoration: underline;
    text-underline-offset: 2px;
  }
  button:focus-visible,
  input:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }
  .arrow {
    margin-inline-start: 4px;
  }
  @media print {
    .toolbar {
      display: none;
    }
    .scroll {
      overflow: visible;
    }
  }
`;
