import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { createLocalizer } from '../i18n/localizer.js';
import type { Localizer } from '../i18n/localizer.js';
import type { MessageOverrides } from '../i18n/catalog.js';
import { isLanguageLoaded, loadLanguage, onMessagesChange } from '../i18n/registry.js';

export interface LocalizeOptions {
  /** The locale to show: the element's `locale`, else the nearest `lang`, else the browser's. */
  locale: () => string;
  /** The element's own replacements for some messages (its `messages` property). */
  messages: () => MessageOverrides | null | undefined;
}

/**
 * An element's words: `localizer` for its locale, loading the language's messages the first time they are
 * needed and re-rendering the host when they arrive, when a host registers or overrides messages, or when
 * the page's `lang` changes. `ready` is false while the language loads, so a host can hold its text back
 * rather than flash English.
 */
export class LocalizeController implements ReactiveController {
  private readonly host: ReactiveControllerHost;
  private readonly options: LocalizeOptions;
  private cached: {
    locale: string;
    messages: MessageOverrides | null | undefined;
    localizer: Localizer;
  } | null = null;
  private unsubscribe: (() => void) | null = null;

  constructor(host: ReactiveControllerHost, options: LocalizeOptions) {
    this.options = options;
    (this.host = host).addController(this);
  }

  /** The localizer for the host's locale and messages now. */
  get localizer(): Localizer {
    const locale = this.options.locale();
    const messages = this.options.messages();
    if (!this.cached || this.cached.locale !== locale || this.cached.messages !== messages)
      this.cached = { locale, messages, localizer: createLocalizer(locale, messages) };
    return this.cached.localizer;
  }

  /** Whether the language's messages are here. */
  get ready(): boolean {
    return isLanguageLoaded(this.localizer.language);
  }

  /** Resolves once the language the host shows now has loaded (or failed to, leaving English). */
  loaded(): Promise<void> {
    return loadLanguage(this.localizer.language);
  }

  hostConnected(): void {
    this.unsubscribe = onMessagesChange(() => this.refresh());
    watchDocumentLang(this);
  }

  hostDisconnected(): void {
    this.unsubscribe?.();
    this.unsubscribe = null;
    unwatchDocumentLang(this);
  }

  hostUpdate(): void {
    if (!this.ready) void this.loaded();
  }

  /** Messages or the page's language changed: forget the localizer and render again. */
  refresh(): void {
    this.cached = null;
    this.host.requestUpdate();
  }
}

/** One observer of `<html lang>` for every connected element: a page may set its language after load. */
const watching = new Set<LocalizeController>();
let langObserver: MutationObserver | null = null;

function watchDocumentLang(controller: LocalizeController): void {
  watching.add(controller);
  if (langObserver) return;
  langObserver = new MutationObserver(() => watching.forEach((each) => each.refresh()));
  langObserver.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
}

function unwatchDocumentLang(controller: LocalizeController): void {
  watching.delete(controller);
  if (watching.size === 0) {
    langObserver?.disconnect();
    langObserver = null;
  }
}
