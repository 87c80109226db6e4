import type { MessageArgs, MessageKey, MessageOverrides } from './catalog.js';
import { formatMessage } from './format-message.js';
import { textDirection } from './languages.js';
import { catalogMessage, languageFor } from './registry.js';

/** An element's words: its messages in one language, numbers inside them formatted for its locale. */
export interface Localizer {
  /** The locale numbers, plurals and lists follow: the element's `locale`, `lang` or the browser's. */
  readonly locale: string;
  /** The language the messages are in: `nl` for `nl-BE`, `en` when the kit has none closer. */
  readonly language: string;
  /** The language's direction, for the element's frame. */
  readonly dir: 'ltr' | 'rtl';
  /** Message `key` with its values: `t('notice.skipped', { count: 3 })` → "3 rows skipped". */
  t<Key extends MessageKey>(key: Key, ...args: MessageArgs<Key>): string;
  /** "A, B and C" in the reader's language (`Intl.ListFormat`). */
  list(items: readonly string[], type?: 'conjunction' | 'disjunction' | 'unit'): string;
}

/** A localizer for `locale`, with one element's `messages` over the language's own. */
export function createLocalizer(locale: string, messages: MessageOverrides | null | undefined): Localizer {
  const language = languageFor(locale);
  const lists = new Map<string, Intl.ListFormat>();
  return {
    locale,
    language,
    dir: textDirection(language),
    t<Key extends MessageKey>(key: Key, ...args: MessageArgs<Key>): string {
      const message = messages?.[key] ?? catalogMessage(language, key);
      return formatMessage(message, args[0] as Readonly<Record<string, string | number>> | undefined, locale);
    },
    list(items, type = 'conjunction') {
      let format = lists.get(type);
      if (!format) {
        format = listFormat(locale, type);
        lists.set(type, format);
      }
      return format.format(items);
    },
  };
}

function listFormat(locale: string, type: 'conjunction' | 'disjunction' | 'unit'): Intl.ListFormat {
  try {
    return new Intl.ListFormat(locale, { type, style: type === 'unit' ? 'narrow' : 'long' });
  } catch {
    return new Intl.ListFormat('en', { type });
  }
}
