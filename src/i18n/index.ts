export type { Catalog, CatalogPart, MessageKey, MessageOverrides, ValuesOf } from './catalog.js';
export type { Message, PluralForms } from './message.js';
export type { Localizer } from './localizer.js';
export { createLocalizer } from './localizer.js';
export {
  registerTranslation,
  overrideMessages,
  onMessagesChange,
  languageFor,
  loadLanguage,
} from './registry.js';
export { SHIPPED_LANGUAGES, resolveLanguage, textDirection } from './languages.js';
export { en } from './locales/en/index.js';
