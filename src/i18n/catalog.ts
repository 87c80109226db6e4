import type { en, enParts } from './locales/en/index.js';
import type { Message, MessageValues, PluralForms } from './message.js';

/** Every message the kit writes, by key: `'summary.title'`, `'metric.active.label'`, … */
export type MessageKey = keyof typeof en;

/** A message in another language: text, or plural forms (any language's categories) where English has them. */
type Translated<English> = English extends string ? string : PluralForms;

/** A whole language: every key English has, so that a missing key is a type error. */
export type Catalog = { readonly [Key in MessageKey]: Translated<(typeof en)[Key]> };

/** One part (section) of a language, checked against English's part of the same name. */
export type CatalogPart<Part extends keyof typeof enParts> = {
  readonly [Key in keyof (typeof enParts)[Part]]: Translated<(typeof enParts)[Part][Key]>;
};

/** Some messages of a language, replacing the kit's: a host's overrides, or an element's `messages`. */
export type MessageOverrides = { readonly [Key in MessageKey]?: Message };

/** The values message `Key` takes; none for a message without placeholders. */
export type ValuesOf<Key extends MessageKey> = MessageValues<(typeof en)[Key]>;

/** `t(key)` for a message without placeholders, `t(key, values)` for one with. */
export type MessageArgs<Key extends MessageKey> = keyof ValuesOf<Key> extends never
  ? []
  : [values: ValuesOf<Key>];
