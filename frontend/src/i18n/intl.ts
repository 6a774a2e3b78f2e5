/** The tag Intl formats the interface language with: dates read 20.12.2026 in Russian, 20/12/2026 in English. */
export const intlTag = (locale: string): string => (locale === 'en' ? 'en-GB' : 'ru-RU')

/** A month's name standing alone: «октябрь», "October" (1 = January). */
export function monthName(month: number, locale: string): string {
  return new Intl.DateTimeFormat(intlTag(locale), { month: 'long' }).format(new Date(2000, month - 1, 1))
}

/** A calendar date with two-digit day and month: 20.12.2026. */
export function calendarDate(date: Date, locale: string): string {
  return new Intl.DateTimeFormat(intlTag(locale), { day: '2-digit', month: '2-digit', year: 'numeric' }).format(date)
}
