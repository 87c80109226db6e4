/** The locale an element formats in: its `locale` attribute, else the nearest `lang`, else the browser's. */
export function hostLocale(element: Element, locale: string | null | undefined): string {
  if (locale) return locale;
  const lang = element.closest('[lang]')?.getAttribute('lang');
  return lang || document.documentElement.lang || navigator.language || 'en';
}
