// `dyn-usage-kit/i18n`: the kit's languages without any element — register a language, override messages,
// and the types that make a missing key a type error. Registers nothing.
export {
  registerTranslation,
  overrideMessages,
  languageFor,
  loadLanguage,
  resolveLanguage,
  textDirection,
  SHIPPED_LANGUAGES,
  en,
} from '../i18n/index.js';
export type {
  Catalog,
  CatalogPart,
  Message,
  MessageKey,
  MessageOverrides,
  PluralForms,
} from '../i18n/index.js';
