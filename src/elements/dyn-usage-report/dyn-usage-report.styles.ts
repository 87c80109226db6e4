import { css } from 'lit';
import { noticeStyles, stateStyles, visuallyHiddenStyles } from '../../styles/section-frame.styles.js';
import { tokenStyles } from '../../styles/tokens.js';
import { reportPrintStyles } from '../../styles/print.styles.js';
import { dataTextStyles } from '../shared/data-text.js';

export const reportStyles = [
  tokenStyles,
  noticeStyles,
  stateStyles,
  visuallyHiddenStyles,
  dataTextStyles,
  css`
    :host {
      display: block;
      font-family: var(--_font);
      color: var(--_text);
      container-type: inline-size;
    }
    .toolbar {
      display: grid;
      /* Not wider than the report, whatever its children's longest words. */
      grid-template-columns: minmax(0, 1fr);
      gap: 10px;
      padding: 12px 16px;
      margin-bottom: 16px;
      background: var(--_bg);
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      font-size: 0.85rem;
    }
    .filter-bar {
      display: flex;
      flex-wrap: wrap;
      align-items: end;
      gap: 8px 16px;
    }
    .presets button {
      white-space: nowrap;
    }
    /* Wide, the bar is always open and its button hidden; narrow, the bar folds behind the button. */
    .filters-toggle {
      display: none;
      justify-self: start;
      align-items: center;
      gap: 6px;
      font-weight: 600;
    }
    .filters-toggle::after {
      content: '';
      width: 0.45em;
      height: 0.45em;
      border-right: 2px solid currentColor;
      border-bottom: 2px solid currentColor;
      transform: translateY(-0.15em) rotate(45deg);
    }
    .filters-toggle[aria-expanded='true']::after {
      transform: translateY(0.1em) rotate(-135deg);
    }
    @container (max-width: 599.98px) {
      .filters-toggle {
        display: inline-flex;
      }
      .filter-bar:not(.open) {
        display: none;
      }
    }
    fieldset {
      border: 0;
      margin: 0;
      padding: 0;
      display: flex;
      flex-wrap: wrap;
      align-items: end;
      gap: 8px;
    }
    legend {
      font-weight: 600;
      padding: 0;
      margin-bottom: 4px;
    }
    label {
      display: inline-flex;
      flex-direction: column;
      gap: 2px;
      color: var(--_muted);
    }
    select,
    button {
      font: inherit;
      color: var(--_text);
      background: var(--_bg);
      border: 1px solid var(--_border);
      border-radius: 6px;
      padding: 4px 8px;
      min-height: 30px;
      max-width: 16rem;
    }
    .presets {
      display: inline-flex;
      flex-wrap: wrap;
      gap: 4px;
    }
    .presets button[aria-pressed='true'] {
      background: var(--_accent);
      border-color: var(--_accent);
      color: var(--_bg);
    }
    button {
      cursor: pointer;
    }
    .empty-view p {
      margin: 0;
    }
    .empty-view .actions {
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
    }
    .chips {
      display: flex;
      flex-wrap: wrap;
      gap: 6px;
    }
    .chip {
      max-width: 100%;
      white-space: nowrap;
      border-radius: 999px;
      background: var(--_surface);
      padding: 4px 10px;
    }
    /* A chip is as wide as its text: a long value is cut at a fixed width, not at the chip's own. */
    .chip .data-inline {
      max-width: 24em;
    }
    .chip-dimension {
      color: var(--_muted);
    }
    .clear {
      border-color: transparent;
      background: none;
      text-decoration: underline;
    }
    :focus-visible {
      outline: 2px solid var(--_focus);
      outline-offset: 2px;
    }
    /* The report's one progress bar while its source loads, as a section shows its own. */
    .toolbar.loading .state {
      padding: 8px;
    }
    .toolbar.loading progress {
      display: block;
      width: min(320px, 100%);
      margin: 4px auto;
      accent-color: var(--_accent);
    }
    .sections {
      display: grid;
      gap: 16px;
    }
    .sections[hidden] {
      display: none;
    }

    /* SKU trend, then distribution, each the report's full width: side by side at 1280 px, the SKU card
       (368 px high) left 411 px of blank beside the distribution (779 px, its height set by its bars, not
       its width); at 1920 px still 296 px. */
    .pair {
      display: grid;
      grid-template-columns: minmax(0, 1fr);
      gap: 16px;
    }
  `,
  reportPrintStyles,
];
