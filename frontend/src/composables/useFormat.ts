import { useI18n } from 'vue-i18n'
import { calendarDate, dateFormat, intlTag, numberFormat } from '@/i18n/intl'

/** A calendar date ("2026-12-20") as a local date, so that no time zone moves it to another day. */
export function localDate(iso: string): Date | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso)
  if (!m) return undefined
  return new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]))
}

/** An estimate with its 95 % interval (the server's Interval). */
export interface IntervalLike {
  estimate: number
  low: number
  high: number
}

/** «42 (31–54)»: the estimate and its interval with the same decimals; a unit (« %») after the estimate. */
export function formatInterval(i: IntervalLike, tag: string, digits = 0, unit = ''): string {
  const format = numberFormat(tag, { maximumFractionDigits: digits, minimumFractionDigits: 0 })
  const n = (x: number) => format.format(x)
  return `${n(i.estimate)}${unit} (${n(i.low)}–${n(i.high)})`
}

/** Numbers and dates in the interface language. */
export function useFormat() {
  const { locale } = useI18n()
  const tag = () => intlTag(locale.value)
  return {
    /** A share or mean with its interval: «42 % (31–54)». */
    interval: (i: IntervalLike | null | undefined, digits = 0, unit = '') => (i ? formatInterval(i, tag(), digits, unit) : ''),
    number: (n: number | null | undefined) => (n == null ? '' : numberFormat(tag()).format(n)),
    /** A number with at most `digits` decimals (45,1). */
    decimal: (n: number | null | undefined, digits = 1) =>
      n == null || Number.isNaN(n) ? '' : numberFormat(tag(), { maximumFractionDigits: digits }).format(n),
    dateTime: (iso: string | null | undefined) =>
      iso ? dateFormat(tag(), { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso)) : '',
    /** A calendar date: 20.12.2026. */
    date: (iso: string | null | undefined) => {
      const d = iso ? localDate(iso) : undefined
      return d ? calendarDate(d, locale.value) : ''
    },
  }
}
