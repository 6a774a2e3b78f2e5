import { createI18n } from 'vue-i18n'
import { en as vuetifyEn, ru as vuetifyRu } from 'vuetify/locale'
import ru, { type Messages } from './ru'
import en from './en'
import { englishPlural, russianPlural } from './plural'

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

type AppMessages = Messages & { $vuetify: typeof vuetifyRu }

export function makeI18n(locale: Locale = savedLocale()) {
  return createI18n<[AppMessages], Locale, false>({
    legacy: false,
    locale,
    fallbackLocale: 'ru',
    messages: {
      ru: { ...ru, $vuetify: vuetifyRu },
      en: { ...en, $vuetify: vuetifyEn },
    },
    pluralRules: { ru: russianPlural, en: englishPlural },
    missingWarn: false,
    fallbackWarn: false,
  })
}

export type AppI18n = ReturnType<typeof makeI18n>

/** Remembers the interface language for the next visit and marks the page's language. */
export function rememberLocale(locale: Locale): void {
  try {
    localStorage.setItem(LOCALE_KEY, locale)
  } catch {
    // private mode: the choice lasts for this page only
  }
  if (typeof document !== 'undefined') document.documentElement.lang = locale
}
