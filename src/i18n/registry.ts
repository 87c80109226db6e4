import type { Catalog, MessageKey, MessageOverrides } from './catalog.js';
import { SHIPPED_LANGUAGES, resolveLanguage } from './languages.js';
import common from './locales/en/common.js';
import type { Message } from './message.js';

/**
 * English, the fallback of every language, part by part: common here, each other part added by the modules
 * that show its messages (`addEnglish`), so that a page with one section carries its words only.
 */
const english: Partial<Catalog> = { ...common };
/** Languages whose messages are here: English, those a host registered, and shipped ones once loaded. */
const catalogs = new Map<string, Partial<Catalog>>([['en', english]]);
/** A host's replacements, by language; they win over the language's own messages. */
const overrides = new Map<string, MessageOverrides>();
const loading = new Map<string, Promise<void>>();
const listeners = new Set<() => void>();

/**
 * Adds English parts (src/i18n/locales/en/<part>.ts) to the fallback: called at the top of each module that
 * names their keys, so that wherever the module goes its words go too. test/i18n/english-parts.test.ts checks
 * every element's bundle for a key whose part it leaves out.
 */
export function addEnglish(...parts: readonly Partial<Catalog>[]): void {
  for (const part of parts) Object.assign(english, part);
}

function changed(): void {
  for (const listener of listeners) listener();
}

/**
 * Adds a language, or replaces a shipped one: `registerTranslation('sv', { ... })`. The catalog's type asks
 * for every key English has (a missing one is a type error); at run time a key it lacks shows in English.
 * Elements showing that language re-render.
 */
export function registerTranslation(language: string, catalog: Catalog): void {
  catalogs.set(language, catalog);
  changed();
}

/**
 * Replaces some of a language's messages on every element that shows it:
 * `overrideMessages('nl', { 'summary.title': 'Gebruik' })`. Calls add up; a later value for a key wins.
 */
export function overrideMessages(language: string, messages: MessageOverrides): void {
  overrides.set(language, { ...overrides.get(language), ...messages });
  changed();
}

/** Calls `listener` whenever a language is added, loaded or overridden; returns the unsubscribe. */
export function onMessagesChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Every language the kit can show now or after loading: English, registered and shipped ones. */
export function knownLanguages(): string[] {
  return [...new Set([...catalogs.keys(), ...Object.keys(SHIPPED_LANGUAGES)])];
}

/** The language an element shows for `locale` (see `resolveLanguage`). */
export function languageFor(locale: string): string {
  return resolveLanguage(locale, knownLanguages());
}

/** Whether `language`'s messages are here, so a render can use them now. */
export function isLanguageLoaded(language: string): boolean {
  return catalogs.has(language);
}

/**
 * Loads a shipped language's module once. A failure (a chunk missing next to a copied bundle) leaves the
 * language in English, says so in the console, and resolves: text in English beats no section.
 */
export function loadLanguage(language: string): Promise<void> {
  if (catalogs.has(language)) return Promise.resolve();
  let pending = loading.get(language);
  if (!pending) {
    const load = SHIPPED_LANGUAGES[language];
    pending = (load ? load() : Promise.reject(new Error('no such language')))
      .then(
        (module) => {
          if (!catalogs.has(language)) catalogs.set(language, module.default);
        },
        (error: unknown) => {
          console.warn(
            `dyn-usage-kit: the "${language}" messages did not load, so they show in English:`,
            error,
          );
          catalogs.set(language, {});
        },
      )
      .then(changed);
    loading.set(language, pending);
  }
  return pending;
}

/**
 * Message `key` in `language`: the host's override, then the language's, then English's; the key itself when
 * no module added its English part (a bug the parts test catches, shown rather than thrown into the page).
 */
export function catalogMessage(language: string, key: MessageKey): Message {
  return (
    overrides.get(language)?.[key] ??
    catalogs.get(language)?.[key] ??
    overrides.get('en')?.[key] ??
    english[key] ??
    key
  );
}
