/** Plural forms of a message, chosen by `Intl.PluralRules` on its `{count}`; `other` is always there. */
export type PluralForms = { readonly other: string } & {
  readonly [Category in Exclude<Intl.LDMLPluralRule, 'other'>]?: string;
};

/** A message: text with `{name}` placeholders, or plural forms of it. */
export type Message = string | PluralForms;

/** A message's placeholder names: `'{count} of {total}'` → `'count' | 'total'`. */
type Holes<Text> = Text extends `${string}{${infer Name}}${infer Rest}` ? Name | Holes<Rest> : never;

/** The placeholders of a message in any of its forms; a plural message always takes `count`. */
export type MessageHoles<M> = M extends string
  ? Holes<M>
  : M extends PluralForms
    ? Holes<M[keyof M] & string> | 'count'
    : never;

/**
 * The values a message takes: `count` is a number (it picks the plural form, and is shown formatted in
 * the reader's language); every other value is a number (formatted) or text shown as it is.
 */
export type MessageValues<M> = {
  readonly [Name in MessageHoles<M>]: Name extends 'count' ? number : string | number;
};
