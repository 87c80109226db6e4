import { LitElement, css, html } from 'lit';
import { property, query, queryAll, state } from 'lit/decorators.js';
import { LocalizeController } from '../../controllers/localize-controller.js';
import { hostLocale } from './host-locale.js';

export interface SectionMenuItem {
  id: string;
  label: string;
}

declare global {
  interface HTMLElementEventMap {
    'dyn-usage-menu-select': CustomEvent<{ id: string }>;
  }
}

/**
 * The "⋯" menu of a section (menu button pattern): Enter, Space or ArrowDown opens it on the first item,
 * arrows move, Escape or Tab closes it, focus returns to the button. Internal to the kit.
 * @fires dyn-usage-menu-select - an item was chosen; detail `{ id }`.
 */
export class DynUsageSectionMenu extends LitElement {
  // No tokens of its own: the --_* custom properties inherit from the section, theme included.
  static override styles = [
    css`
      :host {
        position: relative;
        display: inline-block;
      }
      .toggle {
        border: 1px solid transparent;
        background: none;
        border-radius: 6px;
        min-width: 32px;
        min-height: 32px;
        cursor: pointer;
        color: var(--_text);
        font-size: 1.1rem;
        line-height: 1;
      }
      .toggle:hover {
        background: var(--_surface);
        border-color: var(--_border);
      }
      [role='menu'] {
        position: absolute;
        inset-inline-end: 0;
        top: calc(100% + 4px);
        z-index: 10;
        margin: 0;
        padding: 4px;
        list-style: none;
        min-width: 12rem;
        background: var(--_bg);
        border: 1px solid var(--_border);
        border-radius: 6px;
        box-shadow: 0 4px 16px rgb(0 0 0 / 0.18);
      }
      [role='menuitem'] {
        display: block;
        width: 100%;
        text-align: start;
        padding: 8px 10px;
        border: 0;
        border-radius: 4px;
        background: none;
        color: var(--_text);
        font: inherit;
        font-size: 0.9rem;
        cursor: pointer;
      }
      [role='menuitem']:hover,
      [role='menuitem']:focus-visible {
        background: var(--_surface);
      }
      :focus-visible {
        outline: 2px solid var(--_focus);
        outline-offset: 1px;
      }
      /* What an item did ("Image copied"), under the button; empty, it takes no room and shows nothing. */
      .status {
        position: absolute;
        inset-inline-end: 0;
        top: calc(100% + 4px);
        z-index: 9;
        width: max-content;
        max-width: min(18rem, 80vw);
        padding: 6px 10px;
        background: var(--_bg);
        color: var(--_text);
        border: 1px solid var(--_border);
        border-radius: 6px;
        box-shadow: 0 4px 16px rgb(0 0 0 / 0.18);
        font-size: 0.85rem;
        text-align: start;
      }
      .status:empty {
        padding: 0;
        border: 0;
        box-shadow: none;
      }
      @media print {
        .status {
          display: none;
        }
      }
    `,
  ];

  /** Accessible name of the button, e.g. "Summary: download" (default: "Section options" in the reader's language). */
  @property() label: string | undefined;
  /** The items, in order. */
  @property({ attribute: false }) items: SectionMenuItem[] = [];
  @state() private open = false;
  /** What the last item did, for the reader (a polite live region); cleared after a while. */
  @state() private status = '';
  private statusTimer: ReturnType<typeof setTimeout> | undefined;
  @query('.toggle') private toggle!: HTMLButtonElement;
  @queryAll('[role="menuitem"]') private menuItems!: NodeListOf<HTMLButtonElement>;
  // The section's language: the nearest `lang` is its frame's.
  private readonly i18n = new LocalizeController(this, {
    locale: () => hostLocale(this, null),
    messages: () => null,
  });

  override render() {
    const label = this.label || this.i18n.localizer.t('menu.options');
    return html`
      <button
        class="toggle"
        type="button"
        aria-haspopup="menu"
        aria-expanded=${this.open ? 'true' : 'false'}
        aria-controls="menu"
        aria-label=${label}
        title=${label}
        @click=${() => this.setOpen(!this.open, 0)}
        @keydown=${this.onToggleKey}
      >
        ⋯
      </button>
      <span class="status" role="status">${this.open ? '' : this.status}</span>
      ${
        this.open
          ? html`<ul
              role="menu"
              id="menu"
              aria-label=${label}
              @keydown=${this.onMenuKey}
              @focusout=${this.onFocusOut}
            >
              ${this.items.map(
                (item) =>
                  html`<li role="none">
                    <button role="menuitem" type="button" tabindex="-1" @click=${() => this.choose(item.id)}>
                      ${item.label}
                    </button>
                  </li>`,
              )}
            </ul>`
          : null
      }
    `;
  }

  /**
   * Tells the reader what an item did ("Image copied", or why it could not be), politely: a status
   * message under the button that screen readers announce, gone after `ms` (default 8 s).
   */
  announce(words: string, ms = 8000): void {
    clearTimeout(this.statusTimer);
    this.status = words;
    if (words) this.statusTimer = setTimeout(() => (this.status = ''), ms);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.statusTimer);
  }

  private async setOpen(open: boolean, focusIndex: number | null): Promise<void> {
    this.open = open;
    await this.updateComplete;
    if (open && focusIndex !== null) this.menuItems[focusIndex]?.focus();
  }

  private onToggleKey(event: KeyboardEvent): void {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      void this.setOpen(true, event.key === 'ArrowDown' ? 0 : this.items.length - 1);
    }
  }

  private onMenuKey(event: KeyboardEvent): void {
    const items = [...this.menuItems];
    const current = items.indexOf(this.shadowRoot?.activeElement as HTMLButtonElement);
    const move = (index: number) => items[(index + items.length) % items.length]?.focus();
    if (event.key === 'ArrowDown') move(current + 1);
    else if (event.key === 'ArrowUp') move(current - 1);
    else if (event.key === 'Home') move(0);
    else if (event.key === 'End') move(items.length - 1);
    else if (event.key === 'Escape') {
      void this.setOpen(false, null);
      this.toggle.focus();
    } else return;
    event.preventDefault();
  }

  private onFocusOut(event: FocusEvent): void {
    const next = event.relatedTarget as Node | null;
    if (!next || !this.shadowRoot?.contains(next)) this.open = false;
  }

  private choose(id: string): void {
    this.announce('');
    this.open = false;
    this.toggle.focus();
    this.dispatchEvent(new CustomEvent('dyn-usage-menu-select', { detail: { id } }));
  }
}

if (!customElements.get('dyn-usage-section-menu')) {
  customElements.define('dyn-usage-section-menu', DynUsageSectionMenu);
}

declare global {
  interface HTMLElementTagNameMap {
    'dyn-usage-section-menu': DynUsageSectionMenu;
  }
}
