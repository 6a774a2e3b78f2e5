/** The interface language and its memory, without the texts (those load in a chunk of their own: see main.ts). */
export type Locale = 'ru' | 'en'
export const LOCALES: readonly Locale[] = ['ru', 'en']
export const LOCALE_KEY = 'rostok.locale'

export function savedLocale(): Locale {
  try {
    const saved = localStorage.getItem(LOCALE_KEY)
    return saved === 'en' ? 'en' : 'ru'
  } catch {
    return 'ru'
  }
}

/** Remembers the interface language for the next visit and marks the page's language. */
export function rememberLocale(locale: Locale): void {
  try {
    localStorage.setItem(LOCALE_KEY, locale)
  } catch {
    // private mode: the choice lasts for this page only
  }
  if (typeof document !== 'undefined') document.documentElement.lang = locale
}
