import { css } from 'lit';

/** The search box and the sortable country table, beside the map when wide and under it when narrow. */
export const countryGridStyles = css`
  .grid-pane {
    display: flex;
    flex-direction: column;
    min-width: 0;
    margin-top: 16px;
  }
  .wide .grid-pane {
    margin-top: 0;
    /* The map decides the row's height; the table scrolls inside it. */
    contain: size;
  }
  .search {
    box-sizing: border-box;
    width: 100%;
    padding: 6px 10px;
    border: 1px solid var(--_border);
    border-radius: 6px;
    background: var(--_bg);
    color: var(--_text);
    font: inherit;
    font-size: 0.9rem;
  }
  .grid-status {
    margin: 2px 0;
    min-height: 1.2em;
    font-size: 0.78rem;
    color: var(--_muted);
  }
  /* Shadows at an edge with more to scroll to (a German grid at phone width is wider than the box): the
     covers scroll with the content, the shadows stay. */
  .table-scroll {
    flex: 1 1 0;
    min-height: 0;
    overflow: auto;
    border: 1px solid var(--_grid);
    border-radius: 4px;
    --_edge: color-mix(in srgb, var(--_text) 28%, transparent);
    background:
      linear-gradient(to right, var(--_bg) 40%, transparent) left / 28px 100% no-repeat local,
      linear-gradient(to left, var(--_bg) 40%, transparent) right / 28px 100% no-repeat local,
      linear-gradient(to top, var(--_bg) 40%, transparent) bottom / 100% 28px no-repeat local,
      radial-gradient(farthest-side at 0 50%, var(--_edge), transparent) left / 12px 100% no-repeat scroll,
      radial-gradient(farthest-side at 100% 50%, var(--_edge), transparent) right / 12px 100% no-repeat scroll,
      radial-gradient(farthest-side at 50% 100%, var(--_edge), transparent) bottom / 100% 12px no-repeat
        scroll;
  }
  .narrow .table-scroll {
    flex: none;
    max-height: 340px;
  }
  .countries {
    width: 100%;
    border-collapse: collapse;
    font-size: 0.8rem;
    font-variant-numeric: tabular-nums;
  }
  .countries thead th {
    position: sticky;
    top: 0;
    z-index: 1;
    background: var(--_surface);
    border-bottom: 1px solid var(--_border);
    padding: 0;
    font-weight: 600;
    vertical-align: bottom;
    white-space: normal;
  }
  .countries th,
  .countries td {
    text-align: end;
    white-space: nowrap;
  }
  .countries td {
    padding: 4px 5px;
    border-bottom: 1px solid var(--_grid);
  }
  .countries tbody th {
    padding: 0;
    border-bottom: 1px solid var(--_grid);
    font-weight: 400;
    text-align: start;
    white-space: normal;
  }
  .countries thead th.name {
    text-align: start;
  }
  .countries tbody tr {
    cursor: pointer;
  }
  .countries tbody tr:hover {
    background: var(--_surface);
  }
  .countries tbody tr.selected {
    background: color-mix(in srgb, var(--_accent) 16%, var(--_bg));
  }
  .pick,
  .sort {
    width: 100%;
    border: 0;
    background: none;
    padding: 4px 5px;
    text-align: inherit;
    cursor: pointer;
  }
  .sort {
    font-weight: 600;
  }
  /* Beside the map there is room to keep a Japanese, Chinese or Korean header word whole ("割り当て済" "み");
     at phone width the names need that room more. */
  .wide .sort {
    word-break: keep-all;
  }
  .sort-mark {
    display: inline-block;
    width: 0.9em;
    font-size: 0.7em;
    text-align: center;
  }
  .pick:focus-visible,
  .sort:focus-visible {
    outline-offset: -2px;
  }
  /* At phone width the four figures and the name share about 320 px. */
  .narrow .countries {
    font-size: 0.75rem;
  }
  .narrow .countries td,
  .narrow .pick,
  .narrow .sort {
    padding-inline: 3px;
  }
  /* There a long country name ("Vereinigtes Königreich") may break inside a word rather than the
     headers, so that German's longer column names still leave the figures room: with a hyphen at a
     syllable where the browser has the language's hyphenation ("Vereinig-te"), anywhere as a last resort. */
  .narrow .pick {
    overflow-wrap: anywhere;
    hyphens: auto;
  }
  .no-match {
    text-align: start;
    color: var(--_muted);
  }
`;
