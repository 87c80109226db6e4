import { css } from 'lit';
import { visuallyHiddenStyles } from '../../styles/section-frame.styles.js';

// No tokens of its own: the --_* custom properties inherit from the section, theme included.
export const skuPickerStyles = css`
  :host {
    display: inline-flex;
    align-items: center;
    gap: 8px;
    position: relative;
    min-width: 0;
    max-width: 100%;
  }
  label {
    font-size: 0.85rem;
    color: var(--_muted);
  }
  input {
    font: inherit;
    font-size: 0.9rem;
    color: var(--_text);
    background: var(--_bg);
    border: 1px solid var(--_border);
    border-radius: 6px;
    padding: 5px 10px;
    width: min(22rem, 100%);
    min-width: 0;
    box-sizing: border-box;
  }
  /* On paper the SKU shown is a name, not a box to type in. */
  @media print {
    input {
      border: none;
      padding: 0;
      background: none;
      font-weight: 600;
    }
  }
  input:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 1px;
  }
  .box {
    position: relative;
    flex: 1 1 auto;
    min-width: 0;
  }
  [role='listbox'] {
    position: absolute;
    z-index: 10;
    top: calc(100% + 4px);
    inset-inline-start: 0;
    width: max(100%, 16rem);
    max-width: calc(100vw - 32px);
    max-height: 16rem;
    overflow: auto;
    margin: 0;
    padding: 4px;
    list-style: none;
    box-sizing: border-box;
    background: var(--_bg);
    border: 1px solid var(--_border);
    border-radius: 6px;
    box-shadow: 0 6px 16px rgb(0 0 0 / 0.18);
  }
  [role='option'] {
    padding: 6px 8px;
    border-radius: 4px;
    font-size: 0.88rem;
    cursor: pointer;
  }
  [role='option'][aria-selected='true'] {
    background: var(--_surface);
    outline: 2px solid var(--_focus);
    outline-offset: -2px;
  }
  [role='option'].picked {
    font-weight: 600;
  }
  mark {
    background: none;
    color: inherit;
    text-decoration: underline;
    text-underline-offset: 2px;
  }
  .none {
    position: absolute;
    top: calc(100% + 4px);
    inset-inline-start: 0;
    font-size: 0.85rem;
    color: var(--_muted);
    white-space: nowrap;
  }
  ${visuallyHiddenStyles}
`;
