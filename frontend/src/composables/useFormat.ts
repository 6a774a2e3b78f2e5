import { useI18n } from 'vue-i18n'
import { calendarDate, intlTag } from '@/i18n/intl'

/** A calendar date ("2026-12-20") as a local date, so that no time zone moves it to another day. */
export function localDate(iso: string): Date | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso)
  if (!m) return undefined
  return new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]))
}

/** Numbers and dates in the interface language. */
export function useFormat() {
  const { locale } = useI18n()
  const tag = () => intlTag(locale.value)
  return {
    number: (n: number | null | undefined) => (n == null ? '' : n.toLocaleString(tag())),
    /** A number with at most `digits` decimals (45,1). */
    decimal: (n: number | null | undefined, digits = 1) =>
      n == null || Number.isNaN(n) ? '' : n.toLocaleString(tag(), { maximumFractionDigits: digits }),
    dateTime: (iso: string | null | undefined) =>
      iso ? new Date(iso).toLocaleString(tag(), { dateStyle: 'medium', timeStyle: 'short' }) : '',
    /** A calendar date: 20.12.2026. */
    date: (iso: string | null | undefined) => {
      const d = iso ? localDate(iso) : undefined
      return d ? calendarDate(d, locale.value) : ''
    },
  }
}
