import type { Message } from './message.js';

const pluralRules = new Map<string, Intl.PluralRules>();
const numberFormats = new Map<string, Intl.NumberFormat>();

function cached<T>(cache: Map<string, T>, locale: string, make: (locale: string) => T): T {
  let value = cache.get(locale);
  if (!value) {
    try {
      value = make(locale);
    } catch {
      // An invalid locale formats as English rather than failing a render.
      value = make('en');
    }
    cache.set(locale, value);
  }
  return value;
}

/**
 * A message with its `{name}` placeholders filled: numbers formatted for `locale`, text as it is; a plural
 * message first picks its form for `values.count` (`Intl.PluralRules`, falling back to `other`). A
 * placeholder without a value stays visible as `{name}`, so a missing value shows in review.
 */
export function formatMessage(
  message: Message,
  values: Readonly<Record<string, string | number>> | undefined,
  locale: string,
): string {
  let text: string;
  if (typeof message === 'string') {
    text = message;
  } else {
    const count = Number(values?.['count'] ?? 0);
    const category = cached(pluralRules, locale, (tag) => new Intl.PluralRules(tag)).select(count);
    text = message[category] ?? message.other;
  }
  if (!values || !text.includes('{')) return text;
  return text.replace(/\{([A-Za-z0-9_]+)\}/g, (hole, name: string) => {
    const value = values[name];
    if (value === undefined) return hole;
    if (typeof value === 'number')
      return cached(
        numberFormats,
        locale,
        (tag) => new Intl.NumberFormat(tag, { maximumFractionDigits: 1 }),
      ).format(value);
    return value;
  });
}
