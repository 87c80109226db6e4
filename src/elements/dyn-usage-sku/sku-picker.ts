import { LitElement, html, nothing } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { skuPickerStyles } from './sku-picker.styles.js';
import { dataName, dataTextStyles } from '../shared/data-text.js';
import { createLocalizer } from '../../i18n/localizer.js';
import type { Localizer } from '../../i18n/localizer.js';
import enSku from '../../i18n/locales/en/sku.js';
import { addEnglish } from '../../i18n/registry.js';

addEnglish(enSku);

declare global {
  interface HTMLElementEventMap {
    'dyn-usage-sku-pick': CustomEvent<{ sku: string }>;
  }
}

/**
 * A SKU combobox with search as you type (ARIA 1.2 combobox, list autocomplete with the first match
 * highlighted): typing filters the list and highlights the first match, ArrowDown/ArrowUp move,
 * Enter or a click picks, Escape closes the list and then restores the picked SKU. Internal to the kit.
 * @fires dyn-usage-sku-pick - a SKU was picked; detail `{ sku }`.
 */
export class DynUsageSkuPicker extends LitElement {
  static override styles = [skuPickerStyles, dataTextStyles];

  /** The SKUs to choose from, in display order. */
  @property({ attribute: false }) options: readonly string[] = [];
  /** The picked SKU. */
  @property() value = '';
  /** The section's words (label, list name, match count), in its language. */
  @property({ attribute: false }) localizer: Localizer = createLocalizer('en', null);

  /** What the user typed, or `null` while the input shows the picked SKU. */
  @state() private typed: string | null = null;
  @state() private open = false;
  @state() private active = -1;
  @query('input') private input!: HTMLInputElement;

  override render() {
    const matches = this.matchingSkus();
    const expanded = this.open && matches.length > 0;
    const { t } = this.localizer;
    return html`<label id="label" for="input">${t('sku.picker.label')}</label>
      <div class="box">
        <input
          id="input"
          part="input"
          role="combobox"
          aria-labelledby="label"
          aria-autocomplete="list"
          aria-expanded=${expanded ? 'true' : 'false'}
          aria-controls="listbox"
          aria-activedescendant=${expanded && this.active >= 0 ? `option-${this.active}` : nothing}
          autocomplete="off"
          spellcheck="false"
          .value=${live(this.typed ?? this.value)}
          @input=${this.onInput}
          @keydown=${this.onKeyDown}
          @click=${() => this.show()}
          @focus=${() => this.input.select()}
          @blur=${() => this.close()}
        />
        <ul id="listbox" role="listbox" aria-label=${t('sku.picker.list')} ?hidden=${!expanded}>
          ${matches.map(
            (sku, i) =>
              // Keys go to the input (aria-activedescendant): an option only needs the pointer.
              // eslint-disable-next-line lit-a11y/click-events-have-key-events
              html`<li
                id="option-${i}"
                role="option"
                class=${sku === this.value ? 'picked' : ''}
                aria-selected=${i === this.active ? 'true' : 'false'}
                @pointerdown=${(event: PointerEvent) => event.preventDefault()}
                @click=${() => this.pick(sku)}
              >
                ${dataName(sku, this.highlight(sku))}
              </li>`,
          )}
        </ul>
        ${this.open && !matches.length ? html`<span class="none">${t('sku.picker.none')}</span>` : nothing}
        <span class="visually-hidden" aria-live="polite"
          >${this.open ? t('sku.picker.matches', { count: matches.length }) : ''}</span
        >
      </div>`;
  }

  override updated(): void {
    if (this.open)
      this.renderRoot.querySelector('[aria-selected="true"]')?.scrollIntoView({ block: 'nearest' });
  }

  /** SKUs holding every typed word (any case), all of them before anything is typed. */
  private matchingSkus(): readonly string[] {
    const words = (this.typed ?? '').toLocaleLowerCase().split(/\s+/).filter(Boolean);
    if (!words.length) return this.options;
    return this.options.filter((sku) => {
      const name = sku.toLocaleLowerCase();
      return words.every((word) => name.includes(word));
    });
  }

  private highlight(sku: string) {
    const word = (this.typed ?? '').trim().split(/\s+/)[0] ?? '';
    const at = word ? sku.toLocaleLowerCase().indexOf(word.toLocaleLowerCase()) : -1;
    if (at < 0) return sku;
    return html`${sku.slice(0, at)}<mark>${sku.slice(at, at + word.length)}</mark>${sku.slice(at + word.length)}`;
  }

  private show(): void {
    if (this.open) return;
    this.open = true;
    this.active = Math.max(0, this.matchingSkus().indexOf(this.value));
  }

  private close(): void {
    this.open = false;
    this.typed = null;
    this.active = -1;
  }

  private onInput(): void {
    this.typed = this.input.value;
    this.open = true;
    this.active = this.matchingSkus().length ? 0 : -1;
  }

  private onKeyDown(event: KeyboardEvent): void {
    const count = this.matchingSkus().length;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (!this.open) return this.show();
      if (!count) return;
      this.active = (this.active + (event.key === 'ArrowDown' ? 1 : count - 1)) % count;
    } else if (event.key === 'Enter') {
      const sku = this.open ? this.matchingSkus()[this.active] : undefined;
      if (sku === undefined) return;
      event.preventDefault();
      this.pick(sku);
    } else if (event.key === 'Escape') {
      if (!this.open && this.typed === null) return;
      event.preventDefault();
      if (this.open) this.open = false;
      else this.typed = null;
    }
  }

  private pick(sku: string): void {
    this.close();
    this.value = sku;
    this.dispatchEvent(new CustomEvent('dyn-usage-sku-pick', { detail: { sku } }));
  }
}

if (!customElements.get('dyn-usage-sku-picker'))
  customElements.define('dyn-usage-sku-picker', DynUsageSkuPicker);

declare global {
  interface HTMLElementTagNameMap {
    'dyn-usage-sku-picker': DynUsageSkuPicker;
  }
}
