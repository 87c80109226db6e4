import type { Catalog } from './catalog.js';

/**
 * The languages the kit ships besides English, each one module loaded the first time an element needs it
 * (a literal `import()` per language, so that every bundler makes one chunk per language).
 */
export const SHIPPED_LANGUAGES: Readonly<Record<string, () => Promise<{ default: Catalog }>>> = {
  nl: () => import('./locales/nl/index.js'),
  de: () => import('./locales/de/index.js'),
  fr: () => import('./locales/fr/index.js'),
  es: () => import('./locales/es/index.js'),
  it: () => import('./locales/it/index.js'),
  'pt-BR': () => import('./locales/pt-BR/index.js'),
  ja: () => import('./locales/ja/index.js'),
  ko: () => import('./locales/ko/index.js'),
  'zh-CN': () => import('./locales/zh-CN/index.js'),
  ar: () => import('./locales/ar/index.js'),
  he: () => import('./locales/he/index.js'),
};

/**
 * A language's usual written form when only the language is asked for: Portuguese readers get Brazil's
 * (Partner Center's own Portuguese), Chinese readers Simplified Chinese, the one Chinese the kit ships.
 */
const LANGUAGE_DEFAULTS: Readonly<Record<string, string>> = { pt: 'pt-BR', zh: 'zh-CN' };

/**
 * The language to show for a requested locale, among `known` ones: the whole tag, then without its region
 * or script (`nl-BE` → `nl`, `zh-Hant-TW` → `zh-Hant` → `zh`), then that language's usual form
 * (`pt` → `pt-BR`), else English. Tags compare case-insensitively.
 */
export function resolveLanguage(requested: string, known: Iterable<string>): string {
  const byLowerCase = new Map<string, string>();
  for (const tag of known) byLowerCase.set(tag.toLowerCase(), tag);
  for (const candidate of candidates(requested)) {
    const found = byLowerCase.get(candidate.toLowerCase());
    if (found) return found;
  }
  return 'en';
}

function candidates(requested: string): string[] {
  const { language, script, region } = parseTag(requested);
  const tags = [
    // A tag a host registered as it is, private use included (`en-x-pseudo`).
    [requested.trim()],
    [language, script, region],
    [language, script],
    // `zh-TW` after `zh-Hant-TW`: a host may register a region without the script.
    [language, region],
    [language],
  ].map((subtags) => subtags.filter(Boolean).join('-'));
  const fallback = LANGUAGE_DEFAULTS[language];
  if (fallback) tags.push(fallback);
  return [...new Set(tags)];
}

/** A tag's language, script and region; extensions (`-u-nu-arab`) and variants do not choose a language. */
function parseTag(tag: string): { language: string; script?: string; region?: string } {
  try {
    const { language, script, region } = new Intl.Locale(tag.trim().replace(/_/g, '-'));
    return { language: language.toLowerCase(), script, region };
  } catch {
    // Not a BCP 47 tag ("english", ""): English.
    return { language: 'en' };
  }
}

/** Scripts written right to left, by language: the ones the kit ships and their neighbours a host may add. */
const RIGHT_TO_LEFT = new Set(['ar', 'he', 'fa', 'ur', 'ps', 'sd', 'ug', 'yi', 'dv', 'ckb']);

/** The direction a language is written in. */
export function textDirection(language: string): 'ltr' | 'rtl' {
  return RIGHT_TO_LEFT.has(parseTag(language).language) ? 'rtl' : 'ltr';
}
