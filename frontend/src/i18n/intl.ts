/** The tag Intl formats the interface language with: dates read 20.12.2026 in Russian, 20/12/2026 in English. */
export const intlTag = (locale: string): string => (locale === 'en' ? 'en-GB' : 'ru-RU')

const numberFormats = new Map<string, Intl.NumberFormat>()
const dateFormats = new Map<string, Intl.DateTimeFormat>()

/**
 * Intl's formatter for a language and options, made once: making one costs a hundred times formatting with it, and
 * `toLocaleString` makes one on every call (a table of 25 rows made 50 of them).
 */
export function numberFormat(tag: string, options: Intl.NumberFormatOptions = {}): Intl.NumberFormat {
  const key = tag + JSON.stringify(options)
  let format = numberFormats.get(key)
  if (!format) numberFormats.set(key, (format = new Intl.NumberFormat(tag, options)))
  return format
}

/** As numberFormat, for dates. */
export function dateFormat(tag: string, options: Intl.DateTimeFormatOptions = {}): Intl.DateTimeFormat {
  const key = tag + JSON.stringify(options)
  let format = dateFormats.get(key)
  if (!format) dateFormats.set(key, (format = new Intl.DateTimeFormat(tag, options)))
  return format
}

/** A month's name standing alone: «октябрь», "October" (1 = January). */
export function monthName(month: number, locale: string): string {
  return dateFormat(intlTag(locale), { month: 'long' }).format(new Date(2000, month - 1, 1))
}

/** A calendar date with two-digit day and month: 20.12.2026. */
export function calendarDate(date: Date, locale: string): string {
  return dateFormat(intlTag(locale), { day: '2-digit', month: '2-digit', year: 'numeric' }).format(date)
}
